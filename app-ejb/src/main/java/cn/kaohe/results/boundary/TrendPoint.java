package cn.kaohe.results.boundary;

/**
 * One year of a year-over-year trend: the latest completed run of a period of that year, the mean final score
 * ({@code TierStatistics}) of the tier's units found in that run, and the chosen unit's score (null when none).
 */
public record TrendPoint(int year, String periodCode, long runId, int units, String mean, String unitScore) {
}
