package cn.kaohe.workflow.control;

import cn.kaohe.people.entity.AppUser;
import cn.kaohe.period.entity.AssessmentPeriod;
import cn.kaohe.period.entity.PeriodUnit;
import cn.kaohe.period.entity.SubPeriod;
import cn.kaohe.platform.security.Roles;
import cn.kaohe.workflow.entity.Notification;
import cn.kaohe.workflow.entity.Objection;
import cn.kaohe.workflow.entity.UnitWorkflow;
import cn.kaohe.workflow.entity.WorkflowAction;
import cn.kaohe.workflow.entity.WorkflowPeriod;
import cn.kaohe.workflow.entity.WorkflowState;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * The workflow's timer: every hour it records deadline reminders and closes publicity. The work is
 * {@link #run(Instant)} with an explicit instant, so tests call it with the time they need instead of waiting.
 * Not a boundary: the container and tests call it.
 */
@Singleton
@PermitAll
public class WorkflowTimer {

    private static final Logger LOG = Logger.getLogger(WorkflowTimer.class.getName());
    /** Deadlines are calendar dates in China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** What one run did. */
    public record Report(int reminders, int published, int waitingForAnswers) implements Serializable {
    }

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private WorkflowStates states;

    @Schedule(hour = "*", minute = "7", persistent = false)
    public void scheduled() {
        Report report = run(clock.instant());
        if (report.reminders() > 0 || report.published() > 0) {
            LOG.info(() -> "workflow timer: " + report);
        }
    }

    /** Records the reminders due at {@code now} and closes every publicity that has ended at {@code now}. */
    public Report run(Instant now) {
        int reminders = remind(now);
        int published = 0;
        int waiting = 0;
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        for (UnitWorkflow w : em.createNamedQuery(UnitWorkflow.IN_STATE, UnitWorkflow.class)
                .setParameter("state", WorkflowState.PUBLICITY).getResultList()) {
            if (w.getPublicityEndsAt() == null || at.isBefore(w.getPublicityEndsAt())) {
                continue;
            }
            long open = em.createNamedQuery(Objection.OPEN_OF_WORKFLOW, Long.class).setParameter("workflow", w)
                    .getSingleResult();
            if (open > 0) {
                // publicity stays open past its end until the office has answered every objection
                waiting++;
                continue;
            }
            states.apply(w, WorkflowAction.PUBLISH, Transitions.SYSTEM, null, at);
            published++;
        }
        return new Report(reminders, published, waiting);
    }

    /**
     * A reminder to every enabled unit reporter of a unit that has not submitted, for each sub-period whose deadline
     * is today or within the period's reminder window; once per user, unit and sub-period.
     */
    private int remind(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        LocalDateTime created = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        int made = 0;
        for (AssessmentPeriod period : em.createNamedQuery(AssessmentPeriod.ALL, AssessmentPeriod.class)
                .getResultList()) {
            int window = em.createNamedQuery(WorkflowPeriod.OF_PERIOD, WorkflowPeriod.class)
                    .setParameter("period", period).getResultStream().findFirst()
                    .map(WorkflowPeriod::getReminderDays).orElse(WorkflowPeriod.DEFAULT_REMINDER_DAYS);
            List<SubPeriod> due = period.getSubPeriods().stream().filter(s -> s.getDeadline() != null
                    && !today.isAfter(s.getDeadline()) && !s.getDeadline().isAfter(today.plusDays(window))).toList();
            if (due.isEmpty()) {
                continue;
            }
            for (PeriodUnit unit : em.createNamedQuery(PeriodUnit.OF_PERIOD, PeriodUnit.class)
                    .setParameter("period", period).getResultList()) {
                if (!states.state(period, unit.getUnitCode()).editableByUnit()) {
                    continue;
                }
                List<AppUser> reporters = em.createQuery("SELECT u FROM AppUser u JOIN u.units o WHERE o.code = :unit",
                        AppUser.class).setParameter("unit", unit.getUnitCode()).getResultList().stream()
                        .filter(u -> u.isEnabled() && u.getRoles().contains(Roles.UNIT_REPORTER)).toList();
                for (SubPeriod sub : due) {
                    for (AppUser reporter : reporters) {
                        long same = em.createNamedQuery(Notification.SAME, Long.class)
                                .setParameter("recipient", reporter.getLogin())
                                .setParameter("kind", Notification.DEADLINE).setParameter("period", period.getCode())
                                .setParameter("unit", unit.getUnitCode()).setParameter("subject", sub.getCode())
                                .getSingleResult();
                        if (same == 0) {
                            em.persist(new Notification(reporter.getLogin(), Notification.DEADLINE, period.getCode(),
                                    unit.getUnitCode(), sub.getCode(), sub.getDeadline(), created));
                            made++;
                        }
                    }
                }
            }
        }
        return made;
    }
}
