package cn.kaohe.reporting.entity;

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
 * A bonus claim (加分申报: award level, document date, evidence) or a deduction record (通报批评, 明察暗访 finding)
 * against one of the scheme's adjustment tables; scoring-core receives it as a claim.
 */
@Entity
@Table(name = "adjustment_record")
@NamedQuery(name = AdjustmentRecord.OF_UNIT,
        query = "SELECT a FROM AdjustmentRecord a WHERE a.period = :period AND a.unitCode = :unit ORDER BY a.id")
@NamedQuery(name = AdjustmentRecord.OF_PERIOD,
        query = "SELECT a FROM AdjustmentRecord a WHERE a.period = :period ORDER BY a.unitCode, a.id")
public class AdjustmentRecord {

    public static final String OF_UNIT = "AdjustmentRecord.ofUnit";
    public static final String OF_PERIOD = "AdjustmentRecord.ofPeriod";

    /** Bonus or deduction, from the sign of the scheme's table. */
    public enum Kind { BONUS, DEDUCTION }

    @Id
    @SequenceGenerator(name = "adjustment_record_seq", sequenceName = "adjustment_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adjustment_record_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private AssessmentPeriod period;

    @Column(name = "unit_code", nullable = false, length = 32)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "table_id", nullable = false, length = 64)
    private String tableId;

    @Column(name = "row_key", length = 100)
    private String rowKey;

    @Column(name = "work_item", length = 200)
    private String workItem;

    @Column(name = "entered_value", length = 40)
    private String enteredValue;

    @Column(name = "item_count")
    private Integer itemCount;

    @Column(name = "document_date")
    private LocalDate documentDate;

    @Column(name = "rectified")
    private Boolean rectified;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private LocalDateTime enteredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AdjustmentRecord() {
    }

    public AdjustmentRecord(AssessmentPeriod period, String unitCode, Kind kind, String tableId, String rowKey,
            String workItem, String enteredValue, Integer itemCount, LocalDate documentDate, Boolean rectified,
            String reason, String enteredBy, LocalDateTime enteredAt) {
        this.period = period;
        this.unitCode = unitCode;
        this.kind = kind;
        this.tableId = tableId;
        this.rowKey = rowKey;
        this.workItem = workItem;
        this.enteredValue = enteredValue;
        this.itemCount = itemCount;
        this.documentDate = documentDate;
        this.rectified = rectified;
        this.reason = reason;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public Long getId() { return id; }
    public AssessmentPeriod getPeriod() { return period; }
    public String getUnitCode() { return unitCode; }
    public Kind getKind() { return kind; }
    public String getTableId() { return tableId; }
    public String getRowKey() { return rowKey; }
    public String getWorkItem() { return workItem; }
    public String getEnteredValue() { return enteredValue; }
    public Integer getItemCount() { return itemCount; }
    public LocalDate getDocumentDate() { return documentDate; }
    public Boolean getRectified() { return rectified; }
    public String getReason() { return reason; }
    public String getEnteredBy() { return enteredBy; }
    public LocalDateTime getEnteredAt() { return enteredAt; }
    public long getVersion() { return version; }
}
