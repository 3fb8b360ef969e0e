package cn.kaohe.scoringrun.boundary;

import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.period.entity.AssessmentPeriod;
import cn.kaohe.platform.json.CanonicalJson;
import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.scoringrun.control.RunHash;
import cn.kaohe.scoringrun.control.RunRecorder;
import cn.kaohe.scoringrun.control.UnitScorer;
import cn.kaohe.scoringrun.entity.RunUnit;
import cn.kaohe.scoringrun.entity.ScoringRun;
import cn.kaohe.workflow.control.WorkflowStates;
import cn.kaohe.workflow.entity.WorkflowState;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import cn.kaohe.audit.control.AuditJson;
import cn.kaohe.audit.control.AuditLog;
import cn.kaohe.people.control.Caller;
import cn.kaohe.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Starts, reports and verifies scoring runs. All scores and ranks come from scoring-core. Starting a run twice on the
 * same inputs returns the first run (same hash, no duplicate results); a failed whole-period run is restarted where
 * it stopped.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER, Roles.LEADER,
        Roles.AUDITOR})
public class ScoringRunService {

    private static final Logger LOG = Logger.getLogger(ScoringRunService.class.getName());
    public static final String JOB = "score-period";

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditLog audit;

    @EJB
    private Caller callers;

    @EJB
    private PeriodService periods;

    @EJB
    private RunRecorder recorder;

    @EJB
    private WorkflowStates workflow;

    @EJB
    private ScoringRunService self;

    /**
     * Scores a whole period as a batch job (returns at once; poll the run for progress), or one unit right away.
     * Runs outside a transaction so the job starts only after the snapshot is committed.
     */
    @RolesAllowed(Roles.ASSESSMENT_OFFICE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RunView start(String periodCode, String unitCode) {
        RunRecorder.Prepared prepared = self.prepare(periodCode, unitCode);
        if (unitCode != null) {
            if (prepared.launch() || prepared.restartExecution() != null) {
                self.scoreAtOnce(prepared.runId());
            }
        } else if (prepared.launch() || prepared.restartExecution() != null) {
            Properties parameters = new Properties();
            parameters.setProperty("runId", String.valueOf(prepared.runId()));
            JobOperator jobs = BatchRuntime.getJobOperator();
            long execution = prepared.restartExecution() != null
                    ? jobs.restart(prepared.restartExecution(), parameters)
                    : jobs.start(JOB, parameters);
            self.launched(prepared.runId(), execution);
            LOG.info(() -> "run " + prepared.runId() + " of " + periodCode + " started as job execution " + execution);
        }
        return self.find(prepared.runId()).orElseThrow();
    }

    @RolesAllowed(Roles.ASSESSMENT_OFFICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RunRecorder.Prepared prepare(String periodCode, String unitCode) {
        AssessmentPeriod period = periods.require(periodCode);
        if (unitCode != null && periods.unit(period, unitCode).isEmpty()) {
            throw new RequestRejectedException(List.of(Violation.of("unit", "entry.unit.notEnrolled", unitCode,
                    periodCode)));
        }
        if (periods.units(period).isEmpty()) {
            throw new RequestRejectedException(List.of(Violation.of("period", "run.noUnits", periodCode)));
        }
        RunRecorder.Prepared prepared = recorder.prepare(period, unitCode, context.getCallerPrincipal().getName());
        audit.record("START", "ScoringRun", String.valueOf(prepared.runId()), null, AuditJson.object()
                .with("period", periodCode).with("unit", unitCode).with("launch", prepared.launch())
                .with("restart", prepared.restartExecution() != null)
                .with("inputSha256", em.find(ScoringRun.class, prepared.runId()).getInputSha256()).build());
        return prepared;
    }

    @RolesAllowed(Roles.ASSESSMENT_OFFICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void scoreAtOnce(long runId) {
        List<UnitScorer.Scored> scored = recorder.unscored(runId).stream().map(recorder::score).toList();
        recorder.store(scored);
        recorder.rankAndComplete(runId);
    }

    @RolesAllowed(Roles.ASSESSMENT_OFFICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void launched(long runId, long execution) {
        recorder.launched(runId, execution);
    }

    /** The run, with a failed batch job reported as a failed run. */
    public Optional<RunView> find(long runId) {
        ScoringRun run = em.find(ScoringRun.class, runId);
        if (run == null) {
            return Optional.empty();
        }
        if (run.getStatus() == ScoringRun.Status.STARTED && run.getJobExecutionId() != null) {
            BatchStatus batch = BatchRuntime.getJobOperator().getJobExecution(run.getJobExecutionId()).getBatchStatus();
            if (batch == BatchStatus.FAILED || batch == BatchStatus.STOPPED || batch == BatchStatus.ABANDONED) {
                recorder.fail(runId, "job execution " + run.getJobExecutionId() + " " + batch);
            }
        }
        return Optional.of(RunView.of(run));
    }

    public List<RunView> list(String periodCode) {
        AssessmentPeriod period = periods.require(periodCode);
        return em.createNamedQuery(ScoringRun.OF_PERIOD, ScoringRun.class).setParameter("period", period)
                .getResultStream().map(RunView::of).toList();
    }

    /**
     * Results of a run in unit order; with detail, each carries its input snapshot and full explanation. A unit
     * reporter sees their own units once approved (the result released to the unit), and other units once those are
     * in publicity or published (workflow; the same rule as {@code ResultVisibility}).
     */
    public List<UnitResultView> results(long runId, boolean detail) {
        List<RunUnit> units = units(runId);
        if (units.isEmpty() || !callers.limitedToOwnUnits()) {
            return units.stream().map(u -> UnitResultView.of(u, detail)).toList();
        }
        // a reporter: the period's states and the caller's units read once, not per unit
        Map<String, WorkflowState> states = workflow.states(units.get(0).getRun().getPeriod());
        Set<String> own = callers.unitCodes();
        return units.stream().filter(u -> {
            WorkflowState state = states.getOrDefault(u.getUnitCode(), WorkflowState.DRAFT);
            return state.publiclyVisible() || own.contains(u.getUnitCode()) && state.releasedToUnit();
        }).map(u -> UnitResultView.of(u, detail)).toList();
    }

    /**
     * One unit's result; to a unit reporter, another unit's is refused until it is in publicity or published, their own
     * until it is approved.
     */
    public Optional<UnitResultView> result(long runId, String unitCode) {
        ScoringRun run = em.find(ScoringRun.class, runId);
        if (run != null && !visible(run.getPeriod(), unitCode)) {
            callers.requireUnit(unitCode);
            throw new AccessRefusedException("results.refused.notReleased", unitCode,
                    workflow.state(run.getPeriod(), unitCode).name());
        }
        return units(runId).stream().filter(u -> u.getUnitCode().equals(unitCode)).findFirst()
                .map(u -> UnitResultView.of(u, true));
    }

    private boolean visible(AssessmentPeriod period, String unitCode) {
        return !callers.limitedToOwnUnits() || workflow.publiclyVisible(period, unitCode)
                || callers.mayActFor(unitCode) && workflow.releasedToUnit(period, unitCode);
    }

    /**
     * Recomputes a run: the snapshots' hashes and the run hash, every unit's result from its snapshot with the run's
     * scheme version (compared with the stored explanation, character for character), and the hash of the inputs
     * as reported now.
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE, Roles.LEADER, Roles.AUDITOR})
    public VerifyReport verify(long runId) {
        ScoringRun run = em.find(ScoringRun.class, runId);
        if (run == null) {
            throw new RequestRejectedException(List.of(Violation.of("run", "run.unknown", String.valueOf(runId))));
        }
        List<String> differences = new ArrayList<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        var engine = RunRecorder.compiled(run.getScheme()).engine();
        for (RunUnit u : units(runId)) {
            String sha = CanonicalJson.sha256(u.getInputJson());
            hashes.put(u.getUnitCode(), sha);
            if (!sha.equals(u.getInputSha256())) {
                differences.add(u.getUnitCode() + ": input snapshot changed");
            }
            UnitScorer.Scored again = UnitScorer.score(u.getId(), engine, u.getInputJson());
            if (!again.explanationJson().equals(u.getExplanationJson())) {
                differences.add(u.getUnitCode() + ": result differs (stored " + u.getFinalScore() + ", now "
                        + again.finalScore() + ")");
            }
        }
        String recomputed = RunHash.of(run.getScheme().getContentSha256(), run.getScheme().getPopulationRules(), hashes);
        String current = recorder.inputs(run.getPeriod(), run.getScopeUnitCode()).runHash();
        boolean intact = recomputed.equals(run.getInputSha256());
        if (!intact) {
            differences.add("run hash differs: stored " + run.getInputSha256() + ", recomputed " + recomputed);
        }
        boolean reproduced = differences.isEmpty();
        return new VerifyReport(runId, run.getInputSha256(), recomputed, current, intact, reproduced,
                current.equals(run.getInputSha256()), differences);
    }

    private List<RunUnit> units(long runId) {
        ScoringRun run = em.find(ScoringRun.class, runId);
        if (run == null) {
            throw new RequestRejectedException(List.of(Violation.of("run", "run.unknown", String.valueOf(runId))));
        }
        return em.createNamedQuery(RunUnit.OF_RUN, RunUnit.class).setParameter("run", run).getResultList();
    }
}
