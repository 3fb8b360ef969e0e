package cn.kaohe.period.entity;

import cn.kaohe.scheme.entity.SchemeVersion;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** An assessment period (考核期) of one year, bound to one frozen scheme version, with its sub-periods. */
@Entity
@Table(name = "assessment_period")
@NamedQuery(name = AssessmentPeriod.ALL, query = "SELECT p FROM AssessmentPeriod p ORDER BY p.year DESC, p.code")
@NamedQuery(name = AssessmentPeriod.CHOICES, query = "SELECT NEW cn.kaohe.period.boundary.PeriodChoice(p.code, p.name, p.year)"
        + " FROM AssessmentPeriod p ORDER BY p.year DESC, p.code")
@NamedQuery(name = AssessmentPeriod.BY_CODE, query = "SELECT p FROM AssessmentPeriod p WHERE p.code = :code")
@NamedQuery(name = AssessmentPeriod.USING, query = "SELECT p FROM AssessmentPeriod p WHERE p.scheme = :scheme")
public class AssessmentPeriod {

    public static final String ALL = "AssessmentPeriod.all";
    public static final String CHOICES = "AssessmentPeriod.choices";
    public static final String BY_CODE = "AssessmentPeriod.byCode";
    public static final String USING = "AssessmentPeriod.using";

    @Id
    @SequenceGenerator(name = "assessment_period_seq", sequenceName = "assessment_period_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_period_seq")
    private Long id;

    @Column(name = "code", nullable = false, length = 64)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "assessment_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_version_id", nullable = false)
    private SchemeVersion scheme;

    @OneToMany(mappedBy = "period", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SubPeriod> subPeriods = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AssessmentPeriod() {
    }

    public AssessmentPeriod(String code, String name, int year, SchemeVersion scheme, String createdBy,
            LocalDateTime createdAt) {
        this.code = code;
        this.name = name;
        this.year = year;
        this.scheme = scheme;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void addSubPeriod(SubPeriod sub) {
        subPeriods.add(sub);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public int getYear() { return year; }
    public SchemeVersion getScheme() { return scheme; }
    public List<SubPeriod> getSubPeriods() { return subPeriods; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
