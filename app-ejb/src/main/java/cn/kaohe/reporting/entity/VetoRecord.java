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

/** A one-vote veto (一票否决) in one of the scheme's veto areas, with its reason. */
@Entity
@Table(name = "veto_record")
@NamedQuery(name = VetoRecord.OF_UNIT,
        query = "SELECT v FROM VetoRecord v WHERE v.period = :period AND v.unitCode = :unit ORDER BY v.id")
public class VetoRecord {

    public static final String OF_UNIT = "VetoRecord.ofUnit";

    @Id
    @SequenceGenerator(name = "veto_record_seq", sequenceName = "veto_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "veto_record_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private AssessmentPeriod period;

    @Column(name = "unit_code", nullable = false, length = 32)
    private String unitCode;

    @Column(name = "area", nullable = false, length = 64)
    private String area;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private LocalDateTime enteredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected VetoRecord() {
    }

    public VetoRecord(AssessmentPeriod period, String unitCode, String area, String reason, String enteredBy,
            LocalDateTime enteredAt) {
        this.period = period;
        this.unitCode = unitCode;
        this.area = area;
        this.reason = reason;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public Long getId() { return id; }
    public String getUnitCode() { return unitCode; }
    public String getArea() { return area; }
    public String getReason() { return reason; }
    public String getEnteredBy() { return enteredBy; }
    public LocalDateTime getEnteredAt() { return enteredAt; }
    public long getVersion() { return version; }
}
