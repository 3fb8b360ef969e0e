package cn.kaohe.organisation.entity;

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
import java.time.ZoneOffset;

/**
 * An assessed unit (被考核单位), a node of the organisation tree (county → townships/departments → 科室/村) through
 * its parent, in one {@link UnitCategory}. Codes are unique; the schema (Flyway {@code V1}) enforces it too.
 * {@code createdAt} is UTC (JPA 3.1 maps no {@code Instant}). Identifiers come from a sequence: {@code IDENTITY} is broken for EclipseLink on H2 2.x.
 */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = OrgUnit.ALL, query = "SELECT u FROM OrgUnit u LEFT JOIN FETCH u.parent JOIN FETCH u.category ORDER BY u.code")
@NamedQuery(name = OrgUnit.BY_CODE, query = "SELECT u FROM OrgUnit u WHERE u.code = :code")
public class OrgUnit {

    public static final String ALL = "OrgUnit.all";
    public static final String BY_CODE = "OrgUnit.byCode";

    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    private Long id;

    @Column(name = "code", nullable = false, length = CODE_MAX, unique = true)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private UnitCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected OrgUnit() {
        // for JPA
    }

    public OrgUnit(String code, String name, UnitCategory category, OrgUnit parent) {
        this.code = code;
        this.name = name;
        this.category = category;
        this.parent = parent;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitCategory getCategory() {
        return category;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public long getVersion() {
        return version;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** Changes name, category and parent; the code never changes (periods and users refer to it). */
    public void change(String newName, UnitCategory newCategory, OrgUnit newParent) {
        this.name = newName;
        this.category = newCategory;
        this.parent = newParent;
    }
}
