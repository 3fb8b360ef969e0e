package cn.kaohe.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * One authentication mechanism for the whole web module, because Jakarta Security allows only one:
 * <ul>
 *   <li>{@code /api/*}: HTTP Basic on every request, no session; missing or wrong credentials on a protected
 *       resource answer 401 with a {@code WWW-Authenticate} challenge;</li>
 *   <li>pages: form login — {@code /login.xhtml} calls {@code SecurityContext.authenticate} with the typed
 *       credentials; the signed-in identity is kept in the HTTP session; an anonymous request for a protected page
 *       is redirected to the login page.</li>
 * </ul>
 * Credentials are checked by {@link DatabaseIdentityStore} (database users, lockout).
 */
@ApplicationScoped
public class KaoheAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Session attribute: the page an anonymous user asked for, opened again after sign-in. */
    static final String RETURN_TO = KaoheAuthenticationMechanism.class.getName() + ".returnTo";
    private static final String SESSION_IDENTITY = KaoheAuthenticationMechanism.class.getName() + ".identity";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private DatabaseIdentityStore users;

    /** The identity kept in the session of a signed-in page user. */
    record SessionIdentity(String name, Set<String> groups) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (request.getServletPath().startsWith("/api")) {
            return basic(request, response, context);
        }
        Credential typed = context.isAuthenticationRequest() && context.getAuthParameters() != null
                ? context.getAuthParameters().getCredential() : null;
        if (typed != null) {
            CredentialValidationResult result = identityStores.validate(typed);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true).setAttribute(SESSION_IDENTITY, new SessionIdentity(
                    result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_IDENTITY) instanceof SessionIdentity identity) {
            // checked on every request: a user disabled or locked meanwhile loses the session, role changes apply
            Optional<Set<String>> roles = users.activeRoles(identity.name());
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(identity.name(), roles.get());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod()) && request.getServletPath().endsWith(".xhtml")) {
                // only a page path of this application (never a URL from elsewhere: no open redirect)
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_TO,
                        request.getServletPath() + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return challenge(response, context);
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                CredentialValidationResult result = identityStores.validate(
                        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return challenge(response, context);
        }
        return context.isProtected() ? challenge(response, context) : context.doNothing();
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"kaohe\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    /** Forgets the page user's identity (logout). */
    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_IDENTITY);
            session.invalidate();
        }
    }
}
