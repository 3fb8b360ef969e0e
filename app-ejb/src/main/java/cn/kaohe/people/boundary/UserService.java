package cn.kaohe.people.boundary;

import cn.kaohe.audit.control.AuditJson;
import cn.kaohe.audit.control.AuditLog;
import cn.kaohe.organisation.entity.OrgUnit;
import cn.kaohe.people.control.Caller;
import cn.kaohe.people.control.PasswordHasher;
import cn.kaohe.people.entity.AppUser;
import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.platform.security.Roles;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Users, their roles and units: system administrators and the assessment office (except {@link #me()}, for all).
 * Data-level check: only a system administrator grants the system-administrator role or changes, resets or unlocks a
 * user who holds it, so the office manages the people of the assessment (reporters, assessors, leaders, auditors) but
 * cannot take over an administrator's account. Nobody disables their own account. Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE})
public class UserService {

    public static final int PASSWORD_MIN = 10;
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]*");

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @EJB
    private Caller caller;

    private final PasswordHasher hasher = PasswordHasher.standard();

    public List<UserSummary> list() {
        return em.createNamedQuery(AppUser.ALL, AppUser.class).getResultList().stream().map(UserSummary::of)
                .toList();
    }

    public Optional<UserSummary> find(String login) {
        return byLogin(login).map(UserSummary::of);
    }

    /** The signed-in user, for any role. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER, Roles.LEADER,
            Roles.AUDITOR})
    public Optional<UserSummary> me() {
        return byLogin(caller.login()).map(UserSummary::of);
    }

    public UserSummary create(NewUser request) {
        String login = trim(request.login());
        String name = trim(request.displayName());
        List<Violation> problems = new ArrayList<>();
        if (login == null) {
            problems.add(Violation.of("login", "field.required"));
        } else if (login.length() > AppUser.LOGIN_MAX) {
            problems.add(Violation.of("login", "field.tooLong", String.valueOf(AppUser.LOGIN_MAX),
                    String.valueOf(login.length())));
        } else if (!LOGIN.matcher(login).matches()) {
            problems.add(Violation.of("login", "user.login.pattern", login));
        } else if (byLogin(login).isPresent()) {
            problems.add(Violation.of("login", "user.login.duplicate", login));
        }
        name(problems, name);
        password(problems, request.password());
        Set<String> roles = roles(problems, request.roles());
        requireMayGrant(roles);
        Set<OrgUnit> units = units(problems, request.unitCodes());
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        AppUser user = new AppUser(login, name, hasher.hash(request.password().toCharArray()));
        user.setRoles(roles);
        user.setUnits(units);
        user.setEnabled(request.enabled() == null || request.enabled());
        em.persist(user);
        em.flush();
        audit.record("CREATE", "AppUser", login, null, snapshot(user));
        return UserSummary.of(user);
    }

    /**
     * Changes display name, roles and units (and the password and enabled flag if given) of {@code login}, if it is still at
     * {@code version}: a concurrent change is refused, never overwritten.
     */
    public UserSummary update(String login, long version, NewUser request) {
        AppUser user = byLogin(login).orElseThrow(() -> new RequestRejectedException(
                List.of(Violation.of("login", "user.unknown", login))));
        requireMayManage(user);
        if (user.getVersion() != version) {
            throw new OptimisticLockException("user " + login + " changed meanwhile");
        }
        String name = trim(request.displayName());
        List<Violation> problems = new ArrayList<>();
        name(problems, name);
        if (request.password() != null) {
            password(problems, request.password());
        }
        if (Boolean.FALSE.equals(request.enabled()) && login.equals(caller.login())) {
            problems.add(Violation.of("enabled", "admin.user.selfDisable"));
        }
        Set<String> roles = roles(problems, request.roles());
        requireMayGrant(roles);
        Set<OrgUnit> units = units(problems, request.unitCodes());
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        String before = snapshot(user);
        em.lock(user, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // role and unit changes count as changes too
        user.setDisplayName(name);
        user.setRoles(roles);
        user.setUnits(units);
        if (request.password() != null) {
            user.setPasswordHash(hasher.hash(request.password().toCharArray()));
        }
        if (request.enabled() != null) {
            user.setEnabled(request.enabled());
        }
        em.flush();
        audit.record("UPDATE", "AppUser", login, before, snapshot(user));
        return UserSummary.of(user);
    }

    /** Lifts a lockout before it expires. */
    public UserSummary unlock(String login) {
        AppUser user = byLogin(login).orElseThrow(() -> new RequestRejectedException(
                List.of(Violation.of("login", "user.unknown", login))));
        requireMayManage(user);
        String before = snapshot(user);
        em.lock(user, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        user.unlock();
        em.flush();
        audit.record("UNLOCK", "AppUser", login, before, snapshot(user));
        return UserSummary.of(user);
    }

    private boolean callerIsAdministrator() {
        return caller.isInRole(Roles.SYSTEM_ADMIN);
    }

    /** Data-level check: only a system administrator grants the system-administrator role. */
    private void requireMayGrant(Set<String> roles) {
        if (roles.contains(Roles.SYSTEM_ADMIN) && !callerIsAdministrator()) {
            throw new AccessRefusedException("admin.user.grantAdmin.refused");
        }
    }

    /** Data-level check: only a system administrator changes, resets or unlocks a system administrator. */
    private void requireMayManage(AppUser user) {
        if (user.getRoles().contains(Roles.SYSTEM_ADMIN) && !callerIsAdministrator()) {
            throw new AccessRefusedException("admin.user.manageAdmin.refused", user.getLogin());
        }
    }

    private static String snapshot(AppUser user) {
        // never the password hash: only whether it changed is visible through the version
        return AuditJson.object().with("login", user.getLogin()).with("displayName", user.getDisplayName())
                .with("enabled", user.isEnabled()).with("roles", user.getRoles())
                .with("units", user.getUnits().stream().map(OrgUnit::getCode).sorted().toList())
                .with("lockedUntil", user.getLockedUntil()).with("version", user.getVersion()).build();
    }

    private Optional<AppUser> byLogin(String login) {
        return em.createNamedQuery(AppUser.BY_LOGIN, AppUser.class).setParameter("login", login)
                .getResultStream().findFirst();
    }

    private static void name(List<Violation> problems, String name) {
        if (name == null) {
            problems.add(Violation.of("displayName", "field.required"));
        } else if (name.length() > AppUser.NAME_MAX) {
            problems.add(Violation.of("displayName", "field.tooLong", String.valueOf(AppUser.NAME_MAX),
                    String.valueOf(name.length())));
        }
    }

    private static void password(List<Violation> problems, String password) {
        if (password == null || password.length() < PASSWORD_MIN) {
            problems.add(Violation.of("password", "user.password.short", String.valueOf(PASSWORD_MIN)));
        }
    }

    private static Set<String> roles(List<Violation> problems, List<String> requested) {
        Set<String> roles = new TreeSet<>();
        for (String role : requested == null ? List.<String>of() : requested) {
            if (Roles.ALL.contains(role)) {
                roles.add(role);
            } else {
                problems.add(Violation.of("roles", "user.role.unknown", String.valueOf(role)));
            }
        }
        if (roles.isEmpty() && problems.stream().noneMatch(v -> v.field().equals("roles"))) {
            problems.add(Violation.of("roles", "field.required"));
        }
        return roles;
    }

    private Set<OrgUnit> units(List<Violation> problems, List<String> codes) {
        Set<OrgUnit> units = new HashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            Optional<OrgUnit> unit = em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class).setParameter("code", code)
                    .getResultStream().findFirst();
            if (unit.isPresent()) {
                units.add(unit.get());
            } else {
                problems.add(Violation.of("unitCodes", "unit.unknown", String.valueOf(code)));
            }
        }
        return units;
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
