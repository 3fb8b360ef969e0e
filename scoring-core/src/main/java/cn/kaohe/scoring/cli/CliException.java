package cn.kaohe.scoring.cli;

import java.util.List;
import java.util.Objects;

/**
 * A user error that ends a command with an {@link ExitCode} and one or more messages (never a stack trace). Each
 * message is a key of {@code messages.properties} with its arguments, so that a Chinese bundle can be added.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;
    private final transient List<Message> messages;

    CliException(ExitCode exitCode, List<Message> messages) {
        super(messages.isEmpty() ? exitCode.name() : messages.get(0).key(), null, false, false);
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
        this.messages = List.copyOf(messages);
    }

    static CliException of(ExitCode exitCode, String key, Object... args) {
        return new CliException(exitCode, List.of(Message.of(key, args)));
    }

    static CliException usage(String key, Object... args) {
        return of(ExitCode.USAGE, key, args);
    }

    ExitCode exitCode() {
        return exitCode;
    }

    List<Message> messages() {
        return messages;
    }
}
