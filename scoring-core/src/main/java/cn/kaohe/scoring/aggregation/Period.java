package cn.kaohe.scoring.aggregation;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/** One period (or rater) of a split and its weight, e.g. {@code mid} 0.5 or {@code year_end} 60. */
public record Period(String id, BigDecimal weight) {

    public Period {
        Objects.requireNonNull(id, "id");
        weight = Decimals.canon(Objects.requireNonNull(weight, "weight"));
    }

    public static Period of(String id, String weight) {
        return new Period(id, Decimals.of(weight));
    }
}
