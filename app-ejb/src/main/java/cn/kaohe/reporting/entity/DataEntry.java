package cn.kaohe.reporting.entity;

import cn.kaohe.period.entity.AssessmentPeriod;
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

/**
 * One scoring-core input of a unit in a period: the value at an indicator path ({@code indicator[mid]/items})
 * as scoring-core's unit-data JSON (a score, target/actual, votes, items or sheets). The split label in the path
 * names the sub-period. {@code @Version} makes concurrent edits conflict instead of overwriting.
 */
@Entity
@Table(name = "data_entry")
@NamedQuery(name = DataEntry.OF_PERIOD,
        query = "SELECT e FROM DataEntry e WHERE e.period = :period ORDER BY e.unitCode, e.indicatorPath")
@NamedQuery(name = DataEntry.OF_UNIT,
        query = "SELECT e FROM DataEntry e WHERE e.period = :period AND e.unitCode = :unit ORDER BY e.indicatorPath")
@NamedQuery(name = DataEntry.ONE,
        query = "SELECT e FROM DataEntry e WHERE e.period = :period AND e.unitCode = :unit AND e.indicatorPath = :path")
public class DataEntry {

    public static final String OF_PERIOD = "DataEntry.ofPeriod";
    public static final String OF_UNIT = "DataEntry.ofUnit";
    public static final String ONE = "DataEntry.one";
    public static final int VALUE_MAX = 200_000;
    public static final int PATH_MAX = 300;

    @Id
    @SequenceGenerator(name = "data_entry_seq", sequenceName = "data_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private AssessmentPeriod period;

    @Column(name = "unit_code", nullable = false, length = 32)
    private String unitCode;

    @Column(name = "indicator_path", nullable = false, length = PATH_MAX)
    private String indicatorPath;

    @Column(name = "sub_period", length = 32)
    private String subPeriod;

    @Column(name = "value_json", nullable = false, length = VALUE_MAX)
    private String valueJson;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private LocalDateTime enteredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DataEntry() {
    }

    public DataEntry(AssessmentPeriod period, String unitCode, String indicatorPath, String subPeriod) {
        this.period = period;
        this.unitCode = unitCode;
        this.indicatorPath = indicatorPath;
        this.subPeriod = subPeriod;
    }

    public void record(String valueJson, String enteredBy, LocalDateTime enteredAt) {
        this.valueJson = valueJson;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public Long getId() { return id; }
    public AssessmentPeriod getPeriod() { return period; }
    public String getUnitCode() { return unitCode; }
    public String getIndicatorPath() { return indicatorPath; }
    public String getSubPeriod() { return subPeriod; }
    public String getValueJson() { return valueJson; }
    public String getEnteredBy() { return enteredBy; }
    public LocalDateTime getEnteredAt() { return enteredAt; }
    public long getVersion() { return version; }
}
