package cn.kaohe.scheme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * One version of a scheme file (考核方案) in scoring-core's JSON format, with its metadata. Frozen once a period
 * uses it (目标一律不作调整): a frozen version is never edited again, a new version is uploaded instead.
 */
@Entity
@Table(name = "scheme_version")
@NamedQuery(name = SchemeVersion.ALL, query = "SELECT s FROM SchemeVersion s ORDER BY s.schemeKey, s.versionNo")
@NamedQuery(name = SchemeVersion.BY_KEY, query = "SELECT s FROM SchemeVersion s WHERE s.schemeKey = :key ORDER BY s.versionNo")
@NamedQuery(name = SchemeVersion.ONE, query = "SELECT s FROM SchemeVersion s WHERE s.schemeKey = :key AND s.versionNo = :no")
public class SchemeVersion {

    public static final String ALL = "SchemeVersion.all";
    public static final String BY_KEY = "SchemeVersion.byKey";
    public static final String ONE = "SchemeVersion.one";
    public static final int KEY_MAX = 64;
    public static final int NAME_MAX = 200;
    public static final int CONTENT_MAX = 1_000_000;
    public static final int RULES_MAX = 200_000;

    @Id
    @SequenceGenerator(name = "scheme_version_seq", sequenceName = "scheme_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheme_version_seq")
    private Long id;

    @Column(name = "scheme_key", nullable = false, length = KEY_MAX)
    private String schemeKey;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "assessment_year", nullable = false)
    private int year;

    @Column(name = "source_template", length = 32)
    private String sourceTemplate;

    @Column(name = "scheme_id", nullable = false, length = 64)
    private String schemeId;

    @Column(name = "content", nullable = false, length = CONTENT_MAX)
    private String content;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Column(name = "population_rules", length = RULES_MAX)
    private String populationRules;

    @Column(name = "frozen", nullable = false)
    private boolean frozen;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SchemeVersion() {
    }

    public SchemeVersion(String schemeKey, int versionNo, String name, int year, String sourceTemplate) {
        this.schemeKey = schemeKey;
        this.versionNo = versionNo;
        this.name = name;
        this.year = year;
        this.sourceTemplate = sourceTemplate;
    }

    /** Replaces the file (only while not frozen; the service checks). */
    public void replaceContent(String schemeId, String content, String contentSha256, String populationRules,
            String uploadedBy, LocalDateTime uploadedAt) {
        this.schemeId = schemeId;
        this.content = content;
        this.contentSha256 = contentSha256;
        this.populationRules = populationRules;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public void rename(String name, int year) {
        this.name = name;
        this.year = year;
    }

    public void freeze() {
        this.frozen = true;
    }

    public Long getId() { return id; }
    public String getSchemeKey() { return schemeKey; }
    public int getVersionNo() { return versionNo; }
    public String getName() { return name; }
    public int getYear() { return year; }
    public String getSourceTemplate() { return sourceTemplate; }
    public String getSchemeId() { return schemeId; }
    public String getContent() { return content; }
    public String getContentSha256() { return contentSha256; }
    public String getPopulationRules() { return populationRules; }
    public boolean isFrozen() { return frozen; }
    public String getUploadedBy() { return uploadedBy; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
    public long getVersion() { return version; }
}
