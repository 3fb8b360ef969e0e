package cn.kaohe.rectification.entity;

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
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A rectification notice (整改通知单) issued to a unit: the problem, an optional link to the deduction record it
 * concerns (VIL-24), the deadline in working days (HOS-18), the unit's latest response, the office's verification
 * and the closure date (销号, SDO-01).
 *
 * <p>Lifecycle: {@code ISSUED → RESPONDED → CLOSED}, or {@code RESPONDED → REJECTED → RESPONDED …} (SDO-02).
 */
@Entity
@Table(name = "rectification_notice")
@NamedQuery(name = RectificationNotice.ALL,
        query = "SELECT n FROM RectificationNotice n ORDER BY n.deadline, n.id")
@NamedQuery(name = RectificationNotice.OF_PERIOD,
        query = "SELECT n FROM RectificationNotice n WHERE n.period = :period ORDER BY n.deadline, n.id")
@NamedQuery(name = RectificationNotice.LINKED,
        query = "SELECT n FROM RectificationNotice n WHERE n.period = :period AND n.adjustmentId IS NOT NULL"
                + " ORDER BY n.id")
public class RectificationNotice {

    public static final String ALL = "RectificationNotice.all";
    public static final String OF_PERIOD = "RectificationNotice.ofPeriod";
    public static final String LINKED = "RectificationNotice.linked";

    /** Where the notice is in its lifecycle. */
    public enum Status { ISSUED, RESPONDED, REJECTED, CLOSED }

    @Id
    @SequenceGenerator(name = "rectification_notice_seq", sequenceName = "rectification_notice_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_notice_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private AssessmentPeriod period;

    @Column(name = "unit_code", nullable = false, length = 32)
    private String unitCode;

    @Column(name = "adjustment_id")
    private Long adjustmentId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "problem", nullable = false, length = 2000)
    private String problem;

    @Column(name = "responsible_leader", length = 100)
    private String responsibleLeader;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "response_text", length = 4000)
    private String responseText;

    @Column(name = "responded_by", length = 100)
    private String respondedBy;

    @Column(name = "responded_at")
    private LocalDateTime respondedAt;

    @Column(name = "response_count", nullable = false)
    private int responseCount;

    @Column(name = "verification_note", length = 1000)
    private String verificationNote;

    @Column(name = "verified_by", length = 100)
    private String verifiedBy;

    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RectificationNotice() {
    }

    public RectificationNotice(AssessmentPeriod period, String unitCode, Long adjustmentId, String title,
            String problem, String responsibleLeader, LocalDate issueDate, int workingDays, LocalDate deadline,
            String issuedBy, LocalDateTime issuedAt) {
        this.period = period;
        this.unitCode = unitCode;
        this.adjustmentId = adjustmentId;
        this.title = title;
        this.problem = problem;
        this.responsibleLeader = responsibleLeader;
        this.issueDate = issueDate;
        this.workingDays = workingDays;
        this.deadline = deadline;
        this.status = Status.ISSUED;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    /** The unit answers (again): the latest response replaces the earlier text; evidence files accumulate. */
    public void respond(String text, String by, LocalDateTime at) {
        if (status != Status.ISSUED && status != Status.REJECTED) {
            throw new IllegalStateException("notice " + id + " is " + status);
        }
        this.responseText = text;
        this.respondedBy = by;
        this.respondedAt = at;
        this.responseCount++;
        this.status = Status.RESPONDED;
    }

    /** The office accepts the response: closed (销号) on {@code today}. */
    public void close(String note, String by, LocalDateTime at, LocalDate today) {
        verified(note, by, at);
        this.status = Status.CLOSED;
        this.closedOn = today;
    }

    /** The office rejects the response: back to the unit with the reason (SDO-02). */
    public void reject(String reason, String by, LocalDateTime at) {
        verified(reason, by, at);
        this.status = Status.REJECTED;
    }

    private void verified(String note, String by, LocalDateTime at) {
        if (status != Status.RESPONDED) {
            throw new IllegalStateException("notice " + id + " is " + status);
        }
        this.verificationNote = note;
        this.verifiedBy = by;
        this.verifiedAt = at;
    }

    public Long getId() { return id; }
    public AssessmentPeriod getPeriod() { return period; }
    public String getUnitCode() { return unitCode; }
    public Long getAdjustmentId() { return adjustmentId; }
    public String getTitle() { return title; }
    public String getProblem() { return problem; }
    public String getResponsibleLeader() { return responsibleLeader; }
    public LocalDate getIssueDate() { return issueDate; }
    public int getWorkingDays() { return workingDays; }
    public LocalDate getDeadline() { return deadline; }
    public Status getStatus() { return status; }
    public String getResponseText() { return responseText; }
    public String getRespondedBy() { return respondedBy; }
    public LocalDateTime getRespondedAt() { return respondedAt; }
    public int getResponseCount() { return responseCount; }
    public String getVerificationNote() { return verificationNote; }
    public String getVerifiedBy() { return verifiedBy; }
    public LocalDateTime getVerifiedAt() { return verifiedAt; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getIssuedBy() { return issuedBy; }
    public LocalDateTime getIssuedAt() { return issuedAt; }
    public long getVersion() { return version; }
}
