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

/** An indicator of a category assigned to a lead department (数据采集单位) that supplies or scores it. */
@Entity
@Table(name = "indicator_assignment")
@NamedQuery(name = IndicatorAssignment.OF_PERIOD,
        query = "SELECT a FROM IndicatorAssignment a WHERE a.period = :period ORDER BY a.category, a.indicatorPath")
public class IndicatorAssignment {

    public static final String OF_PERIOD = "IndicatorAssignment.ofPeriod";

    @Id
    @SequenceGenerator(name = "indicator_assignment_seq", sequenceName = "indicator_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_assignment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private AssessmentPeriod period;

    @Column(name = "category", nullable = false, length = 64)
    private String category;

    @Column(name = "indicator_path", nullable = false, length = 300)
    private String indicatorPath;

    @Column(name = "lead_unit_code", nullable = false, length = 32)
    private String leadUnitCode;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected IndicatorAssignment() {
    }

    public IndicatorAssignment(AssessmentPeriod period, String category, String indicatorPath, String leadUnitCode) {
        this.period = period;
        this.category = category;
        this.indicatorPath = indicatorPath;
        this.leadUnitCode = leadUnitCode;
    }

    public Long getId() { return id; }
    public AssessmentPeriod getPeriod() { return period; }
    public String getCategory() { return category; }
    public String getIndicatorPath() { return indicatorPath; }
    public String getLeadUnitCode() { return leadUnitCode; }
}
