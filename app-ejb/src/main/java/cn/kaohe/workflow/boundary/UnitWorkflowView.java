package cn.kaohe.workflow.boundary;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Where a unit stands in a period.
 *
 * @param periodCode      the period
 * @param unitCode        the unit
 * @param state           {@code DRAFT}, {@code SUBMITTED}, {@code RETURNED}, {@code SCORED}, {@code REVIEWED},
 *                        {@code APPROVED}, {@code PUBLICITY} or {@code PUBLISHED}
 * @param version         give it back with the next transition (a stale one is a 409); 0 before the first
 * @param submittedBy     who submitted the current self-assessment, if anyone
 * @param publicityEndsAt end of publicity (UTC), once started
 * @param changedBy       who made the last transition
 * @param changedAt       when (UTC)
 * @param actions         the single-unit actions the caller's roles allow from this state (for buttons; the data-level
 *                        checks still apply)
 */
public record UnitWorkflowView(String periodCode, String unitCode, String state, long version, String submittedBy,
        LocalDateTime publicityEndsAt, String changedBy, LocalDateTime changedAt, List<String> actions) {
}
