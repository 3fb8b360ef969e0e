package cn.kaohe.scoring.ranking;

import java.util.ArrayList;
import java.util.List;

/**
 * One unit's standing in its tier, explaining itself: rank and ties, exclusions, the quota decision and why, the
 * award, and the triggers that fired with their rule ids.
 *
 * @param ranked   rank, rank from the bottom, tied-with
 * @param quota    the quota decision, or null when the tier has no quota
 * @param award    the award decision, or null when the tier has no award ladder
 * @param triggers the triggers that fired, in configuration order
 */
public record UnitStanding(RankedUnit ranked, QuotaDecision quota, AwardDecision award, List<TriggerHit> triggers) {

    public UnitStanding {
        triggers = List.copyOf(triggers);
    }

    public String unitId() {
        return ranked.unitId();
    }

    /** All consequences of the fired triggers, in order. */
    public List<String> consequences() {
        List<String> all = new ArrayList<>();
        triggers.forEach(t -> all.addAll(t.consequences()));
        return all;
    }

    /** Whether a trigger with this outcome code fired. */
    public boolean hasOutcome(String outcome) {
        return triggers.stream().anyMatch(t -> t.outcome().equals(outcome));
    }

    /** A one-line English explanation. */
    public String explain() {
        StringBuilder b = new StringBuilder();
        b.append(unitId()).append(": score ").append(ranked.candidate().score().toPlainString())
                .append(", rank ").append(ranked.rank());
        if (ranked.isTied()) {
            b.append(" (tied with ").append(String.join(", ", ranked.tiedWith())).append(')');
        }
        if (quota != null) {
            b.append("; quota ").append(quota.status()).append(" [").append(quota.ruleId()).append("] ")
                    .append(quota.reason());
        }
        if (award != null) {
            b.append("; award ").append(award.award() == null ? "none" : award.award().name()).append(" (")
                    .append(award.reason()).append(')');
        }
        for (TriggerHit t : triggers) {
            b.append("; ").append(t.outcome()).append(" [").append(t.ruleId()).append("] ").append(t.reason());
        }
        return b.toString();
    }
}
