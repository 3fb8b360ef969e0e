package cn.kaohe.scoring.scheme;

import java.util.List;

/**
 * One thing wrong with a scheme.
 *
 * @param file    the scheme file, or null when built in code
 * @param path    where: the indicator path ({@code township/indicator}), or a section ({@code grades.bands[2]})
 * @param key     a stable message key ({@code weights.notAddingUp}, {@code bands.gap} …) for translation
 * @param args    message arguments, in order
 * @param message what is wrong, in English
 * @param fix     how to fix it
 */
public record Problem(String file, String path, String key, List<String> args, String message, String fix) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem at(String path, String key, String message, String fix, String... args) {
        return new Problem(null, path, key, List.of(args), message, fix);
    }

    public Problem inFile(String file) {
        return new Problem(file, path, key, args, message, fix);
    }

    @Override
    public String toString() {
        return (file == null ? "" : file + ": ") + path + ": " + message + " — " + fix + " [" + key + "]";
    }
}
