package cn.kaohe.web.security;

import cn.kaohe.people.control.ActiveCredential;
import cn.kaohe.people.control.Authenticator;
import cn.kaohe.people.control.SignIn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Jakarta Security identity store over the database users: delegates to {@link Authenticator} (PBKDF2 hashes,
 * lockout after repeated failures) and hands the user's roles to the container as groups.
 *
 * <p>A REST client sends HTTP Basic with every request; a password verified within the last
 * {@code kaohe.auth.cacheSeconds} seconds (default 300, 0 turns it off) is trusted again through a
 * {@link CredentialCache} as long as the user is still enabled, unlocked and has the same stored password hash; the
 * roles always come fresh from the database. Anything else takes the full check, which counts failures.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @EJB
    private Authenticator authenticator;

    private final CredentialCache cache = new CredentialCache(Clock.systemUTC(),
            Duration.ofSeconds(Long.getLong("kaohe.auth.cacheSeconds", 300)), 10_000);

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String login = password.getCaller();
        char[] secret = password.getPassword().getValue();
        if (login == null) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<String> remembered = cache.verifiedStamp(login, secret);
        if (remembered.isPresent()) {
            Optional<ActiveCredential> active = authenticator.activeCredential(login.strip());
            if (active.isPresent() && active.get().stamp().equals(remembered.get())) {
                return new CredentialValidationResult(active.get().login(), new HashSet<>(active.get().roles()));
            }
            cache.forget(login);
        }
        SignIn result = authenticator.authenticate(login, secret);
        if (result.outcome() != SignIn.Outcome.VALID) {
            cache.forget(login);
            return CredentialValidationResult.INVALID_RESULT;
        }
        authenticator.activeCredential(result.login()).ifPresent(a -> cache.remember(login, secret, a.stamp()));
        return new CredentialValidationResult(result.login(), new HashSet<>(result.roles()));
    }

    /** The current roles of an earlier signed-in user; empty if disabled, locked or gone. */
    Optional<Set<String>> activeRoles(String login) {
        return authenticator.activeRoles(login);
    }
}
