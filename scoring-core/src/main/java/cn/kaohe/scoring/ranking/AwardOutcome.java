package cn.kaohe.scoring.ranking;

import java.util.List;
import java.util.Map;

/**
 * The awards of one tier: a decision per unit (in ranking order) and the flags for ties left to a decision.
 *
 * @param decisions every unit's award decision, in ranking order
 * @param flags     {@code AWARD_TIE} flags
 */
public record AwardOutcome(Map<String, AwardDecision> decisions, List<Flag> flags) {

    public AwardOutcome {
        decisions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(decisions));
        flags = List.copyOf(flags);
    }

    public AwardDecision decision(String unitId) {
        AwardDecision d = decisions.get(unitId);
        if (d == null) {
            throw InvalidInputException.of("ranking.unit.unknown", unitId);
        }
        return d;
    }
}
