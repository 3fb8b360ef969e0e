package cn.kaohe.scoring.cli;

import java.util.List;
import java.util.Objects;

/**
 * A message to the user: a stable key of {@code messages.properties} and its arguments.
 *
 * @param key  the bundle key, e.g. {@code cli.error.io.read}
 * @param args the arguments, rendered with {@link java.text.MessageFormat}
 */
record Message(String key, List<Object> args) {

    Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
