package cn.kaohe.scoring.ranking;

import java.util.Objects;

/**
 * One unit's quota decision with its reason.
 *
 * @param unitId the unit
 * @param status where it stands
 * @param ruleId the rule that decided it (the quota rule, or the exclusion's rule)
 * @param reason a short English explanation with the figures, e.g. {@code 89.96 < floor 90}
 */
public record QuotaDecision(String unitId, QuotaStatus status, String ruleId, String reason) {

    public QuotaDecision {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean placed() {
        return status == QuotaStatus.IN_QUOTA;
    }
}
