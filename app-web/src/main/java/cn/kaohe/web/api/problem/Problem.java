package cn.kaohe.web.api.problem;

import java.util.List;

/**
 * RFC 9457 problem details, with the offending fields.
 *
 * @param type   a URI reference naming the kind of problem
 * @param title  short, human-readable summary in the request's language
 * @param status HTTP status
 * @param detail what to fix, in the request's language
 * @param errors one entry per offending field
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * @param field   the request field, as named in the JSON body
     * @param key     stable message key (for clients that translate themselves)
     * @param message the message in the request's language
     */
    public record FieldError(String field, String key, String message) {
    }
}
