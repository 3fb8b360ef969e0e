package cn.kaohe.scoring.ranking;

import java.util.List;
import java.util.Objects;

/**
 * Everything a scheme says about the population of one tier or category, as data: an optional quota, an optional
 * award ladder and the rank-based triggers. Immutable.
 *
 * <pre>{@code
 * TierRules township = new TierRules("township",
 *         QuotaRule.percentOfGroup("ZD-29", "先进", new BigDecimal("25")).withFloor(new BigDecimal("90")),
 *         null,
 *         List.of(RankTrigger.bottomBelow("ZD-37", 3, new BigDecimal("60"), "REFER_TO_CADRE_MANAGEMENT", List.of())));
 * TierEvaluation result = township.evaluate(candidates);
 * }</pre>
 *
 * @param tierId   the tier or category (一档, township, 村 …)
 * @param quota    the quota rule, or null
 * @param awards   the award ladder, or null
 * @param triggers rank-based triggers, evaluated in this order
 */
public record TierRules(String tierId, QuotaRule quota, AwardLadder awards, List<RankTrigger> triggers) {

    public TierRules {
        Objects.requireNonNull(tierId, "tierId");
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
    }

    /** Ranks and evaluates the tier; a decided quota count is required when the quota's count is decided. */
    public TierEvaluation evaluate(List<Candidate> candidates) {
        return TierEvaluation.of(this, candidates, null);
    }

    /** Ranks and evaluates the tier with the leadership's decided quota count (ZD-30). */
    public TierEvaluation evaluate(List<Candidate> candidates, int decidedCount) {
        return TierEvaluation.of(this, candidates, decidedCount);
    }
}
