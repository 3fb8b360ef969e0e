/**
 * Ranking within a tier or category and everything that follows from a unit's place (RULES.md §2 TB-14..TB-20,
 * §3 VIL-29, §7 ZD-29/30/37, §12 #7, #20, #21).
 *
 * <ul>
 *   <li>{@link cn.kaohe.scoring.ranking.Ranking}: competition ranks on exact scores; ties reported, never broken;</li>
 *   <li>{@link cn.kaohe.scoring.ranking.QuotaRule}: quotas as data (percent of n with a declared rounding mode,
 *       decided or fixed counts, min/max, a score floor that overrides the count, a {@link
 *       cn.kaohe.scoring.ranking.TiePolicy}); excluded units are skipped and their place passes down;</li>
 *   <li>{@link cn.kaohe.scoring.ranking.AwardLadder}: awards by eligible place (TB-14), with prize money;</li>
 *   <li>{@link cn.kaohe.scoring.ranking.RankTrigger}: last place / bottom-n below a threshold (TB-18/19, ZD-37);</li>
 *   <li>{@link cn.kaohe.scoring.ranking.TierRules} → {@link cn.kaohe.scoring.ranking.TierEvaluation}: all of it for
 *       one tier, with a self-explaining {@link cn.kaohe.scoring.ranking.UnitStanding} per unit.</li>
 * </ul>
 *
 * <p>All values are {@code BigDecimal}; nothing here rounds a score. Configuration errors raise
 * {@link cn.kaohe.scoring.ranking.InvalidConfigurationException}, bad unit data
 * {@link cn.kaohe.scoring.ranking.InvalidInputException}; both carry a stable message key. Every type is immutable
 * and thread-safe.
 */
package cn.kaohe.scoring.ranking;
