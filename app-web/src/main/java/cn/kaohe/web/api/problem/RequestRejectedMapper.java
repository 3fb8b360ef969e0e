package cn.kaohe.web.api.problem;

import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.web.i18n.Messages;
import cn.kaohe.web.i18n.ScoringMessages;
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
                .map(v -> new Problem.FieldError(v.field(), v.key(), message(locale, v)))
                .toList();
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        Problem problem = new Problem("urn:kaohe:problem:invalid-request",
                Messages.text(locale, "problem.invalidRequest", List.of()), 400, detail, errors);
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * A violation's message; scoring-core's own problems (a scheme file, a unit-data value) carry scoring-core's key,
     * English text and arguments, translated with the scoring bundles.
     */
    public static String message(Locale locale, Violation v) {
        List<String> a = v.args();
        if (v.key().equals("scheme.problem") && a.size() >= 4) {
            List<String> scoringArgs = a.subList(4, a.size());
            String text = ScoringMessages.text(locale, a.get(1), scoringArgs, a.get(2));
            String fix = ScoringMessages.text(locale, a.get(1) + ".fix", scoringArgs, a.get(3));
            return Messages.text(locale, v.key(), List.of(a.get(0), a.get(1), text, fix));
        }
        if (v.key().equals("entry.input") && a.size() >= 3) {
            String text = ScoringMessages.text(locale, a.get(1), a.subList(3, a.size()), a.get(2));
            return Messages.text(locale, v.key(), List.of(a.get(0), a.get(1), text));
        }
        return Messages.text(locale, v.key(), v.args());
    }
}
