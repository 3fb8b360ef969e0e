package cn.kaohe.results.boundary;

import java.util.List;

/**
 * A tier (档/类) of a run at a glance: how many units, how many ranked, the grade distribution in the scheme's grade
 * order, scoring-core's descriptive statistics of the final scores ({@code TierStatistics}: mean, median, sample
 * standard deviation, quartiles by R-7; null when no unit is complete) and the mean contribution of each
 * first-level indicator (also by {@code TierStatistics}).
 */
public record TierSummary(String category, String categoryName, int units, int complete, List<GradeCount> grades,
        Statistics statistics, List<Component> components) {

    /** How many units of the tier have a grade. */
    public record GradeCount(String grade, int count) {
    }

    /** Statistics of the tier's final scores as decimal text. */
    public record Statistics(int n, String mean, String median, String standardDeviation, String min, String max,
            String firstQuartile, String thirdQuartile) {
    }

    /** A first-level indicator (or adjustment) and its contribution to the final score. */
    public record Component(String path, String name, String contribution) {
    }
}
