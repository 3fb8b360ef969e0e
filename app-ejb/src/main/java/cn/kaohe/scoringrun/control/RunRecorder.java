package cn.kaohe.scoringrun.control;

import cn.kaohe.period.entity.AssessmentPeriod;
import cn.kaohe.period.entity.PeriodUnit;
import cn.kaohe.platform.json.CanonicalJson;
import cn.kaohe.reporting.control.UnitInputs;
import cn.kaohe.reporting.entity.AdjustmentRecord;
import cn.kaohe.reporting.entity.DataEntry;
import cn.kaohe.reporting.entity.EvidenceFile;
import cn.kaohe.reporting.entity.VetoRecord;
import cn.kaohe.scheme.control.SchemeFiles;
import cn.kaohe.scheme.entity.SchemeVersion;
import cn.kaohe.scoringrun.entity.RunUnit;
import cn.kaohe.scoringrun.entity.ScoringRun;
import cn.kaohe.rectification.control.RectificationStatuses;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transactional steps of a scoring run: snapshot the inputs (canonical JSON + SHA-256 per unit), store scored
 * units, rank, complete or fail. Used by the run service and by the batch job's artifacts; every method joins the
 * caller's transaction (the batch chunk's, when called from the job). Not a boundary: the boundary
 * ({@code ScoringRunService}) checks roles; the batch job's threads may run without the starter's identity.
 */
@Stateless
@PermitAll
public class RunRecorder {

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @EJB
    private RectificationStatuses rectification;

    /** A unit's canonical input and its hash. */
    public record Snapshot(String unitCode, String category, String inputJson, String sha256) {
    }

    /** The inputs of a period (or one unit), as they are now, with the run hash. */
    public record Inputs(List<Snapshot> units, String runHash) {
    }

    /** What {@link #prepare} decided. */
    public record Prepared(long runId, boolean launch, Long restartExecution) {
    }

    /** Snapshots the inputs of the scope as they are now. */
    public Inputs inputs(AssessmentPeriod period, String scopeUnitCode) {
        List<PeriodUnit> units = em.createNamedQuery(PeriodUnit.OF_PERIOD, PeriodUnit.class)
                .setParameter("period", period).getResultList();
        Map<String, List<DataEntry>> entries = group(em.createNamedQuery(DataEntry.OF_PERIOD, DataEntry.class)
                .setParameter("period", period).getResultList(), DataEntry::getUnitCode);
        Map<String, List<AdjustmentRecord>> adjustments = group(em.createNamedQuery(AdjustmentRecord.OF_PERIOD,
                AdjustmentRecord.class).setParameter("period", period).getResultList(), AdjustmentRecord::getUnitCode);
        Map<String, List<VetoRecord>> vetoes = group(em.createQuery(
                "SELECT v FROM VetoRecord v WHERE v.period = :period ORDER BY v.id", VetoRecord.class)
                .setParameter("period", period).getResultList(), VetoRecord::getUnitCode);
        Set<Long> withEvidence = new HashSet<>(em.createQuery("SELECT f.ownerId FROM EvidenceFile f"
                + " WHERE f.period = :period AND f.ownerKind = :kind AND f.withdrawnAt IS NULL", Long.class).setParameter("period", period)
                .setParameter("kind", EvidenceFile.OwnerKind.ADJUSTMENT).getResultList());
        // VIL-24: a linked rectification notice decides "rectified" (closed) or "not rectified" (overdue, doubled)
        Map<Long, Boolean> rectified = rectification.rectifiedByAdjustment(period);
        List<Snapshot> snapshots = new ArrayList<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        for (PeriodUnit u : units) {
            if (scopeUnitCode != null && !scopeUnitCode.equals(u.getUnitCode())) {
                continue;
            }
            String json = CanonicalJson.canonical(UnitInputs.unit(u.getUnitCode(), u.getCategory(), period.getYear(),
                    entries.getOrDefault(u.getUnitCode(), List.of()),
                    adjustments.getOrDefault(u.getUnitCode(), List.of()), withEvidence, rectified,
                    vetoes.getOrDefault(u.getUnitCode(), List.of())));
            String sha = CanonicalJson.sha256(json);
            snapshots.add(new Snapshot(u.getUnitCode(), u.getCategory(), json, sha));
            hashes.put(u.getUnitCode(), sha);
        }
        SchemeVersion scheme = period.getScheme();
        return new Inputs(snapshots, RunHash.of(scheme.getContentSha256(), scheme.getPopulationRules(), hashes));
    }

    /**
     * Finds the run of these exact inputs or creates it. Same inputs, same run: a completed or running one is
     * returned as it is (nothing duplicated), a failed one is restarted where it stopped.
     */
    public Prepared prepare(AssessmentPeriod period, String scopeUnitCode, String caller) {
        Inputs inputs = inputs(period, scopeUnitCode);
        for (ScoringRun same : em.createNamedQuery(ScoringRun.SAME_INPUTS, ScoringRun.class)
                .setParameter("period", period).setParameter("hash", inputs.runHash()).getResultList()) {
            if (java.util.Objects.equals(same.getScopeUnitCode(), scopeUnitCode)) {
                boolean restart = same.getStatus() == ScoringRun.Status.FAILED;
                if (restart) {
                    same.restarting();
                }
                return new Prepared(same.getId(), restart && same.getJobExecutionId() == null,
                        restart ? same.getJobExecutionId() : null);
            }
        }
        ScoringRun run = new ScoringRun(period, scopeUnitCode, period.getScheme(), inputs.runHash(),
                inputs.units().size(), caller, now());
        em.persist(run);
        for (Snapshot s : inputs.units()) {
            em.persist(new RunUnit(run, s.unitCode(), s.category(), s.inputJson(), s.sha256()));
        }
        em.flush();
        return new Prepared(run.getId(), true, null);
    }

    public void launched(long runId, long executionId) {
        em.find(ScoringRun.class, runId).launched(executionId);
    }

    public List<Long> unscored(long runId) {
        return em.createNamedQuery(RunUnit.UNSCORED, Long.class).setParameter("run", runId).getResultList();
    }

    /** Scores one unit of a run (no storing). */
    public UnitScorer.Scored score(long runUnitId) {
        RunUnit unit = em.find(RunUnit.class, runUnitId);
        return UnitScorer.score(runUnitId, compiled(unit.getRun().getScheme()).engine(), unit.getInputJson());
    }

    /** Stores scored units (skipping any already stored: a restarted chunk never duplicates) and the progress. */
    public void store(List<UnitScorer.Scored> scored) {
        Long runId = null;
        for (UnitScorer.Scored s : scored) {
            RunUnit unit = em.find(RunUnit.class, s.runUnitId());
            runId = unit.getRun().getId();
            if (unit.getResultStatus() == null) {
                unit.scored(s.status(), s.finalScore(), s.grade(), s.honoursEligible(), s.explanationJson(), now());
            }
        }
        if (runId != null) {
            em.flush();
            long done = em.createNamedQuery(RunUnit.SCORED_COUNT, Long.class).setParameter("run", runId)
                    .getSingleResult();
            em.find(ScoringRun.class, runId).progress((int) done);
        }
    }

    /** Ranks every tier of a run with its population rules and completes it. */
    public void rankAndComplete(long runId) {
        ScoringRun run = em.find(ScoringRun.class, runId);
        List<RunUnit> units = em.createNamedQuery(RunUnit.OF_RUN, RunUnit.class).setParameter("run", run)
                .getResultList();
        if (run.getScopeUnitCode() == null) {
            SchemeFiles.Compiled compiled = compiled(run.getScheme());
            List<TierRanking.Scored> scored = units.stream().filter(u -> u.getResultStatus() != null)
                    .map(u -> new TierRanking.Scored(u.getUnitCode(), u.getCategory(), u.getResultStatus(),
                            u.getFinalScore(), Boolean.TRUE.equals(u.getHonoursEligible()), u.getGrade(),
                            u.getExplanationJson()))
                    .toList();
            Map<String, TierRanking.Placement> placements = TierRanking.rank(compiled.scheme(), compiled.tierRules(),
                    scored);
            for (RunUnit u : units) {
                TierRanking.Placement p = placements.get(u.getUnitCode());
                if (p != null) {
                    u.placed(p.rank(), p.quotaStatus(), p.award(), p.standing());
                }
            }
        }
        run.completed(now());
    }

    public void fail(long runId, String message) {
        ScoringRun run = em.find(ScoringRun.class, runId);
        if (run != null && run.getStatus() != ScoringRun.Status.COMPLETED) {
            run.failed(message, now());
        }
    }

    public static SchemeFiles.Compiled compiled(SchemeVersion v) {
        return SchemeFiles.compiled(v.getContentSha256(), v.getContent(), v.getPopulationRules());
    }

    private static <T> Map<String, List<T>> group(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        for (T item : items) {
            out.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return out;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
