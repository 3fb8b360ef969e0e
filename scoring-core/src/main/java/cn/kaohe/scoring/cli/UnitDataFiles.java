package cn.kaohe.scoring.cli;

import cn.kaohe.scoring.input.Claim;
import cn.kaohe.scoring.input.Growth;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.rounding.Decimals;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads unit data files for the tool: JSON (any input the engine knows) or CSV (one input per line), as documented in
 * {@code docs/cli.md}. Every problem of every file is collected; then one {@link CliException} with exit code 3
 * lists them all (file, unit, field, what is wrong).
 */
final class UnitDataFiles {

    /** The CSV header, fixed. */
    static final String CSV_HEADER =
            "unit_id,category,kind,path,key,value,target,actual,deductions,work,evidence,doc_date,rectified";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final List<Message> problems = new ArrayList<>();
    private final Map<String, UnitData.Builder> builders = new LinkedHashMap<>();
    private final Map<String, String> categories = new LinkedHashMap<>();
    private final Map<String, List<NodeInput.SheetItem>> sheetItems = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
    private final java.util.Set<String> jsonUnits = new java.util.HashSet<>();

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
        List<UnitData> units = new ArrayList<>();
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
        problems.add(Message.of("cli.units.json.shape", file, where, message));
    }

    private UnitData.Builder unit(String file, String where, String id, String category) {
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

    private void json(String file, byte[] bytes) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            problems.add(Message.of("cli.units.syntax", file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), e.getOriginalMessage()));
            return;
        } catch (IOException e) {
            throw CliException.of(ExitCode.IO, "cli.error.io.read", file, e.getMessage());
        }
        JsonNode units = root == null ? null : root.get("units");
        if (units == null || !units.isArray()) {
            problem(file, "units", "the file must be an object with an array \"units\"");
            return;
        }
        Integer year = root.has("year") ? integer(file, "year", root.get("year")) : null;
        for (int i = 0; i < units.size(); i++) {
            jsonUnit(file, "units[" + i + "]", units.get(i), year);
        }
    }

    private void jsonUnit(String file, String where, JsonNode u, Integer defaultYear) {
        if (u == null || !u.isObject()) {
            problem(file, where, "each unit must be an object");
            return;
        }
        String id = text(u, "id");
        String category = text(u, "category");
        if (id == null || category == null) {
            problem(file, where, "each unit needs \"id\" and \"category\"");
            return;
        }
        String at = where + " (" + id + ")";
        if (!jsonUnits.add(id)) {
            problems.add(Message.of("cli.units.duplicate", file, id));
            return;
        }
        UnitData.Builder b = unit(file, at, id, category);
        if (b == null) {
            return;
        }
        Integer year = u.has("year") ? integer(file, at + ".year", u.get("year")) : defaultYear;
        if (year != null) {
            b.year(year);
        }
        Iterator<Map.Entry<String, JsonNode>> values = u.path("values").fields();
        while (values.hasNext()) {
            Map.Entry<String, JsonNode> e = values.next();
            NodeInput in = nodeInput(file, at + ".values." + e.getKey(), e.getValue());
            if (in != null) {
                b.value(e.getKey(), in);
            }
        }
        JsonNode claims = u.path("claims");
        for (int c = 0; c < claims.size(); c++) {
            Claim claim = claim(file, at + ".claims[" + c + "]", claims.get(c));
            if (claim != null) {
                b.claim(claim);
            }
        }
        Iterator<Map.Entry<String, JsonNode>> growth = u.path("growth").fields();
        while (growth.hasNext()) {
            Map.Entry<String, JsonNode> e = growth.next();
            String p = at + ".growth." + e.getKey();
            b.growth(e.getKey(), new Growth(decimal(file, p + ".current", e.getValue().get("current")),
                    decimal(file, p + ".previous", e.getValue().get("previous"))));
        }
        for (JsonNode v : u.path("vetoes")) {
            b.veto(v.asText());
        }
        Iterator<Map.Entry<String, JsonNode>> facts = u.path("facts").fields();
        while (facts.hasNext()) {
            Map.Entry<String, JsonNode> e = facts.next();
            b.fact(e.getKey(), e.getValue().asText());
        }
        if (u.has("deferBonuses")) {
            b.deferBonuses(u.get("deferBonuses").asBoolean());
        }
        if (u.hasNonNull("gradeOverride")) {
            b.gradeOverride(u.get("gradeOverride").asText());
        }
    }

    private NodeInput nodeInput(String file, String where, JsonNode n) {
        if (n == null || !n.isObject()) {
            problem(file, where, "an input must be an object: {\"target\",\"actual\"}, {\"score\"}, {\"votes\"}, "
                    + "{\"items\"} or {\"sheets\"}");
            return null;
        }
        if (n.has("target") || n.has("actual")) {
            return new NodeInput.TargetActual(decimal(file, where + ".target", n.get("target")),
                    decimal(file, where + ".actual", n.get("actual")));
        }
        if (n.has("score") || n.has("deductions")) {
            String field = n.has("score") ? "score" : "deductions";
            BigDecimal v = decimal(file, where + "." + field, n.get(field));
            return v == null ? null : new NodeInput.Score(v);
        }
        if (n.has("votes")) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = n.get("votes").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                Integer c = integer(file, where + ".votes." + e.getKey(), e.getValue());
                if (c != null) {
                    if (c < 0) {
                        problem(file, where + ".votes." + e.getKey(), "a count cannot be negative");
                    } else {
                        counts.put(e.getKey(), c);
                    }
                }
            }
            return new NodeInput.Votes(counts);
        }
        if (n.has("items")) {
            return NodeInput.Sheets.of(new NodeInput.Sheet(null, items(file, where + ".items", n.get("items"))));
        }
        if (n.has("sheets")) {
            List<NodeInput.Sheet> sheets = new ArrayList<>();
            JsonNode arr = n.get("sheets");
            for (int i = 0; i < arr.size(); i++) {
                JsonNode s = arr.get(i);
                sheets.add(new NodeInput.Sheet(text(s, "assessor"),
                        items(file, where + ".sheets[" + i + "].items", s.path("items"))));
            }
            return new NodeInput.Sheets(sheets);
        }
        problem(file, where, "unknown input: use {\"target\",\"actual\"}, {\"score\"}, {\"deductions\"}, "
                + "{\"votes\"}, {\"items\"} or {\"sheets\"}");
        return null;
    }

    private List<NodeInput.SheetItem> items(String file, String where, JsonNode arr) {
        List<NodeInput.SheetItem> items = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            JsonNode it = arr.get(i);
            String p = where + "[" + i + "]";
            List<NodeInput.Quantity> quantities = new ArrayList<>();
            JsonNode qs = it.path("indicators");
            for (int q = 0; q < qs.size(); q++) {
                quantities.add(new NodeInput.Quantity(decimal(file, p + ".indicators[" + q + "].target",
                        qs.get(q).get("target")), decimal(file, p + ".indicators[" + q + "].actual",
                        qs.get(q).get("actual"))));
            }
            items.add(new NodeInput.SheetItem(text(it, "name"), text(it, "group"),
                    decimal(file, p + ".points", it.get("points")), decimal(file, p + ".deductions",
                    it.get("deductions")), decimal(file, p + ".target", it.get("target")),
                    decimal(file, p + ".actual", it.get("actual")), quantities));
        }
        return items;
    }

    private Claim claim(String file, String where, JsonNode c) {
        String table = text(c, "table");
        if (table == null) {
            problem(file, where, "a claim needs \"table\"");
            return null;
        }
        int count = 1;
        if (c.has("count")) {
            Integer n = integer(file, where + ".count", c.get("count"));
            count = n == null ? 1 : n;
        }
        return new Claim(table, text(c, "key"), text(c, "work"), count, decimal(file, where + ".value", c.get("value")),
                c.hasNonNull("evidence") ? c.get("evidence").asBoolean() : null,
                date(file, where + ".docDate", text(c, "docDate")),
                c.hasNonNull("rectified") ? c.get("rectified").asBoolean() : null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private BigDecimal decimal(String file, String where, JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return Decimals.canon(v.decimalValue());
        }
        return decimal(file, where, v.asText());
    }

    private Integer integer(String file, String where, JsonNode v) {
        if (v != null && v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        String t = v == null ? "null" : v.asText();
        try {
            return Integer.valueOf(t.trim());
        } catch (NumberFormatException e) {
            problem(file, where, "'" + t + "' is not a whole number");
            return null;
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
