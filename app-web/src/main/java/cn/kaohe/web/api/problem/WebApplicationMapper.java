package cn.kaohe.web.api.problem;

import cn.kaohe.web.i18n.Messages;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** Malformed JSON, unknown paths, wrong methods: the status JAX-RS chose, as problem details. */
@Provider
public class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException failure) {
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0);
        int status = failure.getResponse().getStatus();
        String key = status == 400 ? "problem.malformed" : "problem.http";
        Problem problem = new Problem("urn:kaohe:problem:http-" + status,
                Messages.text(locale, key, List.of(String.valueOf(status))), status,
                Messages.text(locale, key, List.of(String.valueOf(status))), List.of());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
