package cn.kaohe.platform.validation;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a request.
 *
 * @param field the request field at fault ({@code code}, {@code name}, …)
 * @param key   a message key of the web bundles, e.g. {@code unit.code.duplicate}
 * @param args  message arguments, in order
 */
public record Violation(String field, String key, List<String> args) implements Serializable {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Violation of(String field, String key, String... args) {
        return new Violation(field, key, List.of(args));
    }
}
