package cn.kaohe.period.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A sub-period the scheme splits on (mid-year, year-end, a quarter, a month), with its reporting deadline. */
@Entity
@Table(name = "sub_period")
public class SubPeriod {

    /** What kind of sub-period a scheme's split label names. */
    public enum Kind { MID_YEAR, YEAR_END, HALF_YEAR, QUARTER, MONTH, OTHER }

    @Id
    @SequenceGenerator(name = "sub_period_seq", sequenceName = "sub_period_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sub_period_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private AssessmentPeriod period;

    @Column(name = "code", nullable = false, length = 32)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "deadline")
    private LocalDate deadline;

    protected SubPeriod() {
    }

    public SubPeriod(AssessmentPeriod period, String code, Kind kind, LocalDate deadline) {
        this.period = period;
        this.code = code;
        this.kind = kind;
        this.deadline = deadline;
    }

    public Long getId() { return id; }
    public AssessmentPeriod getPeriod() { return period; }
    public String getCode() { return code; }
    public Kind getKind() { return kind; }
    public LocalDate getDeadline() { return deadline; }

    /** Sets or clears ({@code null}) the reporting deadline. */
    public void setDeadline(LocalDate newDeadline) { this.deadline = newDeadline; }
}
