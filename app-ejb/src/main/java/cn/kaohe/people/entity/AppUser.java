package cn.kaohe.people.entity;

import cn.kaohe.organisation.entity.OrgUnit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import java.util.HashSet;

/**
 * A person who signs in: login name, display name, PBKDF2 password hash (never the password), roles, the units
 * the user may act for, and the lockout state (failed attempts in a row, locked until).
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.ALL, query = "SELECT u FROM AppUser u ORDER BY u.login")
@NamedQuery(name = AppUser.BY_LOGIN, query = "SELECT u FROM AppUser u WHERE u.login = :login")
@NamedQuery(name = AppUser.COUNT, query = "SELECT COUNT(u) FROM AppUser u")
public class AppUser {

    public static final String ALL = "AppUser.all";
    public static final String BY_LOGIN = "AppUser.byLogin";
    public static final String COUNT = "AppUser.count";

    public static final int LOGIN_MAX = 64;
    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(name = "login", nullable = false, length = LOGIN_MAX, unique = true)
    private String login;

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 32)
    private Set<String> roles = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "app_user_unit", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<OrgUnit> units = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected AppUser() {
        // for JPA
    }

    public AppUser(String login, String displayName, String passwordHash) {
        this.login = login;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Whether sign-in is refused at {@code now} (UTC) because of too many failures. */
    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; locks the user until {@code now + lockFor} at the {@code limit}-th in a row. */
    public boolean recordFailure(LocalDateTime now, int limit, java.time.Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= limit) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    /** The roles, sorted. */
    public Set<String> getRoles() {
        return new TreeSet<>(roles);
    }

    public void setRoles(Set<String> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public Set<OrgUnit> getUnits() {
        return Set.copyOf(units);
    }

    public void setUnits(Set<OrgUnit> newUnits) {
        units.clear();
        units.addAll(newUnits);
    }

    public long getVersion() {
        return version;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
