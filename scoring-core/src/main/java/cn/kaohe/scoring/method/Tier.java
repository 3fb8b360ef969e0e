package cn.kaohe.scoring.method;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a tier contribution table: scores from {@code from} (inclusive) up to the next row's
 * {@code from} get {@code grade} and contribute between {@code low} and {@code high} points (XJ-24).
 */
public record Tier(String grade, BigDecimal from, BigDecimal low, BigDecimal high) {

    public Tier {
        Objects.requireNonNull(grade, "grade");
        from = Decimals.canon(from);
        low = Decimals.canon(Objects.requireNonNull(low, "low"));
        high = Decimals.canon(high == null ? low : high);
    }

    public static Tier of(String grade, String from, String low, String high) {
        return new Tier(grade, from == null ? null : Decimals.of(from), Decimals.of(low), Decimals.of(high));
    }
}
