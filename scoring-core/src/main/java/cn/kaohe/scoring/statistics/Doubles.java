package cn.kaohe.scoring.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The one boundary between decimals and binary floating point in scoring-core. Statistics only, never a score:
 * Apache Commons Math works in binary floating point, which is acceptable for descriptive statistics and
 * correlations that an office reads, and never for a value that grades, ranks or pays a unit. Results come back as
 * {@code BigDecimal} rounded to a declared scale, half-up, via {@link BigDecimal#valueOf(double)} (never
 * {@code new BigDecimal(double)}).
 */
final class Doubles {

    private Doubles() {
    }

    /** Statistics only, never a score. */
    static double[] toArray(Collection<BigDecimal> values) {
        double[] out = new double[values.size()];
        int i = 0;
        for (BigDecimal v : values) {
            out[i++] = v.doubleValue();
        }
        return out;
    }

    /** Statistics only, never a score: null for NaN or infinity (undefined statistic). */
    static BigDecimal toDecimal(double value, int scale) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
