package cn.kaohe.workflow.entity;

import cn.kaohe.period.entity.AssessmentPeriod;
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
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * The workflow state of one unit in one period. A unit without a row is in {@link WorkflowState#DRAFT}; the row is
 * made by its first transition. {@code @Version}: two transitions from the same version cannot both succeed.
 */
@Entity
@Table(name = "unit_workflow")
@NamedQuery(name = UnitWorkflow.ONE,
        query = "SELECT w FROM UnitWorkflow w WHERE w.period = :period AND w.unitCode = :unit")
@NamedQuery(name = UnitWorkflow.OF_PERIOD,
        query = "SELECT w FROM UnitWorkflow w WHERE w.period = :period ORDER BY w.unitCode")
@NamedQuery(name = UnitWorkflow.IN_STATE,
        query = "SELECT w FROM UnitWorkflow w WHERE w.state = :state ORDER BY w.id")
public class UnitWorkflow {

    public static final String ONE = "UnitWorkflow.one";
    public static final String OF_PERIOD = "UnitWorkflow.ofPeriod";
    public static final String IN_STATE = "UnitWorkflow.inState";

    @Id
    @SequenceGenerator(name = "unit_workflow_seq", sequenceName = "unit_workflow_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_workflow_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private AssessmentPeriod period;

    @Column(name = "unit_code", nullable = false, length = 32)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private WorkflowState state = WorkflowState.DRAFT;

    /** Who submitted the current self-assessment (nobody scores, reviews or approves their own submission). */
    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    /** End of publicity (UTC), while in or after {@link WorkflowState#PUBLICITY}. */
    @Column(name = "publicity_ends_at")
    private LocalDateTime publicityEndsAt;

    @Column(name = "changed_by", length = 100)
    private String changedBy;

    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UnitWorkflow() {
    }

    public UnitWorkflow(AssessmentPeriod period, String unitCode) {
        this.period = period;
        this.unitCode = unitCode;
    }

    /** Moves to {@code to}; the transition table has been checked by the caller. */
    public void move(WorkflowAction action, WorkflowState to, String actor, LocalDateTime at) {
        if (action == WorkflowAction.SUBMIT) {
            submittedBy = actor;
        }
        this.state = to;
        this.changedBy = actor;
        this.changedAt = at;
    }

    public void setPublicityEndsAt(LocalDateTime publicityEndsAt) {
        this.publicityEndsAt = publicityEndsAt;
    }

    public Long getId() { return id; }
    public AssessmentPeriod getPeriod() { return period; }
    public String getUnitCode() { return unitCode; }
    public WorkflowState getState() { return state; }
    public String getSubmittedBy() { return submittedBy; }
    public LocalDateTime getPublicityEndsAt() { return publicityEndsAt; }
    public String getChangedBy() { return changedBy; }
    public LocalDateTime getChangedAt() { return changedAt; }
    public long getVersion() { return version; }
}
