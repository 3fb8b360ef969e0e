package cn.kaohe.scoring.statistics;

import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Descriptive statistics of the final scores of one tier, for the office's overview (issue §10). Statistics only,
 * never a score.
 *
 * <p>n, min and max are exact; mean and median are exact decimals (DECIMAL128) rounded to {@code scale}; the sample
 * standard deviation (n − 1) and the quartiles come from Apache Commons Math (binary floating point, quartiles by
 * the R-7 estimator that spreadsheets and NumPy use), rounded half-up to {@code scale}. With one value the standard
 * deviation is 0.
 *
 * @param n                 number of units
 * @param mean              arithmetic mean
 * @param median            median
 * @param standardDeviation sample standard deviation
 * @param min               lowest score
 * @param max               highest score
 * @param firstQuartile     25th percentile
 * @param thirdQuartile     75th percentile
 * @param scale             decimals of the rounded statistics
 */
public record TierStatistics(int n, BigDecimal mean, BigDecimal median, BigDecimal standardDeviation,
        BigDecimal min, BigDecimal max, BigDecimal firstQuartile, BigDecimal thirdQuartile, int scale) {

    /** Default number of decimals of the statistics. */
    public static final int DEFAULT_SCALE = 4;

    /** Statistics of a tier's scores with {@link #DEFAULT_SCALE} decimals. */
    public static TierStatistics of(Collection<BigDecimal> scores) {
        return of(scores, DEFAULT_SCALE);
    }

    /** Statistics of the exact scores of a ranked tier with {@link #DEFAULT_SCALE} decimals. */
    public static TierStatistics of(cn.kaohe.scoring.ranking.Ranking ranking) {
        return of(ranking.units().stream().map(u -> u.candidate().score()).toList(), DEFAULT_SCALE);
    }

    /**
     * @throws InvalidInputException         for no scores or a missing score
     * @throws InvalidConfigurationException for a negative scale
     */
    public static TierStatistics of(Collection<BigDecimal> scores, int scale) {
        if (scale < 0) {
            throw InvalidConfigurationException.of("statistics.scale.negative", "statistics", scale);
        }
        if (scores == null || scores.isEmpty()) {
            throw InvalidInputException.of("statistics.scores.empty", "tier");
        }
        List<BigDecimal> sorted = new ArrayList<>(scores);
        sorted.forEach(s -> Objects.requireNonNull(s, "score"));
        sorted.sort(null);
        int n = sorted.size();
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL128);
        // statistics only, never a score: Commons Math in binary floating point
        DescriptiveStatistics stats = new DescriptiveStatistics(Doubles.toArray(sorted));
        Percentile quartiles = new Percentile().withEstimationType(EstimationType.R_7);
        quartiles.setData(Doubles.toArray(sorted));
        BigDecimal sd = n == 1 ? BigDecimal.ZERO.setScale(scale)
                : Doubles.toDecimal(stats.getStandardDeviation(), scale);
        return new TierStatistics(n, mean.setScale(scale, RoundingMode.HALF_UP),
                median.setScale(scale, RoundingMode.HALF_UP), sd, sorted.get(0), sorted.get(n - 1),
                Doubles.toDecimal(quartiles.evaluate(25), scale), Doubles.toDecimal(quartiles.evaluate(75), scale),
                scale);
    }

    /** The interquartile range. */
    public BigDecimal interquartileRange() {
        return thirdQuartile.subtract(firstQuartile);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TierStatistics t && n == t.n && same(mean, t.mean) && same(median, t.median)
                && same(standardDeviation, t.standardDeviation) && same(min, t.min) && same(max, t.max)
                && same(firstQuartile, t.firstQuartile) && same(thirdQuartile, t.thirdQuartile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(n, mean.stripTrailingZeros(), median.stripTrailingZeros(), min.stripTrailingZeros(),
                max.stripTrailingZeros());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
