/**
 * Rewards, eligibility and multi-year consequences that follow from grades and places (RULES.md §2 TB-07, TB-17;
 * §8 XJ-25, XJ-27..XJ-30):
 * {@link cn.kaohe.scoring.reward.PrincipalShareRule} (the principal's ≥ 30% of a prize),
 * {@link cn.kaohe.scoring.reward.SalaryRewardRule} (one month / half a month of basic salary),
 * {@link cn.kaohe.scoring.reward.PortfolioGrading} (deputy county heads from their portfolio),
 * {@link cn.kaohe.scoring.reward.GradeHistoryRule} (差 this year, two years running),
 * {@link cn.kaohe.scoring.reward.EvidenceDeferralRule} (city-system bonus deferred when a tier's evidence is missing)
 * and a small {@link cn.kaohe.scoring.reward.GradeBands} table for grading aggregated values.
 *
 * <p>All amounts are exact {@code BigDecimal}; nothing is rounded. Every rule is configuration data, immutable and
 * thread-safe; errors use the exception types of {@code cn.kaohe.scoring.ranking}.
 */
package cn.kaohe.scoring.reward;
