package cn.kaohe.scoring.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.scoring.method.Direction;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.scheme.Scheme;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Shared plumbing of the unit-level verifiers: shipped schemes, input mapping, field-by-field expectations. */
final class CaseSupport {

    private static final Map<String, ScoringEngine> ENGINES = new ConcurrentHashMap<>();

    private CaseSupport() {
    }

    /** The engine of a shipped scheme file, built once. */
    static ScoringEngine engine(String template) {
        return ENGINES.computeIfAbsent(template,
                t -> ScoringEngine.builder().scheme(SchemeReader.template(t)).build());
    }

    static Scheme scheme(String template) {
        return engine(template).scheme();
    }

    static BigDecimal dec(JsonNode node) {
        return node == null || node.isNull() ? null : Decimals.of(node.asText());
    }

    /** Deduction items {@code [{name, points, deductions, group?, indicators?}]} as one sheet. */
    static NodeInput.Sheets deductionSheet(JsonNode items) {
        List<NodeInput.SheetItem> list = new ArrayList<>();
        for (JsonNode i : items) {
            List<NodeInput.Quantity> quantities = new ArrayList<>();
            i.path("indicators").forEach(q -> quantities.add(new NodeInput.Quantity(dec(q.get("target")),
                    dec(q.get("actual")))));
            list.add(new NodeInput.SheetItem(i.path("name").asText(), i.has("group") ? i.get("group").asText() : null,
                    dec(i.get("points")), dec(i.get("deductions")), null, null, quantities));
        }
        return NodeInput.Sheets.of(NodeInput.Sheet.of(list));
    }

    /** Prorated items {@code [{name, points, target, actual}]} as one sheet. */
    static NodeInput.Sheets prorationSheet(JsonNode items) {
        List<NodeInput.SheetItem> list = new ArrayList<>();
        for (JsonNode i : items) {
            list.add(new NodeInput.SheetItem(i.path("name").asText(), null, dec(i.get("points")), null,
                    dec(i.get("target")), dec(i.get("actual")), List.of(), direction(i)));
        }
        return NodeInput.Sheets.of(NodeInput.Sheet.of(list));
    }

    static BigDecimal decOrNull(String text) {
        return text == null ? null : Decimals.of(text);
    }

    /** ZD-05 note: an indicator may be lower-is-better ({@code "direction": "lower"} or {@code "lower_is_better": true}). */
    static Direction direction(JsonNode item) {
        if (item.path("lower_is_better").asBoolean(false)) {
            return Direction.LOWER_IS_BETTER;
        }
        String d = item.path("direction").asText("").toLowerCase(java.util.Locale.ROOT);
        if (d.startsWith("lower") || d.equals("down") || d.equals("decrease")) {
            return Direction.LOWER_IS_BETTER;
        }
        return d.isEmpty() ? null : Direction.HIGHER_IS_BETTER;
    }

    static NodeInput.Votes votes(JsonNode counts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        counts.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asInt()));
        return new NodeInput.Votes(map);
    }

    static NodeInput.Score score(JsonNode value) {
        return new NodeInput.Score(dec(value));
    }

    /** Asserts expected fields one by one and, at the end, that none was left unchecked. */
    static final class Expectations {
        private final JsonNode expected;
        private final String id;
        private final Set<String> checked = new LinkedHashSet<>();

        Expectations(JsonNode workedCase) {
            this.expected = workedCase.get("expected");
            this.id = workedCase.get("id").asText();
        }

        boolean has(String key) {
            return expected.has(key);
        }

        JsonNode raw(String key) {
            checked.add(key);
            return expected.get(key);
        }

        void decimal(String key, BigDecimal actual) {
            if (!expected.has(key)) {
                return;
            }
            checked.add(key);
            decimalEquals(id + " " + key, expected.get(key), actual);
        }

        void text(String key, String actual) {
            if (!expected.has(key)) {
                return;
            }
            checked.add(key);
            JsonNode e = expected.get(key);
            assertEquals(e.isNull() ? null : e.asText(), actual, id + " " + key);
        }

        void bool(String key, boolean actual) {
            if (!expected.has(key)) {
                return;
            }
            checked.add(key);
            assertEquals(expected.get(key).asBoolean(), actual, id + " " + key);
        }

        void integer(String key, Integer actual) {
            if (!expected.has(key)) {
                return;
            }
            checked.add(key);
            assertEquals(expected.get(key).asInt(), actual, id + " " + key);
        }

        /** Lists compared in order. */
        void strings(String key, List<String> actual) {
            if (!expected.has(key)) {
                return;
            }
            checked.add(key);
            List<String> e = new ArrayList<>();
            expected.get(key).forEach(n -> e.add(n.asText()));
            assertEquals(e, actual, id + " " + key);
        }

        /** Flags compared as sets (their order is not specified). */
        void flags(String key, List<String> actual) {
            if (!expected.has(key)) {
                return;
            }
            checked.add(key);
            Set<String> e = new java.util.TreeSet<>();
            expected.get(key).forEach(n -> e.add(n.asText()));
            assertEquals(e, new java.util.TreeSet<>(actual), id + " " + key);
        }

        void decimals(String key, Map<String, BigDecimal> actual) {
            if (!expected.has(key)) {
                return;
            }
            checked.add(key);
            JsonNode e = expected.get(key);
            assertEquals(names(e), actual.keySet(), id + " " + key + " keys");
            e.fields().forEachRemaining(f -> decimalEquals(id + " " + key + "." + f.getKey(), f.getValue(),
                    actual.get(f.getKey())));
        }

        void integers(String key, Map<String, Integer> actual) {
            if (!expected.has(key)) {
                return;
            }
            checked.add(key);
            JsonNode e = expected.get(key);
            assertEquals(names(e), actual.keySet(), id + " " + key + " keys");
            e.fields().forEachRemaining(f -> assertEquals(f.getValue().asInt(), actual.get(f.getKey()),
                    id + " " + key + "." + f.getKey()));
        }

        void done() {
            List<String> left = new ArrayList<>();
            Iterator<String> it = expected.fieldNames();
            while (it.hasNext()) {
                String k = it.next();
                if (!checked.contains(k)) {
                    left.add(k);
                }
            }
            assertTrue(left.isEmpty(), id + ": expected fields not verified: " + left);
        }

        private static Set<String> names(JsonNode object) {
            Set<String> names = new LinkedHashSet<>();
            object.fieldNames().forEachRemaining(names::add);
            return names;
        }
    }

    static void decimalEquals(String what, JsonNode expected, BigDecimal actual) {
        if (expected == null || expected.isNull()) {
            assertNull(actual, what);
            return;
        }
        assertNotNull(actual, what + " (expected " + expected.asText() + ")");
        BigDecimal e = Decimals.of(expected.asText());
        assertEquals(0, e.compareTo(actual), what + ": expected " + e.toPlainString() + " but was "
                + actual.toPlainString());
    }
}
