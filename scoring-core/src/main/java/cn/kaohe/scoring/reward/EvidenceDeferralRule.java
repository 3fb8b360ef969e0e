package cn.kaohe.scoring.reward;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * TB-07 (DEFERRAL): every unit of a tier must hand in its city-system year-end result as bonus evidence before the
 * bureau's year-end meeting; if even one unit is missing it, the city-system bonus of every unit of the tier that
 * did provide evidence moves to next year's score. A unit without any city-system result is not applicable and is
 * not counted as missing (note (b), configurable via {@code notApplicableCountsAsMissing}).
 *
 * @param ruleId                       the rule, e.g. {@code TB-07}
 * @param notApplicableCountsAsMissing false by default
 */
public record EvidenceDeferralRule(String ruleId, boolean notApplicableCountsAsMissing) {

    /** A unit's city-system evidence. */
    public enum Evidence {
        /** The unit has a city-system result and provided it in time. */
        PROVIDED,
        /** The unit has a city-system result and did not provide it in time. */
        MISSING,
        /** The unit has no city-system result. */
        NOT_APPLICABLE
    }

    public EvidenceDeferralRule {
        Objects.requireNonNull(ruleId, "ruleId");
    }

    /**
     * @param evidenceByUnit each unit of the tier, in a stable order
     */
    public DeferralOutcome evaluate(Map<String, Evidence> evidenceByUnit) {
        List<String> missing = new ArrayList<>();
        List<String> provided = new ArrayList<>();
        evidenceByUnit.forEach((unit, evidence) -> {
            if (evidence == Evidence.MISSING
                    || (evidence == Evidence.NOT_APPLICABLE && notApplicableCountsAsMissing)) {
                missing.add(unit);
            } else if (evidence == Evidence.PROVIDED) {
                provided.add(unit);
            }
        });
        boolean deferred = !missing.isEmpty();
        return new DeferralOutcome(missing, deferred, deferred ? provided : List.of(), ruleId);
    }

    /**
     * The outcome for one tier.
     *
     * @param missing       units whose evidence is missing
     * @param deferred      whether the tier's city-system bonuses move to next year
     * @param deferredUnits units whose city-system bonus is carried forward
     * @param ruleId        the rule
     */
    public record DeferralOutcome(List<String> missing, boolean deferred, List<String> deferredUnits,
            String ruleId) {

        public DeferralOutcome {
            missing = List.copyOf(missing);
            deferredUnits = List.copyOf(deferredUnits);
        }
    }
}
