package cn.kaohe.web.security;

import cn.kaohe.people.control.Authenticator;
import cn.kaohe.people.control.SignIn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Jakarta Security identity store over the database users: delegates to {@link Authenticator} (PBKDF2 hashes,
 * lockout after repeated failures) and hands the user's roles to the container as groups.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @EJB
    private Authenticator authenticator;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignIn result = authenticator.authenticate(password.getCaller(), password.getPassword().getValue());
        if (result.outcome() != SignIn.Outcome.VALID) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.login(), new HashSet<>(result.roles()));
    }

    /** The current roles of an earlier signed-in user; empty if disabled, locked or gone. */
    Optional<Set<String>> activeRoles(String login) {
        return authenticator.activeRoles(login);
    }
}
