package cn.kaohe.scoring.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.scoring.io.UnitDataReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad unit data is rejected naming the unit and the indicator; never a partial result. */
class UnitDataValidationTest {

    private static final ScoringEngine ZD = ScoringEngine.builder().scheme(SchemeReader.template("zd")).build();
    private static final ScoringEngine TS = ScoringEngine.builder().scheme(SchemeReader.template("ts")).build();

    private static UnitData.Builder township() {
        UnitData.Builder b = UnitData.builder("T9", "township");
        for (String p : List.of("mid", "year_end")) {
            b.value("indicator[" + p + "]/items", NodeInput.Sheets.of(NodeInput.Sheet.of(List.of(
                    NodeInput.SheetItem.proration("I1", "90", "100", "95")))));
            b.value("leader[" + p + "]/score", NodeInput.Score.of("9"));
        }
        return b;
    }

    private static List<InputProblem> rejected(ScoringEngine engine, UnitData data) {
        InputException e = assertThrows(InputException.class, () -> engine.score(data));
        e.problems().forEach(p -> assertEquals(data.unitId(), p.unit(), "every problem names the unit"));
        return e.problems();
    }

    private static boolean has(List<InputProblem> problems, String key, String indicator) {
        return problems.stream().anyMatch(p -> p.key().equals(key) && p.indicator().equals(indicator));
    }

    @Test
    void rejectsAnUnknownIndicator() {
        List<InputProblem> p = rejected(ZD, township().value("indicator[mid]/itemz", NodeInput.Score.of("1")).build());
        assertTrue(has(p, "input.unknownIndicator", "indicator[mid]/itemz"), p.toString());
    }

    @Test
    void rejectsANegativeDeduction() {
        UnitData data = UnitData.builder("U1", "二类").value("items", NodeInput.Sheets.of(NodeInput.Sheet.of(List.of(
                NodeInput.SheetItem.deduction("I1", "100", "-3"))))).build();
        assertTrue(has(rejected(TS, data), "input.negative", "items#I1"));
    }

    @Test
    void rejectsANegativeCount() {
        UnitData data = township().claim(Claim.of("conduct", "complaint").withCount(-1)).build();
        assertTrue(has(rejected(ZD, data), "input.negative", "conduct"));
    }

    @Test
    void rejectsAMissingRequiredValue() {
        UnitData.Builder b = UnitData.builder("T9", "township");
        b.value("indicator[mid]/items", NodeInput.Sheets.of(NodeInput.Sheet.of(List.of(
                NodeInput.SheetItem.proration("I1", "90", "100", "95")))));
        b.value("leader[mid]/score", NodeInput.Score.of("9"));
        b.value("leader[year_end]/score", NodeInput.Score.of("9"));
        b.value("indicator[year_end]/items", NodeInput.Score.of("1"));
        assertTrue(has(rejected(ZD, b.build()), "input.wrongKind", "indicator[year_end]/items"));
    }

    @Test
    void rejectsTextWhereANumberBelongs() {
        String json = "{\"unit\": \"T7\", \"category\": \"township\", \"values\": {\"leader[mid]/score\": \"九分\"}}";
        InputException e = assertThrows(InputException.class, () -> UnitDataReader.readAll(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals("input.notANumber", e.problems().get(0).key());
        assertEquals("T7", e.problems().get(0).unit());
        assertEquals("leader[mid]/score", e.problems().get(0).indicator());
    }

    @Test
    void rejectsAScoreOutsideItsRange() {
        UnitData data = township().value("leader[mid]/score", NodeInput.Score.of("11")).build(); // ZD-04: 10 max
        assertTrue(has(rejected(ZD, data), "input.outOfRange", "leader[mid]/score"));
    }

    @Test
    void rejectsADemeritOutsideOneToFive() {
        // TS-18: 视具体情况每例扣1至5分 — values outside 1–5 are rejected
        UnitData data = UnitData.builder("U2", "二类").value("items", NodeInput.Sheets.of(NodeInput.Sheet.of(List.of(
                NodeInput.SheetItem.deduction("I1", "100", "0"))))).claim(Claim.entered("demerit", "6")).build();
        assertTrue(has(rejected(TS, data), "input.outOfRange", "demerit"));
    }

    @Test
    void rejectsAnUnknownCategoryTableAndVeto() {
        assertTrue(has(rejected(ZD, UnitData.builder("X", "county").build()), "input.unknownCategory", "county"));
        List<InputProblem> p = rejected(ZD, township().claim(Claim.of("medal", "gold")).veto("火灾").build());
        assertTrue(has(p, "input.unknownTable", "medal"));
        assertTrue(has(p, "input.unknownVeto", "veto"));
    }

    @Test
    void collectsEveryProblemOfAUnit() {
        UnitData data = township().value("leader[mid]/score", NodeInput.Score.of("-1"))
                .value("nowhere", NodeInput.Score.of("1")).claim(Claim.of("conduct", "theft")).build();
        assertEquals(3, rejected(ZD, data).size());
    }
}
