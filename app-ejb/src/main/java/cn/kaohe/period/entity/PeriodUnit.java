package cn.kaohe.period.entity;

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

/** A unit assessed in a period, in one category (档/类) of the period's scheme. */
@Entity
@Table(name = "period_unit")
@NamedQuery(name = PeriodUnit.OF_PERIOD, query = "SELECT u FROM PeriodUnit u WHERE u.period = :period ORDER BY u.unitCode")
@NamedQuery(name = PeriodUnit.ONE, query = "SELECT u FROM PeriodUnit u WHERE u.period = :period AND u.unitCode = :unit")
public class PeriodUnit {

    public static final String OF_PERIOD = "PeriodUnit.ofPeriod";
    public static final String ONE = "PeriodUnit.one";

    @Id
    @SequenceGenerator(name = "period_unit_seq", sequenceName = "period_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "period_unit_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private AssessmentPeriod period;

    @Column(name = "unit_code", nullable = false, length = 32)
    private String unitCode;

    @Column(name = "category", nullable = false, length = 64)
    private String category;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PeriodUnit() {
    }

    public PeriodUnit(AssessmentPeriod period, String unitCode, String category) {
        this.period = period;
        this.unitCode = unitCode;
        this.category = category;
    }

    public Long getId() { return id; }
    public AssessmentPeriod getPeriod() { return period; }
    public String getUnitCode() { return unitCode; }
    public String getCategory() { return category; }
    public long getVersion() { return version; }
}
