package cn.kaohe.workflow.control;

import cn.kaohe.audit.control.AuditJson;
import cn.kaohe.audit.control.AuditLog;
import cn.kaohe.period.entity.AssessmentPeriod;
import cn.kaohe.platform.security.Roles;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.workflow.entity.UnitWorkflow;
import cn.kaohe.workflow.entity.WorkflowAction;
import cn.kaohe.workflow.entity.WorkflowState;
import cn.kaohe.workflow.entity.WorkflowTransition;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * State look-ups and the one way a state changes. Other features ask here whether a unit's entries may change
 * (reporting) and whether its results are public (scoring runs). Not a boundary: only other beans call it.
 */
@Stateless
@PermitAll
public class WorkflowStates {

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditLog audit;

    /** The unit's workflow row, if it has left draft at least once. */
    public Optional<UnitWorkflow> find(AssessmentPeriod period, String unitCode) {
        return em.createNamedQuery(UnitWorkflow.ONE, UnitWorkflow.class).setParameter("period", period)
                .setParameter("unit", unitCode).getResultStream().findFirst();
    }

    /** The unit's state; {@link WorkflowState#DRAFT} before its first transition. */
    public WorkflowState state(AssessmentPeriod period, String unitCode) {
        return find(period, unitCode).map(UnitWorkflow::getState).orElse(WorkflowState.DRAFT);
    }

    /** The state of every unit of the period that has left draft (unit code → state); the others are drafts. */
    public Map<String, WorkflowState> states(AssessmentPeriod period) {
        Map<String, WorkflowState> states = new HashMap<>();
        em.createNamedQuery(UnitWorkflow.OF_PERIOD, UnitWorkflow.class).setParameter("period", period)
                .getResultStream().forEach(w -> states.put(w.getUnitCode(), w.getState()));
        return states;
    }

    /** Whether everyone may see the unit's results: from publicity (公示, shown publicly) on. */
    public boolean publiclyVisible(AssessmentPeriod period, String unitCode) {
        return state(period, unitCode).publiclyVisible();
    }

    /**
     * Whether every one of {@code unitCodes} is publicly visible (in publicity or published): what a ranking or a
     * statistic over these units needs before a unit reporter may see it. A unit without a workflow row is a draft.
     */
    public boolean allPubliclyVisible(AssessmentPeriod period, Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return false;
        }
        Set<String> visible = new HashSet<>(em.createQuery("SELECT w.unitCode FROM UnitWorkflow w"
                        + " WHERE w.period = :period AND w.state IN :states", String.class)
                .setParameter("period", period)
                .setParameter("states", List.of(WorkflowState.PUBLICITY, WorkflowState.PUBLISHED)).getResultList());
        return visible.containsAll(unitCodes);
    }

    /**
     * Whether the unit's own reporters may see its result: from approval (审定, TB-10) on, when the office releases the
     * approved result to the unit (反馈) before it is shown publicly. Before that the scores may still change.
     */
    public boolean releasedToUnit(AssessmentPeriod period, String unitCode) {
        return state(period, unitCode).releasedToUnit();
    }

    /** Whether the unit's result is published (已公布, VIL-34 发文通报): its reporters may fetch the result notice. */
    public boolean published(AssessmentPeriod period, String unitCode) {
        return state(period, unitCode) == WorkflowState.PUBLISHED;
    }

    /**
     * Adds a violation when the caller may not change data of the unit in its current state: the unit itself only in
     * draft or returned; assessors and the office also while submitted (scoring), the office also while scored
     * (review); nobody from review on (reopen first).
     */
    public void checkWritable(AssessmentPeriod period, String unitCode, String field, List<Violation> problems) {
        WorkflowState state = state(period, unitCode);
        boolean office = context.isCallerInRole(Roles.ASSESSMENT_OFFICE);
        boolean assessor = context.isCallerInRole(Roles.ASSESSOR);
        boolean writable = state.editableByUnit()
                || state == WorkflowState.SUBMITTED && (office || assessor)
                || state == WorkflowState.SCORED && office;
        if (!writable) {
            problems.add(Violation.of(field, "workflow.locked", unitCode, period.getCode(), state.name()));
        }
    }

    /**
     * Moves the unit and records the step: a history row and an audit entry in the same transaction. The caller has
     * checked the transition table.
     */
    public WorkflowTransition apply(UnitWorkflow workflow, WorkflowAction action, String actor, String reason,
            LocalDateTime at) {
        WorkflowState from = workflow.getState();
        WorkflowState to = Transitions.rule(action).to();
        long versionBefore = workflow.getVersion();
        workflow.move(action, to, actor, at);
        if (workflow.getId() == null) {
            em.persist(workflow);
        }
        WorkflowTransition step = new WorkflowTransition(workflow, action, from, to, actor, at, reason);
        em.persist(step);
        em.flush();
        audit.record(actor, action.name(), "UnitWorkflow", workflow.getPeriod().getCode() + "/" + workflow.getUnitCode(),
                AuditJson.object().with("state", from.name()).with("version", versionBefore).build(),
                AuditJson.object().with("state", to.name()).with("action", action.name()).with("reason", reason)
                        .with("publicityEndsAt", workflow.getPublicityEndsAt() == null ? null
                                : workflow.getPublicityEndsAt().toString())
                        .build());
        return step;
    }
}
