package cn.kaohe.workflow.boundary;

import cn.kaohe.audit.control.AuditJson;
import cn.kaohe.audit.control.AuditLog;
import cn.kaohe.people.control.Caller;
import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.period.entity.AssessmentPeriod;
import cn.kaohe.period.entity.PeriodUnit;
import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.platform.security.Roles;
import cn.kaohe.platform.validation.ConflictException;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.rectification.control.Calendars;
import cn.kaohe.workflow.control.Transitions;
import cn.kaohe.workflow.control.WorkflowStates;
import cn.kaohe.workflow.control.WorkflowTimer;
import cn.kaohe.workflow.entity.Notification;
import cn.kaohe.workflow.entity.Objection;
import cn.kaohe.workflow.entity.UnitWorkflow;
import cn.kaohe.workflow.entity.WorkflowAction;
import cn.kaohe.workflow.entity.WorkflowPeriod;
import cn.kaohe.workflow.entity.WorkflowState;
import cn.kaohe.workflow.entity.WorkflowTransition;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The assessment workflow of each unit in each period (RULES.md §13 "Workflow"; TB-10, TB-12, TS-09, TS-10): states,
 * transitions, publicity, objections (异议), notifications. Every transition is checked against
 * {@link Transitions} (role, state, reason), against the data-level rules (a unit reporter acts for its own units
 * only; nobody scores, reviews or approves their own submission), kept in the unit's history, audited, and
 * protected by optimistic locking (a stale version is a 409 naming the unit).
 *
 * <p>Refusals: 400 {@link RequestRejectedException} (missing reason, unknown action or unit, bad settings), 403
 * {@link AccessRefusedException} ({@code workflow.role.refused}, {@code workflow.ownSubmission},
 * {@code access.unit.refused}), 409 {@link ConflictException} ({@code workflow.state.invalid},
 * {@code workflow.conflict}, {@code workflow.objection.answered}).
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER, Roles.LEADER,
        Roles.AUDITOR})
public class WorkflowService {

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @EJB
    private Calendars calendars;

    @EJB
    private AuditLog audit;

    @EJB
    private Caller callers;

    @EJB
    private PeriodService periods;

    @EJB
    private WorkflowStates states;

    /** The states of the period's units the caller may see (a unit reporter: their own units), in unit order. */
    public List<UnitWorkflowView> states(String periodCode) {
        AssessmentPeriod period = periods.require(periodCode);
        Set<String> roles = roles();
        return periods.units(period).stream().filter(u -> callers.mayActFor(u.getUnitCode()))
                .map(u -> view(period, u.getUnitCode(), states.find(period, u.getUnitCode()).orElse(null), roles))
                .toList();
    }

    /** The state of one unit, with the actions the caller's roles allow from it. */
    public UnitWorkflowView state(String periodCode, String unitCode) {
        AssessmentPeriod period = periods.require(periodCode);
        enrolled(period, unitCode);
        return view(period, unitCode, states.find(period, unitCode).orElse(null), roles());
    }

    /** Every transition of the unit, oldest first. */
    public List<TransitionView> history(String periodCode, String unitCode) {
        AssessmentPeriod period = periods.require(periodCode);
        enrolled(period, unitCode);
        return states.find(period, unitCode).map(w -> em.createNamedQuery(WorkflowTransition.OF_WORKFLOW,
                WorkflowTransition.class).setParameter("workflow", w).getResultStream()
                .map(t -> new TransitionView(t.getAction().name(), t.getFrom().name(), t.getTo().name(), t.getActor(),
                        t.getChangedAt(), t.getReason()))
                .toList()).orElse(List.of());
    }

    /**
     * Takes a single-unit action ({@code SUBMIT}, {@code RETURN}, {@code SCORE}, {@code REVIEW}, {@code APPROVE},
     * {@code REOPEN}) from the version the caller read.
     */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER, Roles.LEADER})
    public UnitWorkflowView transition(String periodCode, String unitCode, TransitionRequest request) {
        AssessmentPeriod period = periods.require(periodCode);
        if (request == null) {
            throw new RequestRejectedException(List.of(Violation.of("body", "field.required")));
        }
        WorkflowAction action = action(request.action());
        Transitions.Rule rule = Transitions.rule(action);
        if (!rule.direct()) {
            throw new RequestRejectedException(List.of(Violation.of("action", "workflow.action.notDirect",
                    action.name())));
        }
        List<Violation> problems = new ArrayList<>();
        if (request.version() == null) {
            problems.add(Violation.of("version", "field.required"));
        }
        String reason = reason(request.reason(), rule.reasonRequired(), "reason", problems);
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        enrolled(period, unitCode);
        Set<String> roles = roles();
        if (!Transitions.permits(action, roles)) {
            throw new AccessRefusedException("workflow.role.refused", action.name(),
                    rule.roles().stream().sorted().collect(Collectors.joining(", ")));
        }
        UnitWorkflow workflow = states.find(period, unitCode).orElseGet(() -> new UnitWorkflow(period, unitCode));
        if (request.version() != workflow.getVersion()) {
            throw conflict(workflow, request.version());
        }
        if (!rule.from().contains(workflow.getState())) {
            throw new ConflictException(Violation.of("action", "workflow.state.invalid", action.name(), unitCode,
                    workflow.getState().name(), rule.from().stream().map(Enum::name).sorted()
                            .collect(Collectors.joining(", "))));
        }
        if (rule.notOwnSubmission()) {
            ownSubmission(workflow, action);
        }
        try {
            states.apply(workflow, action, callers.login(), reason, now());
        } catch (jakarta.ejb.EJBException | PersistenceException failure) {
            // a concurrent update (optimistic lock) or a concurrent first transition of the same unit (unique row)
            if (raced(failure)) {
                throw conflict(workflow, request.version());
            }
            throw failure;
        }
        return view(period, unitCode, workflow, roles);
    }

    /** The period's workflow settings (defaults until the office sets them). */
    public WorkflowSettings settings(String periodCode) {
        AssessmentPeriod period = periods.require(periodCode);
        return settingsView(settingsOf(period).orElse(null));
    }

    /** Sets publicity length (working days, 1–30) and reminder window (days, 0–30) of a period. */
    @RolesAllowed(Roles.ASSESSMENT_OFFICE)
    public WorkflowSettings configure(String periodCode, WorkflowSettings request) {
        AssessmentPeriod period = periods.require(periodCode);
        if (request == null) {
            throw new RequestRejectedException(List.of(Violation.of("body", "field.required")));
        }
        List<Violation> problems = new ArrayList<>();
        range(request.publicityDays(), 1, 30, "publicityDays", problems);
        range(request.reminderDays(), 0, 30, "reminderDays", problems);
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        WorkflowPeriod settings = settingsOf(period).orElseGet(() -> new WorkflowPeriod(period));
        String before = settings.getId() == null ? null : AuditJson.object()
                .with("publicityDays", settings.getPublicityDays()).with("reminderDays", settings.getReminderDays())
                .build();
        settings.configure(request.publicityDays(), request.reminderDays());
        if (settings.getId() == null) {
            em.persist(settings);
        }
        em.flush();
        audit.record("CONFIGURE", "WorkflowPeriod", periodCode, before, AuditJson.object()
                .with("publicityDays", settings.getPublicityDays()).with("reminderDays", settings.getReminderDays())
                .build());
        return settingsView(settings);
    }

    /**
     * Starts publicity (公示, TS-10) for every approved unit of the period: it ends after the configured number of
     * working days on the office's working-day calendar (weekends, public holidays and make-up working days, the one
     * rectification deadlines use; counted from the next working day), at 00:00 China time of the following day.
     * Returns the units now in publicity.
     */
    @RolesAllowed(Roles.ASSESSMENT_OFFICE)
    public List<UnitWorkflowView> startPublicity(String periodCode, PublicityRequest request) {
        AssessmentPeriod period = periods.require(periodCode);
        WorkflowPeriod settings = settingsOf(period).orElseGet(() -> new WorkflowPeriod(period));
        Integer days = request == null || request.days() == null ? settings.getPublicityDays() : request.days();
        List<Violation> problems = new ArrayList<>();
        range(days, 1, 30, "days", problems);
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        List<UnitWorkflow> approved = em.createNamedQuery(UnitWorkflow.OF_PERIOD, UnitWorkflow.class)
                .setParameter("period", period).getResultStream()
                .filter(w -> w.getState() == WorkflowState.APPROVED).toList();
        if (approved.isEmpty()) {
            throw new RequestRejectedException(List.of(Violation.of("period", "workflow.publicity.noneApproved",
                    periodCode)));
        }
        LocalDateTime now = now();
        LocalDate today = now.atOffset(ZoneOffset.UTC).atZoneSameInstant(WorkflowTimer.ZONE).toLocalDate();
        LocalDateTime ends = calendars.current().addWorkingDays(today, days).plusDays(1).atStartOfDay(WorkflowTimer.ZONE)
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        settings.publicity(now, ends);
        if (settings.getId() == null) {
            em.persist(settings);
        }
        Set<String> roles = roles();
        List<UnitWorkflowView> started = new ArrayList<>();
        for (UnitWorkflow w : approved) {
            w.setPublicityEndsAt(ends);
            states.apply(w, WorkflowAction.START_PUBLICITY, callers.login(), null, now);
            started.add(view(period, w.getUnitCode(), w, roles));
        }
        return started;
    }

    /** Files an objection to a unit in publicity; anyone signed in may (a unit reporter too, about any unit). */
    public ObjectionView fileObjection(String periodCode, String unitCode, NewObjection request) {
        AssessmentPeriod period = periods.require(periodCode);
        if (unitCode == null || periods.unit(period, unitCode).isEmpty()) {
            throw new RequestRejectedException(List.of(Violation.of("unit", "entry.unit.notEnrolled",
                    String.valueOf(unitCode), periodCode)));
        }
        List<Violation> problems = new ArrayList<>();
        String text = reason(request == null ? null : request.text(), true, "text", problems);
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        UnitWorkflow workflow = states.find(period, unitCode).orElse(null);
        WorkflowState state = workflow == null ? WorkflowState.DRAFT : workflow.getState();
        if (state != WorkflowState.PUBLICITY) {
            throw new ConflictException(Violation.of("unit", "workflow.objection.notInPublicity", unitCode,
                    state.name()));
        }
        Objection objection = new Objection(workflow, callers.login(), now(), text);
        em.persist(objection);
        em.flush();
        audit.record("CREATE", "Objection", String.valueOf(objection.getId()), null, AuditJson.object()
                .with("period", periodCode).with("unit", unitCode).with("text", text).build());
        return ObjectionView.of(objection);
    }

    /**
     * The period's objections: all for the office, leaders, assessors, auditors; for a unit reporter those about their
     * units and those they filed.
     */
    public List<ObjectionView> objections(String periodCode) {
        AssessmentPeriod period = periods.require(periodCode);
        String login = callers.login();
        return em.createNamedQuery(Objection.OF_PERIOD, Objection.class).setParameter("period", period)
                .getResultStream()
                .filter(o -> callers.mayActFor(o.getWorkflow().getUnitCode()) || o.getFiledBy().equals(login))
                .map(ObjectionView::of).toList();
    }

    /**
     * Answers an objection (the office, with a reason). An upheld objection sends the unit from publicity back to
     * {@code REVIEWED} (TS-10: it reopens review); it needs approval and a new publicity again.
     */
    @RolesAllowed(Roles.ASSESSMENT_OFFICE)
    public ObjectionView answer(long objectionId, ObjectionAnswer request) {
        Objection objection = em.find(Objection.class, objectionId);
        if (objection == null) {
            throw new RequestRejectedException(List.of(Violation.of("id", "workflow.objection.unknown",
                    String.valueOf(objectionId))));
        }
        List<Violation> problems = new ArrayList<>();
        String answer = reason(request == null ? null : request.answer(), true, "answer", problems);
        if (request == null || request.upheld() == null) {
            problems.add(Violation.of("upheld", "field.required"));
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        if (!objection.isOpen()) {
            throw new ConflictException(Violation.of("id", "workflow.objection.answered", String.valueOf(objectionId),
                    objection.getAnsweredBy()));
        }
        LocalDateTime now = now();
        objection.answer(answer, request.upheld(), callers.login(), now);
        em.flush();
        audit.record("ANSWER", "Objection", String.valueOf(objectionId), null, AuditJson.object()
                .with("answer", answer).with("upheld", request.upheld()).build());
        UnitWorkflow workflow = objection.getWorkflow();
        if (request.upheld() && workflow.getState() == WorkflowState.PUBLICITY) {
            states.apply(workflow, WorkflowAction.UPHOLD_OBJECTION, callers.login(), answer, now);
        }
        return ObjectionView.of(objection);
    }

    /** The caller's notifications, newest first. */
    public List<NotificationView> notifications() {
        return em.createNamedQuery(Notification.OF_RECIPIENT, Notification.class)
                .setParameter("recipient", callers.login()).getResultStream().map(NotificationView::of).toList();
    }

    /** Marks every notification of the caller read; returns them, newest first. */
    public List<NotificationView> markAllRead() {
        LocalDateTime now = now();
        List<Notification> mine = em.createNamedQuery(Notification.OF_RECIPIENT, Notification.class)
                .setParameter("recipient", callers.login()).getResultList();
        mine.forEach(n -> n.markRead(now));
        return mine.stream().map(NotificationView::of).toList();
    }

    private void ownSubmission(UnitWorkflow workflow, WorkflowAction action) {
        String login = callers.login();
        boolean own = login.equals(workflow.getSubmittedBy());
        if (!own && action != WorkflowAction.SCORE) {
            // reviewing or approving data one entered oneself is approving one's own submission
            long entered = em.createQuery("SELECT COUNT(e) FROM DataEntry e WHERE e.period = :period"
                    + " AND e.unitCode = :unit AND e.enteredBy = :login", Long.class)
                    .setParameter("period", workflow.getPeriod()).setParameter("unit", workflow.getUnitCode())
                    .setParameter("login", login).getSingleResult()
                    + em.createQuery("SELECT COUNT(a) FROM AdjustmentRecord a WHERE a.period = :period"
                            + " AND a.unitCode = :unit AND a.enteredBy = :login", Long.class)
                    .setParameter("period", workflow.getPeriod()).setParameter("unit", workflow.getUnitCode())
                    .setParameter("login", login).getSingleResult();
            own = entered > 0;
        }
        if (own) {
            throw new AccessRefusedException("workflow.ownSubmission", action.name(), workflow.getUnitCode());
        }
    }

    private static boolean raced(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof java.sql.SQLIntegrityConstraintViolationException
                    || cause.getClass().getSimpleName().equals("OptimisticLockException")
                    || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40")
                                    || sql.getSQLState().equals("HYT00") || sql.getSQLState().equals("90131"))) {
                return true;
            }
        }
        return false;
    }

    private void enrolled(AssessmentPeriod period, String unitCode) {
        Optional<PeriodUnit> unit = unitCode == null ? Optional.empty() : periods.unit(period, unitCode);
        if (unit.isEmpty()) {
            throw new RequestRejectedException(List.of(Violation.of("unit", "entry.unit.notEnrolled",
                    String.valueOf(unitCode), period.getCode())));
        }
        callers.requireUnit(unitCode);
    }

    private static WorkflowAction action(String name) {
        if (name == null || name.isBlank()) {
            throw new RequestRejectedException(List.of(Violation.of("action", "field.required")));
        }
        try {
            return WorkflowAction.valueOf(name.strip());
        } catch (IllegalArgumentException unknown) {
            throw new RequestRejectedException(List.of(Violation.of("action", "workflow.action.unknown", name,
                    Arrays.stream(WorkflowAction.values()).filter(a -> Transitions.rule(a).direct()).map(Enum::name)
                            .collect(Collectors.joining(", ")))));
        }
    }

    private static String reason(String given, boolean required, String field, List<Violation> problems) {
        String text = given == null || given.isBlank() ? null : given.strip();
        if (text == null && required) {
            problems.add(Violation.of(field, "workflow.reason.required"));
        } else if (text != null && text.length() > WorkflowTransition.REASON_MAX) {
            problems.add(Violation.of(field, "field.tooLong", String.valueOf(WorkflowTransition.REASON_MAX),
                    String.valueOf(text.length())));
        }
        return text;
    }

    private static void range(Integer value, int min, int max, String field, List<Violation> problems) {
        if (value == null) {
            problems.add(Violation.of(field, "field.required"));
        } else if (value < min || value > max) {
            problems.add(Violation.of(field, "workflow.days.range", String.valueOf(value), String.valueOf(min),
                    String.valueOf(max)));
        }
    }

    private static ConflictException conflict(UnitWorkflow workflow, long given) {
        return new ConflictException(Violation.of("version", "workflow.conflict", workflow.getUnitCode(),
                workflow.getPeriod().getCode(), String.valueOf(given), String.valueOf(workflow.getVersion()),
                workflow.getState().name(), String.valueOf(workflow.getChangedBy())));
    }

    private Optional<WorkflowPeriod> settingsOf(AssessmentPeriod period) {
        return em.createNamedQuery(WorkflowPeriod.OF_PERIOD, WorkflowPeriod.class).setParameter("period", period)
                .getResultStream().findFirst();
    }

    private static WorkflowSettings settingsView(WorkflowPeriod s) {
        return s == null ? new WorkflowSettings(WorkflowPeriod.DEFAULT_PUBLICITY_DAYS,
                WorkflowPeriod.DEFAULT_REMINDER_DAYS, null, null)
                : new WorkflowSettings(s.getPublicityDays(), s.getReminderDays(), s.getPublicityStartedAt(),
                        s.getPublicityEndsAt());
    }

    private UnitWorkflowView view(AssessmentPeriod period, String unitCode, UnitWorkflow w, Set<String> roles) {
        WorkflowState state = w == null ? WorkflowState.DRAFT : w.getState();
        List<String> actions = Transitions.available(state, roles).stream().map(Enum::name).toList();
        return w == null
                ? new UnitWorkflowView(period.getCode(), unitCode, state.name(), 0, null, null, null, null, actions)
                : new UnitWorkflowView(period.getCode(), unitCode, state.name(), w.getVersion(), w.getSubmittedBy(),
                        w.getPublicityEndsAt(), w.getChangedBy(), w.getChangedAt(), actions);
    }

    private Set<String> roles() {
        return Roles.ALL.stream().filter(context::isCallerInRole).collect(Collectors.toUnmodifiableSet());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
