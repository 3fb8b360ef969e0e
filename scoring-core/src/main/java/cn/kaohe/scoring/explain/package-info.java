/**
 * Results that explain themselves: a {@link cn.kaohe.scoring.explain.UnitResult} carries the final score, grade,
 * {@link cn.kaohe.scoring.explain.Status}, flags and honours eligibility, and per indicator an
 * {@link cn.kaohe.scoring.explain.IndicatorLine} (inputs, method, factor, cap or floor, rule id, value,
 * contribution), per adjustment an {@link cn.kaohe.scoring.explain.AdjustmentLine} (applied or refused, and why),
 * and the list of {@link cn.kaohe.scoring.explain.Contribution}s, which add up exactly to the final score.
 */
package cn.kaohe.scoring.explain;
