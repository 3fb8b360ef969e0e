package cn.kaohe.web.api.problem;

import cn.kaohe.web.i18n.Messages;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** A body that is not the JSON the resource expects (RESTEasy reports it as a processing error): 400. */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<ProcessingException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException failure) {
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0);
        String title = Messages.text(locale, "problem.malformed", List.of("400"));
        Problem problem = new Problem("urn:kaohe:problem:malformed-json", title, 400,
                title + " " + rootCause(failure).getMessage(), List.of());
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
