package cn.kaohe.web.api.problem;

import cn.kaohe.web.i18n.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Failures the EJB container reports: a role that may not call the method ({@link EJBAccessException}) or a
 * data-level refusal ({@link DataLevelRefusalMapper}) answer 403; a concurrent change (optimistic lock) 409.
 *
 * <p>The server does not log EJB system exceptions itself (configure-security.cli sets the ejb3 subsystem's
 * {@code log-system-exceptions} to false: it logged every refused call as a server ERROR); this mapper logs each one
 * at its true level instead: a refusal as a warning naming the user and the request, a conflict as information,
 * anything else as an error with its stack trace.
 */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(AccessRefusedMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Context
    private Request request;

    @Context
    private UriInfo uri;

    private String who() {
        Principal user = security == null ? null : security.getUserPrincipal();
        return (user == null ? "anonymous" : user.getName()) + " " + (request == null ? "" : request.getMethod()) + " "
                + (uri == null ? "" : uri.getPath());
    }

    @Override
    public Response toResponse(EJBException failure) {
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0);
        if (failure instanceof EJBAccessException) {
            LOG.warning(() -> "refused: " + who() + ": " + failure.getMessage());
            return problem(403, "urn:kaohe:problem:forbidden", Messages.text(locale, "problem.forbidden", List.of()));
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                LOG.info(() -> "conflict: " + who() + ": a concurrent change (optimistic lock)");
                return problem(409, "urn:kaohe:problem:conflict", Messages.text(locale, "problem.conflict", List.of()));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        LOG.log(Level.SEVERE, failure, () -> "failed: " + who());
        return problem(500, "urn:kaohe:problem:http-500", Messages.text(locale, "problem.http", List.of("500")));
    }

    static Response problem(int status, String type, String text) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, text, status, text, List.of())).build();
    }
}
