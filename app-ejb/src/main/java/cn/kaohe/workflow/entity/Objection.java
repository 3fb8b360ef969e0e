package cn.kaohe.workflow.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** An objection (异议) to a unit's result, filed during publicity and answered by the office (TS-10). */
@Entity
@Table(name = "workflow_objection")
@NamedQuery(name = Objection.OF_PERIOD, query = "SELECT o FROM Objection o WHERE o.workflow.period = :period"
        + " ORDER BY o.filedAt, o.id")
@NamedQuery(name = Objection.OPEN_OF_WORKFLOW,
        query = "SELECT COUNT(o) FROM Objection o WHERE o.workflow = :workflow AND o.answeredAt IS NULL")
public class Objection {

    public static final String OF_PERIOD = "Objection.ofPeriod";
    public static final String OPEN_OF_WORKFLOW = "Objection.openOfWorkflow";
    public static final int TEXT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "workflow_objection_seq", sequenceName = "workflow_objection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workflow_objection_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workflow_id", nullable = false)
    private UnitWorkflow workflow;

    @Column(name = "filed_by", nullable = false, length = 100)
    private String filedBy;

    @Column(name = "filed_at", nullable = false)
    private LocalDateTime filedAt;

    @Column(name = "objection_text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "answer", length = TEXT_MAX)
    private String answer;

    @Column(name = "upheld")
    private Boolean upheld;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Objection() {
    }

    public Objection(UnitWorkflow workflow, String filedBy, LocalDateTime filedAt, String text) {
        this.workflow = workflow;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.text = text;
    }

    public void answer(String answer, boolean upheld, String by, LocalDateTime at) {
        this.answer = answer;
        this.upheld = upheld;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public boolean isOpen() {
        return answeredAt == null;
    }

    public Long getId() { return id; }
    public UnitWorkflow getWorkflow() { return workflow; }
    public String getFiledBy() { return filedBy; }
    public LocalDateTime getFiledAt() { return filedAt; }
    public String getText() { return text; }
    public String getAnswer() { return answer; }
    public Boolean getUpheld() { return upheld; }
    public String getAnsweredBy() { return answeredBy; }
    public LocalDateTime getAnsweredAt() { return answeredAt; }
    public long getVersion() { return version; }
}
