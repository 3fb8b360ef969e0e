package cn.kaohe.scoring.ranking;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A consequence that follows from a unit's place in its tier and its exact score, as configuration data.
 *
 * <ul>
 *   <li>TB-18: {@code LAST}, below 75 (未满75: strictly below) → 通报批评, 诫勉谈话, fines;</li>
 *   <li>TB-19: {@code LAST}, below 65 → 党政一把手引咎辞职;</li>
 *   <li>ZD-37: {@code BOTTOM} 3, below 60 (不含60) → referral to the cadre-management authorities;</li>
 *   <li>TB-04: {@code LAST} in a city-wide ranking, no threshold → −2 (the deduction itself is the unit engine's).</li>
 * </ul>
 * All units tied at a place share it (§12 #20): two units tied for last are both last; a unit is in the bottom
 * {@code places} when fewer than {@code places} units score strictly lower.
 *
 * @param ruleId       the rule it implements
 * @param scope        {@link Scope#LAST} or {@link Scope#BOTTOM}
 * @param places       for {@code BOTTOM}: how many places from the bottom (≥ 1); for {@code LAST} it must be 1
 * @param threshold    the score the unit must be below, or null for no score condition
 * @param inclusive    true when a score equal to the threshold also fires ("60分及以下"); false for "未满", "以下(不含)"
 * @param outcome      a stable code for the consequence, e.g. {@code REFER_TO_CADRE_MANAGEMENT}
 * @param consequences the consequences as the scheme words them, in order (may be empty)
 */
public record RankTrigger(String ruleId, Scope scope, int places, BigDecimal threshold, boolean inclusive,
        String outcome, List<String> consequences) {

    /** Which places a trigger looks at. */
    public enum Scope {
        /** The last place of the tier (all units tied at the lowest score). */
        LAST,
        /** The last {@code places} places of the tier. */
        BOTTOM
    }

    public RankTrigger {
        Objects.requireNonNull(ruleId, "ruleId");
        String item = "trigger " + ruleId;
        if (scope == null) {
            throw InvalidConfigurationException.of("trigger.scope.missing", item);
        }
        if (places < 1 || (scope == Scope.LAST && places != 1)) {
            throw InvalidConfigurationException.of("trigger.places.invalid", item, places, scope);
        }
        if (outcome == null || outcome.isBlank()) {
            throw InvalidConfigurationException.of("trigger.outcome.missing", item);
        }
        consequences = consequences == null ? List.of() : List.copyOf(consequences);
    }

    /** Last place strictly below {@code threshold} (TB-18/19). */
    public static RankTrigger lastBelow(String ruleId, BigDecimal threshold, String outcome,
            List<String> consequences) {
        return new RankTrigger(ruleId, Scope.LAST, 1, threshold, false, outcome, consequences);
    }

    /** One of the last {@code places} places and strictly below {@code threshold} (ZD-37). */
    public static RankTrigger bottomBelow(String ruleId, int places, BigDecimal threshold, String outcome,
            List<String> consequences) {
        return new RankTrigger(ruleId, Scope.BOTTOM, places, threshold, false, outcome, consequences);
    }

    /** Whether the trigger fires for this ranked unit. */
    public boolean firesFor(RankedUnit unit) {
        if (unit.rankFromBottom() > places) {
            return false;
        }
        if (threshold == null) {
            return true;
        }
        int cmp = unit.candidate().score().compareTo(threshold);
        return inclusive ? cmp <= 0 : cmp < 0;
    }

    /** The hits of this trigger over a ranking, in ranking order. */
    public List<TriggerHit> evaluate(Ranking ranking) {
        return ranking.units().stream().filter(this::firesFor)
                .map(u -> new TriggerHit(u.unitId(), ruleId, outcome, consequences, explain(u))).toList();
    }

    private String explain(RankedUnit u) {
        String place = scope == Scope.LAST ? "last place" : "place " + u.rankFromBottom() + " from the bottom";
        if (threshold == null) {
            return place;
        }
        return place + " and " + u.candidate().score().toPlainString() + (inclusive ? " <= " : " < ")
                + threshold.toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RankTrigger t && ruleId.equals(t.ruleId) && scope == t.scope && places == t.places
                && Decimals.same(threshold, t.threshold) && inclusive == t.inclusive && outcome.equals(t.outcome)
                && consequences.equals(t.consequences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, scope, places, Decimals.hash(threshold), inclusive, outcome, consequences);
    }
}
