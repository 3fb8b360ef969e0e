package cn.kaohe.scoring.cli;

import cn.kaohe.scoring.input.Claim;
import cn.kaohe.scoring.input.Growth;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.input.InputProblem;
import cn.kaohe.scoring.io.UnitDataReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads unit data files for the tool: JSON in the library's format ({@link UnitDataReader}) or CSV (one input per
 * line), as documented in {@code docs/cli.md}. Every problem of every file is collected; then one {@link CliException} with exit code 3
 * lists them all (file, unit, field, what is wrong).
 */
final class UnitDataFiles {

    /** The CSV header, fixed. */
    static final String CSV_HEADER =
            "unit_id,category,kind,path,key,value,target,actual,deductions,work,evidence,doc_date,rectified";

    private final List<Message> problems = new ArrayList<>();
    private final Map<String, UnitData.Builder> builders = new LinkedHashMap<>();
    private final Map<String, String> categories = new LinkedHashMap<>();
    private final Map<String, List<NodeInput.SheetItem>> sheetItems = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
    private final java.util.Set<String> jsonUnits = new java.util.HashSet<>();
    private final List<UnitData> jsonUnitsRead = new ArrayList<>();

    private UnitDataFiles() {
    }

    /**
     * Reads all files into unit data, in order of first appearance.
     *
     * @param files unit data files ({@code .json} or {@code .csv})
     * @return the units
     * @throws CliException exit 4 when a file cannot be read, 3 when any content is wrong
     */
    static List<UnitData> read(List<Path> files) {
        UnitDataFiles r = new UnitDataFiles();
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            byte[] bytes = readBytes(file);
            if (name.endsWith(".json")) {
                r.json(file.toString(), bytes);
            } else if (name.endsWith(".csv")) {
                r.csv(file.toString(), new String(bytes, StandardCharsets.UTF_8));
            } else {
                throw CliException.of(ExitCode.USAGE, "cli.error.io.type", file);
            }
        }
        if (!r.problems.isEmpty()) {
            List<Message> all = new ArrayList<>();
            all.add(Message.of("cli.units.invalid", r.problems.size()));
            all.addAll(r.problems);
            throw new CliException(ExitCode.INVALID_UNIT_DATA, all);
        }
        List<UnitData> units = new ArrayList<>(r.jsonUnitsRead);
        for (Map.Entry<String, UnitData.Builder> e : r.builders.entrySet()) {
            UnitData.Builder b = e.getValue();
            String prefix = e.getKey() + "\u0000";
            r.sheetItems.forEach((k, items) -> {
                if (k.startsWith(prefix)) {
                    b.value(k.substring(prefix.length()), NodeInput.Sheets.of(NodeInput.Sheet.of(items)));
                }
            });
            r.votes.forEach((k, counts) -> {
                if (k.startsWith(prefix)) {
                    b.value(k.substring(prefix.length()), new NodeInput.Votes(counts));
                }
            });
            units.add(b.build());
        }
        if (units.isEmpty()) {
            throw CliException.of(ExitCode.INVALID_UNIT_DATA, "cli.units.none");
        }
        return units;
    }

    static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw CliException.of(ExitCode.IO, "cli.error.io.notFound", file);
        } catch (IOException e) {
            throw CliException.of(ExitCode.IO, "cli.error.io.read", file, e.getMessage());
        }
    }

    private void problem(String file, String where, String message) {
        problems.add(Message.of("cli.units.shape", file, where, message));
    }

    private UnitData.Builder unit(String file, String where, String id, String category) {
        if (jsonUnits.contains(id)) {
            problem(file, where, "unit '" + id + "' is also given in a JSON file; give each unit in one file");
            return null;
        }
        String known = categories.get(id);
        if (known == null) {
            categories.put(id, category);
            builders.put(id, UnitData.builder(id, category));
        } else if (!known.equals(category)) {
            problem(file, where, "unit '" + id + "' is given category '" + category + "' but earlier '" + known + "'");
        }
        return builders.get(id);
    }

    // ---------------------------------------------------------------- JSON

    /** JSON goes through the library's {@link UnitDataReader}, the one format shared with other callers. */
    private void json(String file, byte[] bytes) {
        try {
            for (UnitData u : UnitDataReader.readAll(new java.io.ByteArrayInputStream(bytes))) {
                if (builders.containsKey(u.unitId()) || !jsonUnits.add(u.unitId())) {
                    problems.add(Message.of("cli.units.duplicate", file, u.unitId()));
                } else {
                    jsonUnitsRead.add(u);
                }
            }
        } catch (InputException e) {
            for (InputProblem p : e.problems()) {
                problems.add(Message.of("cli.units.problem", file, p.unit(), p.indicator(), p.message(), p.key()));
            }
        }
    }

    // ---------------------------------------------------------------- CSV

    private void csv(String file, String text) {
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].replace("\uFEFF", "").trim().equals(CSV_HEADER)) {
            problems.add(Message.of("cli.units.csv.header", file, CSV_HEADER));
            return;
        }
        int columns = CSV_HEADER.split(",").length;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            int no = i + 1;
            if (f.length != columns) {
                problems.add(Message.of("cli.units.csv.columns", file, no, columns, f.length));
                continue;
            }
            for (int k = 0; k < f.length; k++) {
                f[k] = f[k].trim();
            }
            csvLine(file, no, f);
        }
    }

    private void csvLine(String file, int no, String[] f) {
        String where = "line " + no;
        String id = f[0];
        String category = f[1];
        String kind = f[2];
        String path = f[3];
        if (id.isEmpty() || category.isEmpty()) {
            problem(file, where, "unit_id and category are required");
            return;
        }
        UnitData.Builder b = unit(file, where, id, category);
        if (b == null) {
            return;
        }
        String key = id + "\u0000" + path;
        switch (kind) {
            case "target_actual" -> b.value(path, new NodeInput.TargetActual(csvNumber(file, no, "target", f[6]),
                    csvNumber(file, no, "actual", f[7])));
            case "score" -> {
                BigDecimal v = csvNumber(file, no, "value", f[5]);
                if (v != null) {
                    b.value(path, new NodeInput.Score(v));
                }
            }
            case "deductions" -> {
                BigDecimal v = csvNumber(file, no, "deductions", f[8]);
                if (v != null) {
                    b.value(path, new NodeInput.Score(v));
                }
            }
            case "vote" -> {
                BigDecimal v = csvNumber(file, no, "value", f[5]);
                if (v != null) {
                    try {
                        votes.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(f[4], v.intValueExact());
                    } catch (ArithmeticException e) {
                        problems.add(Message.of("cli.units.csv.number", file, no, "value", f[5]));
                    }
                }
            }
            case "item" -> sheetItems.computeIfAbsent(key, k -> new ArrayList<>()).add(new NodeInput.SheetItem(f[4],
                    null, csvNumber(file, no, "value", f[5]), csvNumber(file, no, "deductions", f[8]),
                    csvNumber(file, no, "target", f[6]), csvNumber(file, no, "actual", f[7]), List.of()));
            case "claim" -> {
                int count = 1;
                b.claim(new Claim(path, f[4].isEmpty() ? null : f[4], f[9].isEmpty() ? null : f[9], count,
                        csvNumber(file, no, "value", f[5]), f[10].isEmpty() ? null : Boolean.valueOf(f[10]),
                        date(file, where, f[11].isEmpty() ? null : f[11]),
                        f[12].isEmpty() ? null : Boolean.valueOf(f[12])));
            }
            case "growth" -> b.growth(path, new Growth(csvNumber(file, no, "actual", f[7]),
                    csvNumber(file, no, "target", f[6])));
            case "veto" -> b.veto(path);
            case "fact" -> b.fact(f[4], f[5]);
            case "year" -> {
                BigDecimal v = csvNumber(file, no, "value", f[5]);
                if (v != null) {
                    try {
                        b.year(v.intValueExact());
                    } catch (ArithmeticException e) {
                        problems.add(Message.of("cli.units.csv.number", file, no, "value", f[5]));
                    }
                }
            }
            default -> problems.add(Message.of("cli.units.csv.kind", file, no, kind));
        }
    }

    private BigDecimal csvNumber(String file, int no, String column, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Decimals.of(text);
        } catch (NumberFormatException e) {
            problems.add(Message.of("cli.units.csv.number", file, no, column, text));
            return null;
        }
    }

    private BigDecimal decimal(String file, String where, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Decimals.of(text);
        } catch (NumberFormatException e) {
            problem(file, where, "'" + text + "' is not a number");
            return null;
        }
    }

    private LocalDate date(String file, String where, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(file, where, "'" + text + "' is not a date (use YYYY-MM-DD)");
            return null;
        }
    }
}
