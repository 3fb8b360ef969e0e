package cn.kaohe.workflow.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A message in one user's inbox, e.g. a deadline reminder. One per recipient, kind, period, unit and subject (a
 * sub-period), so the hourly timer never repeats a reminder.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.OF_RECIPIENT,
        query = "SELECT n FROM Notification n WHERE n.recipient = :recipient ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notification.SAME, query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :recipient"
        + " AND n.kind = :kind AND n.periodCode = :period AND n.unitCode = :unit AND n.subject = :subject")
public class Notification {

    public static final String OF_RECIPIENT = "Notification.ofRecipient";
    public static final String SAME = "Notification.same";
    /** A deadline of a sub-period is near and the unit has not submitted. */
    public static final String DEADLINE = "DEADLINE";

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "recipient", nullable = false, length = 100)
    private String recipient;

    @Column(name = "kind", nullable = false, length = 32)
    private String kind;

    @Column(name = "period_code", nullable = false, length = 64)
    private String periodCode;

    @Column(name = "unit_code", nullable = false, length = 32)
    private String unitCode;

    @Column(name = "subject", nullable = false, length = 64)
    private String subject;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notification() {
    }

    public Notification(String recipient, String kind, String periodCode, String unitCode, String subject,
            LocalDate dueDate, LocalDateTime createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.periodCode = periodCode;
        this.unitCode = unitCode;
        this.subject = subject;
        this.dueDate = dueDate;
        this.createdAt = createdAt;
    }

    public void markRead(LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getKind() { return kind; }
    public String getPeriodCode() { return periodCode; }
    public String getUnitCode() { return unitCode; }
    public String getSubject() { return subject; }
    public LocalDate getDueDate() { return dueDate; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getReadAt() { return readAt; }
}
