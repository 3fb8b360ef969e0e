/**
 * Descriptive statistics of a tier's results ({@link cn.kaohe.scoring.statistics.TierStatistics}: n, mean, median,
 * standard deviation, min, max, quartiles) and the rank-stability report
 * ({@link cn.kaohe.scoring.statistics.RankStability}: Spearman and Kendall correlation of the ranking under ±10%
 * changes of each weight, with the re-scoring passed in as a function).
 *
 * <p><b>Statistics only, never a score.</b> This is the only package of scoring-core that uses binary floating
 * point: Apache Commons Math computes standard deviations, quartiles and correlations in it. Every such value is
 * converted at the boundary ({@code Doubles}) to a {@code BigDecimal} rounded half-up to a declared scale, and none
 * of them feeds a score, a grade, a rank, a quota or a payment.
 */
package cn.kaohe.scoring.statistics;
