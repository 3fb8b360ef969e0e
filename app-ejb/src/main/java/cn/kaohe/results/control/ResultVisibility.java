package cn.kaohe.results.control;

import cn.kaohe.people.control.Caller;
import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.platform.security.Roles;
import cn.kaohe.scoringrun.entity.ScoringRun;
import cn.kaohe.workflow.control.WorkflowStates;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Who may see which results (data-level check on top of {@code @RolesAllowed}), following the workflow of each unit
 * (RULES.md §13 "Workflow"; TB-10 approval, TS-10 publicity, VIL-34 publication by document):
 *
 * <ul>
 * <li>the office, leaders, assessors and auditors ({@link #UNPUBLISHED_READERS}) see every result at any time;</li>
 * <li>a unit reporter sees the result of a unit they act for once that unit is approved (审定: {@code APPROVED},
 * {@code PUBLICITY}, {@code PUBLISHED}) — the approved result is released to the unit; before that it may still
 * change and is refused ({@code results.refused.notReleased});</li>
 * <li>a unit reporter sees another unit's result once that unit is in publicity (公示 shows it publicly) or
 * published, and a ranking, tier statistics or trend of a run only once every unit of the run is;</li>
 * <li>a unit reporter fetches the result notice (PDF) of a unit they act for once that unit is published
 * (已公布: the notice is the published document), never another unit's.</li>
 * </ul>
 *
 * <p>The workflow follows units, not runs: the states are read now, for whichever completed run of the period is
 * asked for.
 */
@Stateless
@PermitAll
public class ResultVisibility {

    /** Roles that may see results before publication. */
    public static final List<String> UNPUBLISHED_READERS = List.of(Roles.ASSESSMENT_OFFICE, Roles.LEADER,
            Roles.ASSESSOR, Roles.AUDITOR);

    /** Roles that may fetch any unit's result notice at any time. */
    public static final List<String> NOTICE_READERS = List.of(Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE,
            Roles.LEADER, Roles.AUDITOR);

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private Caller callers;

    @EJB
    private WorkflowStates workflow;

    /**
     * Whether the caller may see every unit's result of {@code run}: a role of {@link #UNPUBLISHED_READERS}, or a unit
     * reporter once every unit of the run is in publicity or published.
     */
    public boolean mayReadAll(ScoringRun run) {
        if (UNPUBLISHED_READERS.stream().anyMatch(context::isCallerInRole)) {
            return true;
        }
        List<String> units = em.createQuery("SELECT u.unitCode FROM RunUnit u WHERE u.run = :run", String.class)
                .setParameter("run", run).getResultList();
        return workflow.allPubliclyVisible(run.getPeriod(), units);
    }

    /** Refuses (403) a ranking or a statistic of {@code run} to a caller who may not see every unit's result. */
    public void requireAll(ScoringRun run) {
        if (!mayReadAll(run)) {
            throw new AccessRefusedException("results.refused.ranking", String.valueOf(run.getId()));
        }
    }

    /**
     * Refuses (403) the result of {@code unitCode} in {@code run}: to a reporter, another unit's until it is in
     * publicity, their own until it is approved.
     */
    public void requireSheet(ScoringRun run, String unitCode) {
        if (UNPUBLISHED_READERS.stream().anyMatch(context::isCallerInRole)
                || workflow.publiclyVisible(run.getPeriod(), unitCode)) {
            return;
        }
        callers.requireUnit(unitCode);
        if (!workflow.releasedToUnit(run.getPeriod(), unitCode)) {
            throw new AccessRefusedException("results.refused.notReleased", unitCode,
                    workflow.state(run.getPeriod(), unitCode).name());
        }
    }

    /**
     * Refuses (403) the result notice of {@code unitCode}: a caller without a role of {@link #NOTICE_READERS} (a unit
     * reporter) gets only a unit they act for, and only once it is published.
     */
    public void requireNotice(ScoringRun run, String unitCode) {
        if (NOTICE_READERS.stream().anyMatch(context::isCallerInRole)) {
            return;
        }
        callers.requireUnit(unitCode);
        if (!workflow.published(run.getPeriod(), unitCode)) {
            throw new AccessRefusedException("results.refused.notPublished", unitCode,
                    workflow.state(run.getPeriod(), unitCode).name());
        }
    }
}
