package cn.kaohe.scoring.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one subcommand: positional arguments and {@code --name value} (or {@code --name=value})
 * options, checked against the options the subcommand accepts.
 */
final class Arguments {

    private final String command;
    private final List<String> positional;
    private final Map<String, String> options;

    private Arguments(String command, List<String> positional, Map<String, String> options) {
        this.command = command;
        this.positional = List.copyOf(positional);
        this.options = Map.copyOf(options);
    }

    /**
     * Parses the arguments after the subcommand name.
     *
     * @param command the subcommand, for messages
     * @param args    the arguments after it
     * @param allowed the option names the subcommand accepts, without {@code --}
     * @throws CliException (usage) for an unknown option, a repeated option or an option without value
     */
    static Arguments parse(String command, List<String> args, Set<String> allowed) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--") && a.length() > 2) {
                String name = a.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                } else {
                    throw CliException.usage("cli.usage.option.value", command, "--" + name);
                }
                if (!allowed.contains(name)) {
                    throw CliException.usage("cli.usage.option.unknown", command, "--" + name);
                }
                if (options.put(name, value) != null) {
                    throw CliException.usage("cli.usage.option.repeated", command, "--" + name);
                }
            } else {
                positional.add(a);
            }
        }
        return new Arguments(command, positional, options);
    }

    List<String> positional() {
        return positional;
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    String required(String name) {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw CliException.usage("cli.usage.option.missing", command, "--" + name);
        }
        return v;
    }

    /** Requires at least {@code min} and at most {@code max} positional arguments. */
    void expectPositional(int min, int max) {
        if (positional.size() < min) {
            throw CliException.usage("cli.usage.argument.missing", command);
        }
        if (positional.size() > max) {
            throw CliException.usage("cli.usage.argument.extra", command, positional.get(max));
        }
    }
}
