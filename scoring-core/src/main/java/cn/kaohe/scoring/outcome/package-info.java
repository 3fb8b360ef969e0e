/**
 * Outcomes of a unit score: grade bands ({@link cn.kaohe.scoring.outcome.GradeScale}: absolute or percent of
 * the sheet total, half-open with configurable boundaries, exact comparison — VIL-30, TS-22, ZD-32, XJ-20), the
 * one-vote veto ({@link cn.kaohe.scoring.outcome.VetoRule} with a configurable
 * {@link cn.kaohe.scoring.outcome.VetoEffect}, §12 #1), gating conditions on a grade
 * ({@link cn.kaohe.scoring.outcome.GradeGate}: TS-23 优秀 requires safety ≥ 合格) and honours eligibility
 * ({@link cn.kaohe.scoring.outcome.Eligibility}: ZD-29/30 score floors, XJ-29/31).
 */
package cn.kaohe.scoring.outcome;
