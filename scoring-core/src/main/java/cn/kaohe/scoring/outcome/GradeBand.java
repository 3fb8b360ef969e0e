package cn.kaohe.scoring.outcome;

import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.rounding.Ratio;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One grade band. Bounds are compared exactly; {@code null} means unbounded. The usual band is half-open
 * {@code [min, max)} (RULES.md §12 #2).
 *
 * @param grade        the grade word (优秀, 良好 …)
 * @param min          lower bound, or null for −∞
 * @param max          upper bound, or null for +∞
 * @param minInclusive whether {@code min} itself belongs to the band (default true: 60分及以上)
 * @param maxInclusive whether {@code max} itself belongs to the band (default false)
 */
public record GradeBand(String grade, BigDecimal min, BigDecimal max, boolean minInclusive, boolean maxInclusive) {

    public GradeBand {
        Objects.requireNonNull(grade, "grade");
        min = Decimals.canon(min);
        max = Decimals.canon(max);
    }

    /** {@code [min, max)}; pass null for an open end. */
    public static GradeBand halfOpen(String grade, String min, String max) {
        return new GradeBand(grade, min == null ? null : Decimals.of(min), max == null ? null : Decimals.of(max),
                true, false);
    }

    public boolean contains(Ratio value) {
        if (min != null) {
            int c = value.compareTo(Ratio.of(min));
            if (c < 0 || (c == 0 && !minInclusive)) {
                return false;
            }
        }
        if (max != null) {
            int c = value.compareTo(Ratio.of(max));
            return c < 0 || (c == 0 && maxInclusive);
        }
        return true;
    }
}
