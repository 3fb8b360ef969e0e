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
import java.time.LocalDateTime;

/**
 * An evidence file (佐证材料) attached to an entry, an adjustment record or a veto. The bytes live under the data
 * directory ({@code storagePath} is relative to it); the content type is sniffed, never taken from the client.
 */
@Entity
@Table(name = "evidence_file")
@NamedQuery(name = EvidenceFile.OF_OWNER,
        query = "SELECT f FROM EvidenceFile f WHERE f.ownerKind = :kind AND f.ownerId = :owner ORDER BY f.id")
@NamedQuery(name = EvidenceFile.CURRENT_OF_OWNER, query = "SELECT f FROM EvidenceFile f WHERE f.ownerKind = :kind"
        + " AND f.ownerId = :owner AND f.withdrawnAt IS NULL ORDER BY f.id")
public class EvidenceFile {

    public static final String OF_OWNER = "EvidenceFile.ofOwner";
    /** The files of an owner that are not withdrawn: the ones that count as evidence. */
    public static final String CURRENT_OF_OWNER = "EvidenceFile.currentOfOwner";

    /** What the file is evidence for. */
    public enum OwnerKind { ENTRY, ADJUSTMENT, VETO }

    @Id
    @SequenceGenerator(name = "evidence_file_seq", sequenceName = "evidence_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_file_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private AssessmentPeriod period;

    @Column(name = "unit_code", nullable = false, length = 32)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, length = 16)
    private OwnerKind ownerKind;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_path", nullable = false, length = 500)
    private String storagePath;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Column(name = "withdraw_reason", length = 500)
    private String withdrawReason;

    @Column(name = "replaces_id")
    private Long replacesId;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected EvidenceFile() {
    }

    public EvidenceFile(AssessmentPeriod period, String unitCode, OwnerKind ownerKind, long ownerId, String fileName,
            String contentType, long sizeBytes, String sha256, String storagePath, String uploadedBy,
            LocalDateTime uploadedAt) {
        this.period = period;
        this.unitCode = unitCode;
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storagePath = storagePath;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public AssessmentPeriod getPeriod() { return period; }
    public String getUnitCode() { return unitCode; }
    public OwnerKind getOwnerKind() { return ownerKind; }
    public long getOwnerId() { return ownerId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStoragePath() { return storagePath; }
    public String getUploadedBy() { return uploadedBy; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
    public LocalDateTime getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawnBy() { return withdrawnBy; }
    public String getWithdrawReason() { return withdrawReason; }
    public Long getReplacesId() { return replacesId; }
    public long getVersion() { return version; }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Takes the file out of the evidence; the record and the bytes stay. */
    public void withdraw(String by, LocalDateTime at, String reason) {
        if (withdrawnAt != null) {
            throw new IllegalStateException("evidence file " + id + " is already withdrawn");
        }
        this.withdrawnBy = by;
        this.withdrawnAt = at;
        this.withdrawReason = reason;
    }

    public void replaces(long earlier) {
        this.replacesId = earlier;
    }
}
