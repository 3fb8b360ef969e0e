package cn.kaohe.workflow.control;

import cn.kaohe.platform.security.Roles;
import cn.kaohe.workflow.entity.WorkflowAction;
import cn.kaohe.workflow.entity.WorkflowState;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transition table of the assessment workflow (RULES.md §13 "Workflow"; TB-10, TB-12, TS-09, TS-10): for each
 * action, the states it starts from, the state it leads to, the roles that may take it, whether a reason is required,
 * and whether the actor must not be the one who submitted (or entered data for) the unit. Pure and immutable.
 *
 * <pre>
 * DRAFT ──SUBMIT──▶ SUBMITTED ──SCORE──▶ SCORED ──REVIEW──▶ REVIEWED ──APPROVE──▶ APPROVED
 *   ▲                  │  ▲                 │                  ▲                      │ START_PUBLICITY
 *   │            RETURN│  │SUBMIT     RETURN│                  │ UPHOLD_OBJECTION     ▼
 *   └──── RETURNED ◀───┴──┴─────────────────┘                  └──────────────── PUBLICITY ──PUBLISH──▶ PUBLISHED
 *         ▲ REOPEN (office, reason) from SUBMITTED, SCORED, REVIEWED, APPROVED, PUBLICITY, PUBLISHED
 * </pre>
 */
public final class Transitions {

    /** Who acts for the system (the timer). */
    public static final String SYSTEM = "system";

    /**
     * One row of the table.
     *
     * @param action           the action
     * @param from             states it may start from
     * @param to               the state it leads to
     * @param roles            roles that may take it (empty: only the system)
     * @param reasonRequired   a reason must be given (return, reopen, upheld objection)
     * @param notOwnSubmission refused to whoever submitted the unit (and, for review and approval, entered its data)
     * @param direct           may be requested as a single-unit transition (not a period-level or system step)
     */
    public record Rule(WorkflowAction action, Set<WorkflowState> from, WorkflowState to, Set<String> roles,
            boolean reasonRequired, boolean notOwnSubmission, boolean direct) {

        public Rule {
            from = Set.copyOf(from);
            roles = Set.copyOf(roles);
        }
    }

    private static final Map<WorkflowAction, Rule> TABLE = new EnumMap<>(WorkflowAction.class);

    static {
        add(new Rule(WorkflowAction.SUBMIT, EnumSet.of(WorkflowState.DRAFT, WorkflowState.RETURNED),
                WorkflowState.SUBMITTED, Set.of(Roles.UNIT_REPORTER, Roles.ASSESSMENT_OFFICE), false, false, true));
        add(new Rule(WorkflowAction.RETURN, EnumSet.of(WorkflowState.SUBMITTED, WorkflowState.SCORED),
                WorkflowState.RETURNED, Set.of(Roles.ASSESSOR, Roles.ASSESSMENT_OFFICE), true, false, true));
        add(new Rule(WorkflowAction.SCORE, EnumSet.of(WorkflowState.SUBMITTED), WorkflowState.SCORED,
                Set.of(Roles.ASSESSOR), false, true, true));
        add(new Rule(WorkflowAction.REVIEW, EnumSet.of(WorkflowState.SCORED), WorkflowState.REVIEWED,
                Set.of(Roles.ASSESSMENT_OFFICE), false, true, true));
        add(new Rule(WorkflowAction.APPROVE, EnumSet.of(WorkflowState.REVIEWED), WorkflowState.APPROVED,
                Set.of(Roles.LEADER), false, true, true));
        add(new Rule(WorkflowAction.START_PUBLICITY, EnumSet.of(WorkflowState.APPROVED), WorkflowState.PUBLICITY,
                Set.of(Roles.ASSESSMENT_OFFICE), false, false, false));
        add(new Rule(WorkflowAction.UPHOLD_OBJECTION, EnumSet.of(WorkflowState.PUBLICITY), WorkflowState.REVIEWED,
                Set.of(Roles.ASSESSMENT_OFFICE), true, false, false));
        add(new Rule(WorkflowAction.PUBLISH, EnumSet.of(WorkflowState.PUBLICITY), WorkflowState.PUBLISHED, Set.of(),
                false, false, false));
        add(new Rule(WorkflowAction.REOPEN, EnumSet.of(WorkflowState.SUBMITTED, WorkflowState.SCORED,
                WorkflowState.REVIEWED, WorkflowState.APPROVED, WorkflowState.PUBLICITY, WorkflowState.PUBLISHED),
                WorkflowState.RETURNED, Set.of(Roles.ASSESSMENT_OFFICE), true, false, true));
    }

    private Transitions() {
    }

    private static void add(Rule rule) {
        TABLE.put(rule.action(), rule);
    }

    /** The rule of an action. */
    public static Rule rule(WorkflowAction action) {
        return TABLE.get(action);
    }

    /** Every rule, in action order. */
    public static List<Rule> all() {
        return List.copyOf(TABLE.values());
    }

    /** Whether any of {@code roles} may take {@code action} (a role check only). */
    public static boolean permits(WorkflowAction action, Set<String> roles) {
        return TABLE.get(action).roles().stream().anyMatch(roles::contains);
    }

    /** The state {@code action} leads to from {@code state}, or empty when it may not start there. */
    public static Optional<WorkflowState> target(WorkflowState state, WorkflowAction action) {
        Rule rule = TABLE.get(action);
        return rule.from().contains(state) ? Optional.of(rule.to()) : Optional.empty();
    }

    /** The single-unit actions a holder of {@code roles} may take from {@code state} (for pages: which buttons). */
    public static List<WorkflowAction> available(WorkflowState state, Set<String> roles) {
        return TABLE.values().stream().filter(Rule::direct).filter(r -> r.from().contains(state))
                .filter(r -> r.roles().stream().anyMatch(roles::contains)).map(Rule::action).toList();
    }
}
