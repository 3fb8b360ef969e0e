package cn.kaohe.web.api.problem;

import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.web.i18n.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A request refused by a service: 400 with every offending field. */
@Provider
public class RequestRejectedMapper implements ExceptionMapper<RequestRejectedException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(RequestRejectedException rejected) {
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0);
        List<Problem.FieldError> errors = rejected.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), v.key(), Messages.text(locale, v.key(), v.args())))
                .toList();
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        Problem problem = new Problem("urn:kaohe:problem:invalid-request",
                Messages.text(locale, "problem.invalidRequest", List.of()), 400, detail, errors);
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
