package cn.kaohe.workflow.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.platform.security.Roles;
import cn.kaohe.workflow.entity.WorkflowAction;
import cn.kaohe.workflow.entity.WorkflowState;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The transition table of RULES.md §13 "Workflow" (TB-10, TB-12, TS-09, TS-10). */
class TransitionsTest {

    @Test
    void everyActionHasExactlyOneRule() {
        assertEquals(WorkflowAction.values().length, Transitions.all().size());
        for (WorkflowAction action : WorkflowAction.values()) {
            assertEquals(action, Transitions.rule(action).action());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "DRAFT, SUBMIT, SUBMITTED",
        "RETURNED, SUBMIT, SUBMITTED",
        "SUBMITTED, RETURN, RETURNED",
        "SCORED, RETURN, RETURNED",
        "SUBMITTED, SCORE, SCORED",
        "SCORED, REVIEW, REVIEWED",
        "REVIEWED, APPROVE, APPROVED",
        "APPROVED, START_PUBLICITY, PUBLICITY",
        "PUBLICITY, UPHOLD_OBJECTION, REVIEWED",
        "PUBLICITY, PUBLISH, PUBLISHED",
        "PUBLISHED, REOPEN, RETURNED",
        "APPROVED, REOPEN, RETURNED"
    })
    void theHappyPathAndTheLoopsLeadWhereTheProcedureSays(WorkflowState from, WorkflowAction action,
            WorkflowState to) {
        assertEquals(Optional.of(to), Transitions.target(from, action));
    }

    @ParameterizedTest
    @CsvSource({
        "DRAFT, APPROVE",
        "DRAFT, SCORE",
        "SUBMITTED, APPROVE",
        "SCORED, APPROVE",
        "REVIEWED, SUBMIT",
        "APPROVED, PUBLISH",
        "PUBLISHED, SUBMIT",
        "DRAFT, REOPEN",
        "RETURNED, REOPEN",
        "REVIEWED, SCORE"
    })
    void actionsOutOfTheirStatesHaveNoTarget(WorkflowState from, WorkflowAction action) {
        assertEquals(Optional.empty(), Transitions.target(from, action));
    }

    @Test
    void onlyTheRolesOfTheProcedureMayAct() {
        assertTrue(Transitions.permits(WorkflowAction.SUBMIT, Set.of(Roles.UNIT_REPORTER)));
        assertFalse(Transitions.permits(WorkflowAction.SUBMIT, Set.of(Roles.ASSESSOR)));
        assertTrue(Transitions.permits(WorkflowAction.SCORE, Set.of(Roles.ASSESSOR)));
        assertFalse(Transitions.permits(WorkflowAction.SCORE, Set.of(Roles.ASSESSMENT_OFFICE)));
        assertTrue(Transitions.permits(WorkflowAction.REVIEW, Set.of(Roles.ASSESSMENT_OFFICE)));
        // TB-10: the leader signs off, nobody else
        assertTrue(Transitions.permits(WorkflowAction.APPROVE, Set.of(Roles.LEADER)));
        assertFalse(Transitions.permits(WorkflowAction.APPROVE, Set.of(Roles.ASSESSMENT_OFFICE, Roles.SYSTEM_ADMIN,
                Roles.ASSESSOR, Roles.UNIT_REPORTER, Roles.AUDITOR)));
        assertFalse(Transitions.permits(WorkflowAction.REOPEN, Set.of(Roles.LEADER)));
        assertFalse(Transitions.permits(WorkflowAction.PUBLISH, Set.copyOf(Roles.ALL)), "only the timer publishes");
        assertTrue(Transitions.rule(WorkflowAction.PUBLISH).roles().isEmpty());
    }

    @Test
    void returnsReopensAndUpheldObjectionsNeedAReasonAndScoringReviewApprovalExcludeTheSubmitter() {
        Set<WorkflowAction> withReason = EnumSet.noneOf(WorkflowAction.class);
        Set<WorkflowAction> notOwn = EnumSet.noneOf(WorkflowAction.class);
        for (Transitions.Rule rule : Transitions.all()) {
            if (rule.reasonRequired()) {
                withReason.add(rule.action());
            }
            if (rule.notOwnSubmission()) {
                notOwn.add(rule.action());
            }
        }
        assertEquals(EnumSet.of(WorkflowAction.RETURN, WorkflowAction.REOPEN, WorkflowAction.UPHOLD_OBJECTION),
                withReason);
        assertEquals(EnumSet.of(WorkflowAction.SCORE, WorkflowAction.REVIEW, WorkflowAction.APPROVE), notOwn);
    }

    @Test
    void theButtonsOfAStateAreTheDirectActionsOfTheCallersRoles() {
        assertEquals(List.of(WorkflowAction.SUBMIT), Transitions.available(WorkflowState.DRAFT,
                Set.of(Roles.UNIT_REPORTER)));
        assertEquals(List.of(WorkflowAction.RETURN, WorkflowAction.SCORE), Transitions.available(
                WorkflowState.SUBMITTED, Set.of(Roles.ASSESSOR)));
        assertEquals(List.of(WorkflowAction.REOPEN), Transitions.available(WorkflowState.APPROVED,
                Set.of(Roles.ASSESSMENT_OFFICE)), "publicity starts per period, not per unit");
        assertEquals(List.of(), Transitions.available(WorkflowState.PUBLICITY, Set.of(Roles.LEADER)));
    }

    @ParameterizedTest
    @EnumSource(WorkflowState.class)
    void onlyDraftAndReturnedAreEditableByTheUnit(WorkflowState state) {
        assertEquals(state == WorkflowState.DRAFT || state == WorkflowState.RETURNED, state.editableByUnit());
    }

    @Test
    void everyStateIsReachable() {
        Set<WorkflowState> reachable = EnumSet.of(WorkflowState.DRAFT);
        Transitions.all().forEach(r -> reachable.add(r.to()));
        assertEquals(EnumSet.allOf(WorkflowState.class), reachable);
    }
}
