package cn.kaohe.scoring.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the command-line tool ({@code java -jar scoring-core-<version>-cli.jar}): subcommands
 * {@code validate}, {@code score}, {@code rank} and {@code what-if}. See {@code docs/cli.md}.
 *
 * <p>Exit codes ({@link ExitCode}): 0 ok, 1 usage, 2 invalid scheme, 3 invalid unit data, 4 I/O. User errors are
 * reported as messages on standard error, never as a stack trace; an unexpected internal error is reported as one
 * line naming the exception and exits with 70.
 */
public final class Main {

    /** Exit status for a bug in Kaohe itself (EX_SOFTWARE); not a user error. */
    static final int INTERNAL_ERROR = 70;

    private Main() {
    }

    /**
     * Runs the tool and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the tool in-process (used by {@code main} and by tests).
     *
     * @param args the command line
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Messages messages = Messages.english();
        Map<String, Command> commands = Map.of(
                "validate", new ValidateCommand(),
                "score", new ScoreCommand(),
                "rank", new RankCommand(),
                "what-if", new WhatIfCommand());
        if (args.length == 0) {
            err.println(messages.get("cli.usage"));
            return ExitCode.USAGE.code();
        }
        String name = args[0];
        if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
            out.println(messages.get("cli.usage"));
            return ExitCode.OK.code();
        }
        Command command = commands.get(name);
        if (command == null) {
            err.println(messages.get("cli.usage.command.unknown", name));
            err.println(messages.get("cli.usage"));
            return ExitCode.USAGE.code();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(messages.get("cli.usage." + name));
            return ExitCode.OK.code();
        }
        try {
            command.run(rest, out, messages);
            return ExitCode.OK.code();
        } catch (CliException e) {
            for (Message m : e.messages()) {
                err.println(messages.render(m));
            }
            if (e.exitCode() == ExitCode.USAGE) {
                err.println(messages.get("cli.usage." + name));
            }
            return e.exitCode().code();
        } catch (RuntimeException e) {
            err.println(messages.get("cli.error.internal", e.getClass().getName(), String.valueOf(e.getMessage())));
            return INTERNAL_ERROR;
        }
    }
}
