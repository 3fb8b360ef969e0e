package cn.kaohe.results.control;

import cn.kaohe.people.control.Caller;
import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.platform.security.Roles;
import cn.kaohe.scoringrun.entity.ScoringRun;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.List;

/**
 * Who may see which results (data-level check on top of {@code @RolesAllowed}).
 *
 * <p>Today: the roles that may see unpublished results ({@link #UNPUBLISHED_READERS}) see every unit; a unit
 * reporter sees only the sheets of the units they act for and no ranking.
 *
 * <p><b>EXTENSION POINT (publication, not built here):</b> the publication workflow (branch {@code workflow}) will
 * add "published → everyone may see the ranking and the sheets". It belongs in {@link #mayReadAll(ScoringRun)}: when
 * the run's period (or the run) is published, answer true for every signed-in role, and open the
 * {@code @RolesAllowed} of {@code ResultsService.ranking/tiers/trend} to {@code UNIT_REPORTER} at the same time.
 * Until then reporters are refused the ranking: this is deliberate, not an oversight.
 */
@Stateless
@PermitAll
public class ResultVisibility {

    /** Roles that may see results before publication. */
    public static final List<String> UNPUBLISHED_READERS = List.of(Roles.ASSESSMENT_OFFICE, Roles.LEADER,
            Roles.ASSESSOR, Roles.AUDITOR);

    @Resource
    private SessionContext context;

    @EJB
    private Caller callers;

    /** Whether the caller may see every unit's result of {@code run}. */
    public boolean mayReadAll(ScoringRun run) {
        // PUBLICATION EXTENSION POINT: "|| published(run)" comes here with the workflow (see the class comment).
        return UNPUBLISHED_READERS.stream().anyMatch(context::isCallerInRole);
    }

    /** Refuses (403) a ranking or a statistic of {@code run} to a caller who may not see every unit's result. */
    public void requireAll(ScoringRun run) {
        if (!mayReadAll(run)) {
            throw new AccessRefusedException("results.refused.ranking", String.valueOf(run.getId()));
        }
    }

    /** Refuses (403) the sheet of {@code unitCode} unless the caller may see all results or acts for the unit. */
    public void requireSheet(ScoringRun run, String unitCode) {
        if (!mayReadAll(run)) {
            callers.requireUnit(unitCode);
        }
    }
}
