package cn.kaohe.workflow.entity;

import cn.kaohe.period.entity.AssessmentPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** Workflow settings of a period: publicity length in working days, reminder window in days, last publicity. */
@Entity
@Table(name = "workflow_period")
@NamedQuery(name = WorkflowPeriod.OF_PERIOD, query = "SELECT w FROM WorkflowPeriod w WHERE w.period = :period")
public class WorkflowPeriod {

    public static final String OF_PERIOD = "WorkflowPeriod.ofPeriod";
    /** Publicity length when a period sets none: 5 working days (the seed names none; an assumption). */
    public static final int DEFAULT_PUBLICITY_DAYS = 5;
    /** Reminders go out this many days before a deadline when a period sets none. */
    public static final int DEFAULT_REMINDER_DAYS = 3;

    @Id
    @SequenceGenerator(name = "workflow_period_seq", sequenceName = "workflow_period_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workflow_period_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private AssessmentPeriod period;

    @Column(name = "publicity_days", nullable = false)
    private int publicityDays = DEFAULT_PUBLICITY_DAYS;

    @Column(name = "reminder_days", nullable = false)
    private int reminderDays = DEFAULT_REMINDER_DAYS;

    @Column(name = "publicity_started_at")
    private LocalDateTime publicityStartedAt;

    @Column(name = "publicity_ends_at")
    private LocalDateTime publicityEndsAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected WorkflowPeriod() {
    }

    public WorkflowPeriod(AssessmentPeriod period) {
        this.period = period;
    }

    public void configure(int publicityDays, int reminderDays) {
        this.publicityDays = publicityDays;
        this.reminderDays = reminderDays;
    }

    public void publicity(LocalDateTime startedAt, LocalDateTime endsAt) {
        this.publicityStartedAt = startedAt;
        this.publicityEndsAt = endsAt;
    }

    public Long getId() { return id; }
    public AssessmentPeriod getPeriod() { return period; }
    public int getPublicityDays() { return publicityDays; }
    public int getReminderDays() { return reminderDays; }
    public LocalDateTime getPublicityStartedAt() { return publicityStartedAt; }
    public LocalDateTime getPublicityEndsAt() { return publicityEndsAt; }
    public long getVersion() { return version; }
}
