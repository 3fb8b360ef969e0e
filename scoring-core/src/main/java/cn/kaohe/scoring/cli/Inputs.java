package cn.kaohe.scoring.cli;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.input.InputProblem;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.scoring.scheme.Problem;
import cn.kaohe.scoring.scheme.Scheme;
import cn.kaohe.scoring.scheme.SchemeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loading a scheme and unit data, and scoring, with every failure turned into a {@link CliException}. */
final class Inputs {

    private Inputs() {
    }

    /**
     * Reads and validates a scheme file.
     *
     * @throws CliException exit 4 when the file cannot be read, 2 with every problem when it is invalid
     */
    static Scheme scheme(Path file) {
        if (!Files.isRegularFile(file)) {
            throw CliException.of(ExitCode.IO, "cli.error.io.notFound", file);
        }
        if (!Files.isReadable(file)) {
            throw CliException.of(ExitCode.IO, "cli.error.io.read", file, "not readable");
        }
        try {
            return SchemeReader.read(file);
        } catch (SchemeException e) {
            throw schemeProblems(file.toString(), e.problems());
        }
    }

    static CliException schemeProblems(String file, List<Problem> problems) {
        List<Message> messages = new ArrayList<>();
        messages.add(Message.of("cli.scheme.invalid", problems.size(), file));
        for (Problem p : problems) {
            messages.add(Message.of("cli.scheme.problem", p.file() == null ? file : p.file(),
                    p.path() == null || p.path().isEmpty() ? "(scheme)" : p.path(), p.message(), p.fix(), p.key()));
        }
        return new CliException(ExitCode.INVALID_SCHEME, messages);
    }

    /** Builds the engine (the scheme is validated again; a problem here is still exit 2). */
    static ScoringEngine engine(Scheme scheme, Path file) {
        try {
            return ScoringEngine.builder().scheme(scheme).build();
        } catch (SchemeException e) {
            throw schemeProblems(file.toString(), e.problems());
        }
    }

    /** Reads the unit data files named by positional arguments 1..n. */
    static List<UnitData> units(List<String> positional) {
        List<Path> files = new ArrayList<>();
        for (String s : positional.subList(1, positional.size())) {
            files.add(Path.of(s));
        }
        return UnitDataFiles.read(files);
    }

    /** Only the unit with this id, or exit 3 naming it. */
    static UnitData unit(List<UnitData> units, String id) {
        return units.stream().filter(u -> u.unitId().equals(id)).findFirst()
                .orElseThrow(() -> CliException.of(ExitCode.INVALID_UNIT_DATA, "cli.units.unknownUnit", id));
    }

    /**
     * Scores every unit; the problems of all units are collected before failing.
     *
     * @return results keyed by unit id, in input order
     * @throws CliException exit 3 listing every problem of every unit
     */
    static Map<String, UnitResult> score(ScoringEngine engine, List<UnitData> units) {
        Map<String, UnitResult> results = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (UnitData u : units) {
            try {
                results.put(u.unitId(), engine.score(u));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw inputProblems(problems);
        }
        return results;
    }

    static CliException inputProblems(List<InputProblem> problems) {
        List<Message> messages = new ArrayList<>();
        messages.add(Message.of("cli.units.invalid", problems.size()));
        for (InputProblem p : problems) {
            messages.add(Message.of("cli.units.problem", "data", p.unit(), p.indicator(), p.message(), p.key()));
        }
        return new CliException(ExitCode.INVALID_UNIT_DATA, messages);
    }

    /** The output format option: json (default for score) or table. */
    static boolean table(Arguments a, boolean tableByDefault) {
        String f = a.option("format").orElse(tableByDefault ? "table" : "json");
        return switch (f) {
            case "table" -> true;
            case "json" -> false;
            default -> throw CliException.usage("cli.usage.option.format", f);
        };
    }
}
