package cn.kaohe.web.api.problem;

import cn.kaohe.platform.validation.ConflictException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.web.i18n.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** A request that conflicts with the current state (stale version, frozen scheme): 409 naming the record. */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ConflictException conflict) {
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0);
        Violation v = conflict.violation();
        String message = Messages.text(locale, v.key(), v.args());
        Problem problem = new Problem("urn:kaohe:problem:conflict", Messages.text(locale, "problem.conflict", List.of()),
                409, message, List.of(new Problem.FieldError(v.field(), v.key(), message)));
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
