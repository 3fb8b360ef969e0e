package cn.kaohe.web.api.problem;

import cn.kaohe.web.i18n.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * Failures the EJB container reports: a role that may not call the method ({@link EJBAccessException}) or a
 * data-level refusal ({@link DataLevelRefusalMapper}) answer 403; a concurrent change (optimistic lock) 409.
 */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<EJBException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(EJBException failure) {
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0);
        if (failure instanceof EJBAccessException) {
            return problem(403, "urn:kaohe:problem:forbidden", Messages.text(locale, "problem.forbidden", List.of()));
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return problem(409, "urn:kaohe:problem:conflict", Messages.text(locale, "problem.conflict", List.of()));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return problem(500, "urn:kaohe:problem:http-500", Messages.text(locale, "problem.http", List.of("500")));
    }

    static Response problem(int status, String type, String text) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, text, status, text, List.of())).build();
    }
}
