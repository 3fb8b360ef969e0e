package cn.kaohe.scoring.reward;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One band of a {@link GradeBands} table: scores at or above {@code lowerBound} (and below the next better band's
 * bound) get {@code grade}. A null lower bound means "any score" and is only allowed for the last band.
 *
 * @param grade      the grade name, e.g. {@code 良好}
 * @param lowerBound the inclusive lower bound, or null for the bottom band
 */
public record GradeBand(String grade, BigDecimal lowerBound) {

    public GradeBand {
        if (grade == null || grade.isBlank()) {
            throw cn.kaohe.scoring.ranking.InvalidConfigurationException.of("bands.grade.missing",
                    "band " + lowerBound);
        }
    }

    public static GradeBand of(String grade, BigDecimal lowerBound) {
        return new GradeBand(grade, lowerBound);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GradeBand b && grade.equals(b.grade) && Decimals.same(lowerBound, b.lowerBound);
    }

    @Override
    public int hashCode() {
        return Objects.hash(grade, Decimals.hash(lowerBound));
    }
}
