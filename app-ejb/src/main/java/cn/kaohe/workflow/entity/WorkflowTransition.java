package cn.kaohe.workflow.entity;

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

/** One step in a unit's history: who moved it, when, from where to where, and why. Never changed. */
@Entity
@Table(name = "workflow_transition")
@NamedQuery(name = WorkflowTransition.OF_WORKFLOW,
        query = "SELECT t FROM WorkflowTransition t WHERE t.workflow = :workflow ORDER BY t.id")
public class WorkflowTransition {

    public static final String OF_WORKFLOW = "WorkflowTransition.ofWorkflow";
    public static final int REASON_MAX = 2000;

    @Id
    @SequenceGenerator(name = "workflow_transition_seq", sequenceName = "workflow_transition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workflow_transition_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workflow_id", nullable = false)
    private UnitWorkflow workflow;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 24)
    private WorkflowAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, length = 16)
    private WorkflowState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 16)
    private WorkflowState to;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "reason", length = REASON_MAX)
    private String reason;

    protected WorkflowTransition() {
    }

    public WorkflowTransition(UnitWorkflow workflow, WorkflowAction action, WorkflowState from, WorkflowState to,
            String actor, LocalDateTime at, String reason) {
        this.workflow = workflow;
        this.action = action;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.changedAt = at;
        this.reason = reason;
    }

    public Long getId() { return id; }
    public UnitWorkflow getWorkflow() { return workflow; }
    public WorkflowAction getAction() { return action; }
    public WorkflowState getFrom() { return from; }
    public WorkflowState getTo() { return to; }
    public String getActor() { return actor; }
    public LocalDateTime getChangedAt() { return changedAt; }
    public String getReason() { return reason; }
}
