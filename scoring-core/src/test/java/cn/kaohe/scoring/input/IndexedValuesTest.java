package cn.kaohe.scoring.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.scoring.method.Deduction;
import cn.kaohe.scoring.method.Proration;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.scoring.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Inputs given in the order of an {@link InputLayout} score exactly like the same inputs given as a map. */
class IndexedValuesTest {

    private static final Scheme FLAT = Scheme.of("flat", "flat", List.of(Category.of("c", Indicator.group("root", null,
            null, List.of(Indicator.group("g", null, null, List.of(
                    Indicator.leaf("a", null, null, Proration.of("40")),
                    Indicator.leaf("b", null, null, new Deduction(new BigDecimal("60"), true)))))))),
            null, null, List.of(), null, null, null);
    private static final ScoringEngine ENGINE = ScoringEngine.builder().scheme(FLAT).build();

    /** The same unit with its inputs in a layout of the map's paths, in reverse order. */
    private static UnitData indexed(UnitData byMap) {
        List<String> paths = new ArrayList<>(byMap.values().keySet());
        java.util.Collections.reverse(paths);
        InputLayout layout = InputLayout.of(paths);
        NodeInput[] inputs = new NodeInput[paths.size()];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = byMap.values().get(paths.get(i));
        }
        UnitData.Builder b = UnitData.builder(byMap.unitId(), byMap.category()).values(layout, inputs);
        byMap.claims().forEach(b::claim);
        byMap.vetoes().forEach(b::veto);
        return b.build();
    }

    private static void assertSameResult(UnitResult expected, UnitResult actual) {
        assertEquals(0, expected.finalScore().compareTo(actual.finalScore()));
        assertEquals(expected.grade(), actual.grade());
        assertEquals(expected.indicators(), actual.indicators());
        assertEquals(expected.values(), actual.values());
        assertEquals(expected.contributions(), actual.contributions());
        assertEquals(expected.breakdown(), actual.breakdown());
        assertEquals(expected.flags(), actual.flags());
    }

    @Test
    void aLayoutScoresLikeAMap() {
        UnitData byMap = UnitData.builder("U", "c").value("g/a", NodeInput.TargetActual.of("8", "6"))
                .value("g/b", NodeInput.Score.of("7.5")).build();
        UnitData byLayout = indexed(byMap);
        assertEquals(byMap.values(), byLayout.values(), "the layout's map view equals the map");
        assertSameResult(ENGINE.score(byMap), ENGINE.score(byLayout));
        assertEquals(0, new BigDecimal("82.5").compareTo(ENGINE.score(byLayout).finalScore()));
    }

    @Test
    void periodsAndSheetsReadThroughTheLayoutToo() {
        // ZD: period splits and sheets are not on fixed paths; the engine falls back to looking up their paths
        ScoringEngine zd = ScoringEngine.builder().scheme(SchemeReader.template("zd")).build();
        UnitData.Builder b = UnitData.builder("D", "department");
        for (String p : List.of("mid", "year_end")) {
            b.value("indicator[" + p + "]/items", NodeInput.Sheets.of(NodeInput.Sheet.of(List.of(
                    NodeInput.SheetItem.proration("I1", "30", "70", "50"),
                    NodeInput.SheetItem.proration("I2", "30", "3", "2")))));
            b.value("leader[" + p + "]/score", NodeInput.Score.of("7.5"));
        }
        for (String q : List.of("q1", "q2", "q3", "q4")) {
            b.value("public[" + q + "]/score", NodeInput.Score.of("26.7"));
        }
        UnitData byMap = b.build();
        assertSameResult(zd.score(byMap), zd.score(indexed(byMap)));
    }

    @Test
    void aSlotTheSchemeDoesNotKnowIsAnUnknownIndicator() {
        InputLayout layout = InputLayout.of(List.of("g/a", "g/b", "g/c"));
        UnitData u = UnitData.builder("U", "c").values(layout, new NodeInput[] {NodeInput.TargetActual.of("8", "6"),
                NodeInput.Score.of("1"), NodeInput.Score.of("2")}).build();
        InputException e = assertThrows(InputException.class, () -> ENGINE.score(u));
        assertTrue(e.problems().stream().anyMatch(p -> p.key().equals("input.unknownIndicator")
                && p.indicator().equals("g/c")), e.problems().toString());
        // only the unknown path: the scheme's own leaves (read from their slots) are not reported
        assertEquals(List.of("g/c"), e.problems().stream().filter(p -> p.key().equals("input.unknownIndicator"))
                .map(InputProblem::indicator).toList());
        // the same unit by map: the same single problem
        InputException byMap = assertThrows(InputException.class, () -> ENGINE.score(UnitData.builder("U", "c")
                .value("g/a", NodeInput.TargetActual.of("8", "6")).value("g/b", NodeInput.Score.of("1"))
                .value("g/c", NodeInput.Score.of("2")).build()));
        assertEquals(List.of("g/c"), byMap.problems().stream().filter(p -> p.key().equals("input.unknownIndicator"))
                .map(InputProblem::indicator).toList());
        // an empty slot for an unknown path is simply not supplied
        UnitData ok = UnitData.builder("U", "c").values(layout, new NodeInput[] {NodeInput.TargetActual.of("8", "6"),
                NodeInput.Score.of("1"), null}).build();
        assertEquals(0, new BigDecimal("89").compareTo(ENGINE.score(ok).finalScore()));
    }

    @Test
    void anEmptySlotIsAMissingInput() {
        InputLayout layout = InputLayout.of(List.of("g/a", "g/b"));
        UnitData u = UnitData.builder("U", "c").values(layout,
                new NodeInput[] {null, NodeInput.Score.of("1")}).build();
        InputException e = assertThrows(InputException.class, () -> ENGINE.score(u));
        assertTrue(e.problems().stream().anyMatch(p -> p.key().equals("input.missing")
                && p.indicator().equals("g/a")), e.problems().toString());
    }

    @Test
    void theMapViewIsUnmodifiableAndSkipsEmptySlots() {
        InputLayout layout = InputLayout.of(List.of("x", "y", "z"));
        NodeInput[] inputs = {NodeInput.Score.of("1"), null, NodeInput.Score.of("3")};
        UnitData u = UnitData.builder("U", "c").values(layout, inputs).build();
        inputs[0] = NodeInput.Score.of("9"); // the builder copied the array
        Map<String, NodeInput> v = u.values();
        assertEquals(2, v.size());
        assertEquals(List.of("x", "z"), new ArrayList<>(v.keySet()));
        assertEquals(NodeInput.Score.of("1"), v.get("x"));
        assertNull(v.get("y"));
        assertFalse(v.containsKey("y"));
        assertThrows(UnsupportedOperationException.class, () -> v.put("y", NodeInput.Score.of("2")));
        // a value set afterwards goes into a map of its own; the layout's values are kept
        UnitData more = UnitData.builder("U", "c").values(layout, inputs).value("w", NodeInput.Score.of("4")).build();
        assertEquals(3, more.values().size());
        assertEquals(NodeInput.Score.of("4"), more.values().get("w"));
    }

    @Test
    void aLayoutRejectsRepeatedPathsAndArraysOfAnotherLength() {
        assertThrows(IllegalArgumentException.class, () -> InputLayout.of(List.of("a", "a")));
        InputLayout layout = InputLayout.of(List.of("a", "b"));
        assertEquals(1, layout.indexOf("b"));
        assertEquals(-1, layout.indexOf("c"));
        assertThrows(IllegalArgumentException.class,
                () -> UnitData.builder("U", "c").values(layout, new NodeInput[1]));
    }
}
