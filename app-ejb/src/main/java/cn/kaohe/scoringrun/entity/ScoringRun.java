package cn.kaohe.scoringrun.entity;

import cn.kaohe.period.entity.AssessmentPeriod;
import cn.kaohe.scheme.entity.SchemeVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A scoring run of a period (or of one unit): the scheme version used, the SHA-256 of all canonicalised inputs
 * and the progress of the batch job. Same period, scope and hash means the same run (idempotent).
 */
@Entity
@Table(name = "scoring_run")
@NamedQuery(name = ScoringRun.SAME_INPUTS,
        query = "SELECT r FROM ScoringRun r WHERE r.period = :period AND r.inputSha256 = :hash ORDER BY r.id")
@NamedQuery(name = ScoringRun.OF_PERIOD, query = "SELECT r FROM ScoringRun r WHERE r.period = :period ORDER BY r.id DESC")
public class ScoringRun {

    public static final String SAME_INPUTS = "ScoringRun.sameInputs";
    public static final String OF_PERIOD = "ScoringRun.ofPeriod";

    /** Where a run stands. */
    public enum Status { STARTED, COMPLETED, FAILED }

    @Id
    @SequenceGenerator(name = "scoring_run_seq", sequenceName = "scoring_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scoring_run_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private AssessmentPeriod period;

    @Column(name = "scope_unit_code", length = 32)
    private String scopeUnitCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_version_id", nullable = false)
    private SchemeVersion scheme;

    @Column(name = "input_sha256", nullable = false, length = 64)
    private String inputSha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "units_total", nullable = false)
    private int unitsTotal;

    @Column(name = "units_done", nullable = false)
    private int unitsDone;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "message", length = 2000)
    private String message;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    /**
     * Not an optimistic lock: the service (execution id) and the batch job (progress, completion) write different
     * columns of the same run concurrently, and EclipseLink writes only the changed columns. Runs are never edited
     * by users.
     */
    @Column(name = "version", nullable = false)
    private long version;

    protected ScoringRun() {
    }

    public ScoringRun(AssessmentPeriod period, String scopeUnitCode, SchemeVersion scheme, String inputSha256,
            int unitsTotal, String startedBy, LocalDateTime startedAt) {
        this.period = period;
        this.scopeUnitCode = scopeUnitCode;
        this.scheme = scheme;
        this.inputSha256 = inputSha256;
        this.unitsTotal = unitsTotal;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.status = Status.STARTED;
    }

    /** Records the batch job's execution; nothing else, since the job may already be writing progress. */
    public void launched(Long jobExecutionId) {
        this.jobExecutionId = jobExecutionId;
    }

    /** A failed run about to be restarted on the same inputs. */
    public void restarting() {
        this.status = Status.STARTED;
        this.message = null;
        this.finishedAt = null;
    }

    public void progress(int unitsDone) {
        this.unitsDone = unitsDone;
    }

    public void completed(LocalDateTime at) {
        this.status = Status.COMPLETED;
        this.unitsDone = unitsTotal;
        this.finishedAt = at;
    }

    public void failed(String message, LocalDateTime at) {
        this.status = Status.FAILED;
        this.message = message == null ? null : message.substring(0, Math.min(message.length(), 2000));
        this.finishedAt = at;
    }

    public Long getId() { return id; }
    public AssessmentPeriod getPeriod() { return period; }
    public String getScopeUnitCode() { return scopeUnitCode; }
    public SchemeVersion getScheme() { return scheme; }
    public String getInputSha256() { return inputSha256; }
    public Status getStatus() { return status; }
    public int getUnitsTotal() { return unitsTotal; }
    public int getUnitsDone() { return unitsDone; }
    public Long getJobExecutionId() { return jobExecutionId; }
    public String getMessage() { return message; }
    public String getStartedBy() { return startedBy; }
    public LocalDateTime getStartedAt() { return startedAt; }
    public LocalDateTime getFinishedAt() { return finishedAt; }
}
