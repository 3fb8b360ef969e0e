/**
 * Scoring methods of leaf indicators: actual/target {@link cn.kaohe.scoring.method.Proration} (ZD-05,
 * higher- or lower-is-better, zero and missing targets), {@link cn.kaohe.scoring.method.Deduction} sheets
 * floored at zero (减分制, VIL-31, TS-11), {@link cn.kaohe.scoring.method.Survey} rating scales with minimum
 * respondents and a satisfaction-rate threshold (VIL-08..12, XJ-31), {@link cn.kaohe.scoring.method.Discretionary}
 * points within [min, max] (ZD-04 领导评估, TB-09 考评组), the XJ special-project
 * {@link cn.kaohe.scoring.method.TierContribution} table (XJ-24), and {@link cn.kaohe.scoring.method.SheetSpec}
 * for sheets whose items the unit supplies, with the TS {@link cn.kaohe.scoring.method.Overfulfilment} bonus.
 *
 * <p>Every method is an immutable value; {@code evaluate} computes one leaf exactly and reports what it
 * did through a {@link cn.kaohe.scoring.method.Evaluation}.
 */
package cn.kaohe.scoring.method;
