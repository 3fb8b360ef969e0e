/**
 * Bonuses and deductions added after the weighted sum (RULES.md §12 #5: never multiplied by component
 * weights): level tables kept as data ({@link cn.kaohe.scoring.adjustment.AdjustmentTable}: VIL-13/14/16/22/23,
 * TS-15, ZD-15/16/20/22, TB-05), highest-level-only per piece of work (VIL-15/17/21, TS-17), evidence and
 * document-date-year rules (TB-06, VIL-19/20, TS-16), doubling when not rectified (VIL-24), separate caps on raw
 * sums ({@link cn.kaohe.scoring.adjustment.CapGroup}: ZD-18/23, XJ-11/15), deferral to the next year (TB-07),
 * the leader demerit (TS-19), growth steps ({@link cn.kaohe.scoring.adjustment.GrowthStep}: VIL-18/25), and
 * the evaluator applying them ({@link cn.kaohe.scoring.adjustment.AdjustmentEvaluator}).
 */
package cn.kaohe.scoring.adjustment;
