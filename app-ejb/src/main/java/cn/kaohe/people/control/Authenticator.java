package cn.kaohe.people.control;

import cn.kaohe.audit.control.AuditLog;
import cn.kaohe.people.entity.AppUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Verifies a login and password against the database users and keeps the lockout state: a wrong password counts
 * a failure, the {@link LockoutPolicy#attempts()}-th failure in a row locks the user, a locked user is refused even
 * with the right password until the lock expires (or an administrator unlocks). Called by the web layer's identity
 * store before anyone is signed in, hence {@code @PermitAll}; it returns an outcome and never throws, so the
 * failure count commits.
 */
@Stateless
@PermitAll
public class Authenticator {

    private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());
    private static final String DECOY = PasswordHasher.standard().decoy();

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @EJB
    private AuditLog audit;

    private final PasswordHasher hasher = PasswordHasher.standard();
    private final LockoutPolicy policy = LockoutPolicy.fromSystemProperties();

    /**
     * The current roles of a user who signed in earlier (a page session): empty if the user no longer exists, is
     * disabled or locked, so the session ends; role changes apply at the next request.
     */
    public Optional<Set<String>> activeRoles(String login) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return em.createNamedQuery(AppUser.BY_LOGIN, AppUser.class).setParameter("login", login)
                .getResultStream().findFirst()
                .filter(u -> u.isEnabled() && !u.isLockedAt(now))
                .map(AppUser::getRoles);
    }

    /**
     * Like {@link #activeRoles(String)}, with the credential stamp of the user's stored password hash: a changed
     * password (or a new hash after an upgrade) gives a new stamp. Lets the web layer trust a recent verification
     * of the same password without running PBKDF2 again, and only while the stored hash is the one it matched.
     */
    public Optional<ActiveCredential> activeCredential(String login) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return em.createNamedQuery(AppUser.BY_LOGIN, AppUser.class).setParameter("login", login)
                .getResultStream().findFirst()
                .filter(u -> u.isEnabled() && !u.isLockedAt(now))
                .map(u -> new ActiveCredential(u.getLogin(), u.getRoles(), ActiveCredential.stampOf(u.getPasswordHash())));
    }

    public SignIn authenticate(String login, char[] password) {
        AppUser user = login == null ? null : em.createNamedQuery(AppUser.BY_LOGIN, AppUser.class)
                .setParameter("login", login.strip())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (user == null) {
            hasher.matches(password, DECOY); // same work as for a known user: no login enumeration by timing
            return SignIn.refused(SignIn.Outcome.INVALID, login);
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        if (!user.isEnabled()) {
            return SignIn.refused(SignIn.Outcome.DISABLED, user.getLogin());
        }
        if (user.isLockedAt(now)) {
            LOG.warning(() -> "sign-in refused: user " + user.getLogin() + " is locked until " + user.getLockedUntil()
                    + " UTC");
            return SignIn.refused(SignIn.Outcome.LOCKED, user.getLogin());
        }
        if (!hasher.matches(password, user.getPasswordHash())) {
            if (user.recordFailure(now, policy.attempts(), policy.lockFor())) {
                LOG.warning(() -> "user " + user.getLogin() + " locked until " + user.getLockedUntil() + " UTC after "
                        + policy.attempts() + " failed sign-ins");
                audit.record(user.getLogin(), "LOCK", "AppUser", user.getLogin(), null,
                        "{\"lockedUntil\":\"" + user.getLockedUntil() + "\"}");
            }
            return SignIn.refused(SignIn.Outcome.INVALID, user.getLogin());
        }
        if (user.getFailedAttempts() > 0 || user.getLockedUntil() != null) {
            user.recordSuccess();
        }
        return new SignIn(SignIn.Outcome.VALID, user.getLogin(), user.getRoles());
    }
}
