package cn.kaohe.scoring.io;

import cn.kaohe.scoring.input.Claim;
import cn.kaohe.scoring.input.Growth;
import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.input.InputProblem;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.method.Direction;
import cn.kaohe.scoring.rounding.Decimals;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads unit data from JSON. One unit:
 *
 * <pre>{@code
 * { "unit": "T1", "category": "township", "year": 2016,
 *   "values": { "leader[mid]/score": "9",
 *               "indicator[mid]/items": { "items": [ {"name": "I1", "points": "50", "target": "100", "actual": "120"} ] },
 *               "qualitative/social": { "votes": { "满意": 30, "基本满意": 8 } } },
 *   "claims": [ { "table": "commendation", "key": "party_gov/province", "evidence": true, "docDate": "2016-05-04" } ],
 *   "growth": { "collective_economy": { "current": "5.5", "previous": "4" } },
 *   "vetoes": [], "facts": { "safety_item_grade": "合格" }, "deferBonuses": false }
 * }</pre>
 *
 * A value is a number (score), or an object with {@code target}/{@code actual}, {@code votes}, {@code items}
 * (one sheet) or {@code sheets} (several assessors). Every problem (text where a number belongs, a negative
 * count, an unknown field, a missing unit id …) is collected and thrown as one {@link InputException} naming the
 * unit and the indicator. Whether an indicator path exists is checked by the engine.
 */
public final class UnitDataReader {

    private final List<InputProblem> problems = new ArrayList<>();
    private String unit = "?";

    private UnitDataReader() {
    }

    /** Reads one unit (an object) or several (an array, or an object with a {@code units} array). */
    public static List<UnitData> readAll(InputStream in) {
        JsonNode root;
        try {
            root = SchemeReader.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new InputException(List.of(new InputProblem("?", "", "input.notJson", List.of(),
                    "not valid JSON: " + e.getMessage())));
        }
        JsonNode list = root != null && root.isObject() && root.has("units") ? root.get("units") : root;
        List<UnitData> out = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (JsonNode u : list) {
                try {
                    out.add(read(u));
                } catch (InputException e) {
                    problems.addAll(e.problems());
                }
            }
        } else {
            try {
                out.add(read(root));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    /** Reads one unit given as a JSON object. */
    public static UnitData read(JsonNode node) {
        UnitDataReader r = new UnitDataReader();
        UnitData data = r.unit(node);
        if (!r.problems.isEmpty()) {
            throw new InputException(r.problems);
        }
        return data;
    }

    private void problem(String where, String key, String message, String... args) {
        problems.add(new InputProblem(unit, where, key, List.of(args), message));
    }

    private UnitData unit(JsonNode n) {
        if (n == null || !n.isObject()) {
            problem("", "input.notAnObject", "a unit must be a JSON object");
            return null;
        }
        if (n.hasNonNull("unit")) {
            unit = n.get("unit").asText();
        } else {
            problem("unit", "input.missing", "the unit id is missing", "unit");
        }
        allowOnly(n, "", "unit", "category", "year", "values", "claims", "growth", "vetoes", "facts",
                "deferBonuses", "gradeOverride");
        String category = n.hasNonNull("category") ? n.get("category").asText() : null;
        if (category == null) {
            problem("category", "input.missing", "the unit's category is missing", "category");
        }
        UnitData.Builder b = UnitData.builder(unit, category == null ? "?" : category);
        if (n.has("year")) {
            if (n.get("year").canConvertToInt() && n.get("year").isIntegralNumber()) {
                b.year(n.get("year").intValue());
            } else {
                problem("year", "input.notANumber", "the year must be a whole number", n.get("year").asText());
            }
        }
        JsonNode values = n.path("values");
        for (Map.Entry<String, JsonNode> e : values.properties()) {
            NodeInput input = value(e.getKey(), e.getValue());
            if (input != null) {
                b.value(e.getKey(), input);
            }
        }
        int i = 0;
        for (JsonNode c : n.path("claims")) {
            Claim claim = claim(c, "claims[" + i++ + "]");
            if (claim != null) {
                b.claim(claim);
            }
        }
        n.path("growth").properties().forEach(e -> {
            BigDecimal current = number(e.getValue().get("current"), e.getKey() + ".current", true);
            BigDecimal previous = number(e.getValue().get("previous"), e.getKey() + ".previous", true);
            b.growth(e.getKey(), new Growth(current, previous));
        });
        n.path("vetoes").forEach(v -> b.veto(v.asText()));
        n.path("facts").properties().forEach(e -> b.fact(e.getKey(), e.getValue().asText()));
        if (n.has("deferBonuses")) {
            b.deferBonuses(n.get("deferBonuses").asBoolean());
        }
        if (n.hasNonNull("gradeOverride")) {
            b.gradeOverride(n.get("gradeOverride").asText());
        }
        return b.build();
    }

    private void allowOnly(JsonNode n, String where, String... fields) {
        List<String> allowed = List.of(fields);
        n.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                problem(where.isEmpty() ? f : where + "." + f, "input.unknownField", "unknown field '" + f
                        + "'; use one of " + allowed, f);
            }
        });
    }

    private BigDecimal number(JsonNode v, String where, boolean required) {
        if (v == null || v.isNull()) {
            if (required) {
                problem(where, "input.missing", "a required value is missing", where);
            }
            return null;
        }
        // canonical, as the file's readers have always had them (Score and TargetActual keep what they are given)
        if (v.isNumber()) {
            return Decimals.canon(v.decimalValue());
        }
        if (v.isTextual()) {
            try {
                return Decimals.canon(new BigDecimal(v.textValue().trim()));
            } catch (NumberFormatException e) {
                problem(where, "input.notANumber", "'" + v.textValue() + "' is not a number", v.textValue());
                return null;
            }
        }
        problem(where, "input.notANumber", "a number is required here", v.toString());
        return null;
    }

    private NodeInput value(String path, JsonNode v) {
        if (v == null || v.isNull()) {
            return new NodeInput.Score(null);
        }
        if (!v.isObject()) {
            BigDecimal d = number(v, path, true);
            return d == null ? null : new NodeInput.Score(d);
        }
        if (v.has("votes")) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            v.get("votes").properties().forEach(e -> {
                if (!e.getValue().isIntegralNumber()) {
                    problem(path, "input.notANumber", "ballot count of '" + e.getKey() + "' must be a whole number",
                            e.getKey());
                } else if (e.getValue().intValue() < 0) {
                    problem(path, "input.negative", "ballot count of '" + e.getKey() + "' is negative", e.getKey());
                } else {
                    counts.put(e.getKey(), e.getValue().intValue());
                }
            });
            return new NodeInput.Votes(counts);
        }
        if (v.has("items")) {
            List<NodeInput.SheetItem> items = items(path, v.get("items"));
            return NodeInput.Sheets.of(NodeInput.Sheet.of(items));
        }
        if (v.has("sheets")) {
            List<NodeInput.Sheet> sheets = new ArrayList<>();
            for (JsonNode s : v.get("sheets")) {
                sheets.add(new NodeInput.Sheet(s.path("assessor").asText(null), items(path, s.path("items"))));
            }
            return new NodeInput.Sheets(sheets);
        }
        if (v.has("target") || v.has("actual")) {
            return new NodeInput.TargetActual(number(v.get("target"), path + ".target", false),
                    number(v.get("actual"), path + ".actual", false));
        }
        if (v.has("score")) {
            return new NodeInput.Score(number(v.get("score"), path + ".score", false));
        }
        problem(path, "input.unknownShape", "use a number, or an object with target/actual, votes, items or sheets",
                path);
        return null;
    }

    private List<NodeInput.SheetItem> items(String path, JsonNode list) {
        List<NodeInput.SheetItem> items = new ArrayList<>();
        for (JsonNode i : list) {
            String name = i.path("name").asText("?");
            String where = path + "#" + name;
            BigDecimal deductions = number(i.get("deductions"), where + ".deductions", false);
            if (deductions != null && deductions.signum() < 0) {
                problem(where, "input.negative", "deductions cannot be negative", name);
            }
            List<NodeInput.Quantity> quantities = new ArrayList<>();
            for (JsonNode q : i.path("indicators")) {
                quantities.add(new NodeInput.Quantity(number(q.get("target"), where + ".target", true),
                        number(q.get("actual"), where + ".actual", true)));
            }
            items.add(new NodeInput.SheetItem(name, i.path("group").asText(null),
                    number(i.get("points"), where + ".points", true), deductions,
                    number(i.get("target"), where + ".target", false), number(i.get("actual"), where + ".actual", false),
                    quantities, direction(i.get("direction"), where)));
        }
        return items;
    }

    private Direction direction(JsonNode v, String where) {
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return Direction.valueOf(v.asText());
        } catch (IllegalArgumentException e) {
            problem(where, "input.unknownValue", "direction must be HIGHER_IS_BETTER or LOWER_IS_BETTER", v.asText());
            return null;
        }
    }

    private Claim claim(JsonNode c, String where) {
        String table = c.path("table").asText(null);
        if (table == null) {
            problem(where, "input.missing", "a claim needs its 'table'", "table");
            return null;
        }
        int count = 1;
        if (c.has("count")) {
            if (!c.get("count").isIntegralNumber()) {
                problem(table, "input.notANumber", "count must be a whole number", c.get("count").asText());
            } else if (c.get("count").intValue() < 1) {
                problem(table, "input.negative", "count must be ≥ 1", c.get("count").asText());
            } else {
                count = c.get("count").intValue();
            }
        }
        LocalDate date = null;
        if (c.hasNonNull("docDate")) {
            try {
                date = LocalDate.parse(c.get("docDate").asText());
            } catch (DateTimeParseException e) {
                problem(table, "input.notADate", "docDate must be YYYY-MM-DD", c.get("docDate").asText());
            }
        }
        return new Claim(table, c.path("key").asText(null), c.path("work").asText(null), count,
                number(c.get("value"), table + ".value", false),
                c.hasNonNull("evidence") ? c.get("evidence").asBoolean() : null, date,
                c.hasNonNull("rectified") ? c.get("rectified").asBoolean() : null);
    }
}
