/**
 * Aggregation of indicator values: weighted sums with an optional divisor (85/15, 75/10/15, 60/30/10,
 * {@code (30·half + 60·year-end)/90}), and the {@link cn.kaohe.scoring.aggregation.PeriodSpec period and rater
 * split} of a node — mid-year/year-end 50/50 (ZD-06), half-year 30 + year-end 60 (XJ-12), quarterly 25% each
 * (ZD-10), the mean of the evaluated months (ZD-14) or of the raters (TB-09 peer mean), 60/40 集中/分散 (VIL-04).
 * The tree walk itself lives in {@link cn.kaohe.scoring.aggregation.TreeEvaluator}; the paths it can know before
 * any unit is scored are worked out once per category ({@link cn.kaohe.scoring.aggregation.TreePlan}).
 */
package cn.kaohe.scoring.aggregation;
