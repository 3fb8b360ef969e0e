package cn.kaohe.web.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the key-creating calls in scoring-core's sources by their text: {@code Problem.at}, the validator's and
 * readers' {@code add}/{@code problem} helpers, {@code new InputProblem}, {@code eval.reject} and the ranking
 * exceptions' {@code of}. Arguments are split at top-level commas (strings and brackets respected).
 */
final class CallSites {

    static final Path SOURCES = Path.of("..", "scoring-core", "src", "main", "java");
    static final Pattern KEY = Pattern.compile("[a-z][A-Za-z]*(\\.[A-Za-z][A-Za-z0-9]*)+");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One call: the key, how many message arguments it passes (-1 when a regex cannot tell), and its origin. */
    record Site(String key, int argCount, boolean hasFix, String where) {
    }

    /**
     * A call shape: the call text, the files it applies to (null: all), the index of the key argument, how many
     * arguments come before the message arguments (varargs), or -1 when the arguments are a List at index listIndex.
     */
    private record Shape(Pattern call, String fileSuffix, int keyIndex, int fixed, int listIndex, boolean hasFix) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile("\\bProblem\\.at\\("), null, 1, 4, -1, true),
            new Shape(Pattern.compile("(?<![.\\w])add\\("), "scheme/SchemeValidator.java", 1, 4, -1, true),
            new Shape(Pattern.compile("(?<![.\\w])problem\\("), "io/SchemeReader.java", 1, 4, -1, true),
            new Shape(Pattern.compile("\\bsink\\.problem\\("), "io/JsonFields.java", 1, 4, -1, true),
            new Shape(Pattern.compile("(?<![.\\w])problem\\("), "io/UnitDataReader.java", 1, 3, -1, false),
            new Shape(Pattern.compile("\\bnew InputProblem\\("), null, 2, -1, 3, false),
            new Shape(Pattern.compile("\\.reject\\("), null, 0, 2, -1, false),
            new Shape(Pattern.compile("\\bInvalidConfigurationException\\.of\\("), null, 0, 2, -1, true),
            new Shape(Pattern.compile("\\bInvalidInputException\\.of\\("), null, 0, 2, -1, false));

    private CallSites() {
    }

    static List<Site> scan() {
        List<Site> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String name = f.toString().replace('\\', '/');
                for (Shape s : SHAPES) {
                    if (s.fileSuffix() != null && !name.endsWith(s.fileSuffix())) {
                        continue;
                    }
                    Matcher m = s.call().matcher(text);
                    while (m.find()) {
                        List<String> args = arguments(text, m.end());
                        if (args == null || args.size() <= s.keyIndex()) {
                            continue;
                        }
                        List<String> keys = keys(args.get(s.keyIndex()));
                        int count = -1;
                        if (s.fixed() >= 0) {
                            count = args.size() - s.fixed();
                            if (count == 1 && args.get(args.size() - 1).trim().equals("args")) {
                                count = -1; // a helper passing its varargs through
                            }
                        } else if (args.size() > s.listIndex()) {
                            count = listSize(args.get(s.listIndex()));
                        }
                        int line = lineOf(text, m.start());
                        for (String k : keys) {
                            out.add(new Site(k, count, s.hasFix(), SOURCES.relativize(f) + ":" + line));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The literal keys of a key argument ("a.b", or c ? "a.b" : "c.d"); empty when it is a variable. */
    private static List<String> keys(String arg) {
        List<String> keys = new ArrayList<>();
        Matcher m = LITERAL.matcher(arg);
        while (m.find()) {
            if (KEY.matcher(m.group(1)).matches()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    /** Number of elements of a {@code List.of(...)} argument, or -1. */
    private static int listSize(String arg) {
        String a = arg.trim();
        if (!a.startsWith("List.of(")) {
            return -1;
        }
        List<String> inner = arguments(a, "List.of(".length());
        return inner == null ? -1 : inner.size();
    }

    /** The top-level arguments of the call whose '(' ends just before {@code from}; null when unbalanced. */
    static List<String> arguments(String text, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c) {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                cur.append(text, i, Math.min(j + 1, text.length()));
                i = j;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (!cur.toString().isBlank()) {
                        args.add(cur.toString().trim());
                    }
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(cur.toString().trim());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        return null;
    }

    private static int lineOf(String text, int pos) {
        int line = 1;
        for (int i = 0; i < pos; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
