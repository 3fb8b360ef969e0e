/**
 * Non-score checks that reports and plans must pass, configured by data and citing their rule ids:
 * {@link cn.kaohe.scoring.compliance.RateTarget} (RATE_TARGET: SAFE6-02, LAW-01, LAW-04, SAFE3-01),
 * {@link cn.kaohe.scoring.compliance.PeriodicQuota} (LAW-03 monthly information quota),
 * {@link cn.kaohe.scoring.compliance.ConsistencySpec} with {@link cn.kaohe.scoring.compliance.SumCheck} and
 * {@link cn.kaohe.scoring.compliance.RatioCheck} over named {@link cn.kaohe.scoring.compliance.Figures}
 * (DATA_CONSISTENCY: SDO-06, LAW-08), and {@link cn.kaohe.scoring.compliance.Checklist} (CHECKLIST: 三个100%).
 *
 * <p>Exact {@code BigDecimal} arithmetic; a rate is rounded only for display and is tested on its exact value.
 * Immutable and thread-safe; errors use the exception types of {@code cn.kaohe.scoring.ranking}.
 */
package cn.kaohe.scoring.compliance;
