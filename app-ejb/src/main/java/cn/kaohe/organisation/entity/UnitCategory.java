package cn.kaohe.organisation.entity;

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
import java.time.ZoneOffset;

/**
 * A unit category or tier (类别/档次) as data, e.g. {@code ZD-TOWN} 乡镇政府: schemes rank and apply quotas per
 * category (ZD-01, TS-01, TB-13). Codes are unique (Flyway {@code V2_1}).
 */
@Entity
@Table(name = "unit_category")
@NamedQuery(name = UnitCategory.ALL, query = "SELECT c FROM UnitCategory c ORDER BY c.code")
@NamedQuery(name = UnitCategory.BY_CODE, query = "SELECT c FROM UnitCategory c WHERE c.code = :code")
public class UnitCategory {

    public static final String ALL = "UnitCategory.all";
    public static final String BY_CODE = "UnitCategory.byCode";

    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "unit_category_seq", sequenceName = "unit_category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_category_seq")
    private Long id;

    @Column(name = "code", nullable = false, length = CODE_MAX, unique = true)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected UnitCategory() {
        // for JPA
    }

    public UnitCategory(String code, String name) {
        this.code = code;
        this.name = name;
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

    public void rename(String newName) {
        this.name = newName;
    }

    public long getVersion() {
        return version;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
