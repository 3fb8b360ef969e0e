/**
 * Results that explain themselves: a {@link cn.kaohe.scoring.explain.UnitResult} carries the final score, grade,
 * {@link cn.kaohe.scoring.explain.Status}, flags and honours eligibility, and per indicator an
 * {@link cn.kaohe.scoring.explain.IndicatorLine} (inputs, method, factor, cap or floor, rule id, value,
 * contribution), per adjustment an {@link cn.kaohe.scoring.explain.AdjustmentLine} (applied or refused, and why),
 * and the list of {@link cn.kaohe.scoring.explain.Contribution}s, which add up exactly to the final score.
 *
 * <p>Scoring keeps an explanation compact and exact; its decimals and text are made when first read
 * ({@link cn.kaohe.scoring.explain.Deferred} lists and maps, {@link cn.kaohe.scoring.explain.InputValues}), once, with
 * the same content an eager engine would make.
 */
package cn.kaohe.scoring.explain;
