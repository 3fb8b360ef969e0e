package cn.kaohe.scoring.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.scoring.io.UnitDataReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What-if on the shipped seed schemes (VIL, ZD, TS) with the sample unit data of docs/examples. */
class WhatIfTest {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    private static ScoringEngine engine(String template) {
        return ScoringEngine.builder().scheme(SchemeReader.template(template)).build();
    }

    private static UnitData vilUnit(String id) throws IOException {
        try (InputStream in = Files.newInputStream(EXAMPLES.resolve("vil-units.json"))) {
            return UnitDataReader.readAll(in).stream().filter(u -> u.unitId().equals(id)).findFirst().orElseThrow();
        }
    }

    /** TS-C01 with item I1 deducted 5 instead of 4: 实得分 72 + 7.5 over-fulfilment = 79.5 → 良好 (TS-20/21). */
    private static UnitData tsUnit(Map<String, String> facts) {
        List<NodeInput.SheetItem> items = List.of(
                item("I1", "30", "5", "100", "112"), item("I2", "5", "0", "50", "60"),
                new NodeInput.SheetItem("I3", "important", new BigDecimal("25"), new BigDecimal("1"), null, null,
                        List.of(NodeInput.Quantity.of("200", "230"), NodeInput.Quantity.of("10", "12"))),
                item("I4", "20", "23", "80", "60"), item("I5", "20", "2", "40", "44"));
        UnitData.Builder b = UnitData.builder("TS-U", "二类").year(2016)
                .value("items", NodeInput.Sheets.of(NodeInput.Sheet.of(items)));
        facts.forEach(b::fact);
        return b.build();
    }

    private static NodeInput.SheetItem item(String name, String points, String deductions, String target,
                                            String actual) {
        return new NodeInput.SheetItem(name, "important", new BigDecimal(points), new BigDecimal(deductions), null,
                null, List.of(NodeInput.Quantity.of(target, actual)));
    }

    private static UnitData withSheetItem(UnitData u, String path, String item, BigDecimal deductions,
                                          BigDecimal actual) {
        NodeInput.Sheets sheets = (NodeInput.Sheets) u.values().get(path);
        List<NodeInput.SheetItem> items = sheets.sheets().get(0).items().stream()
                .map(i -> !i.name().equals(item) ? i : new NodeInput.SheetItem(i.name(), i.group(), i.points(),
                        deductions == null ? i.deductions() : deductions, i.target(),
                        actual == null ? i.actual() : actual, i.indicators()))
                .toList();
        Map<String, NodeInput> values = new LinkedHashMap<>(u.values());
        values.put(path, NodeInput.Sheets.of(NodeInput.Sheet.of(items)));
        return new UnitData(u.unitId(), u.category(), u.assessmentYear(), values, u.claims(), u.growth(), u.vetoes(),
                u.facts(), u.deferBonuses(), u.gradeOverride());
    }

    @Test
    void deductionSheetItemIsSolvedExactlyAndMinimally() throws IOException {
        ScoringEngine vil = engine("vil");
        UnitData unit = vilUnit("第2村"); // VIL-C02: 71.2 不合格, 党建 floored (35 deducted from 30)
        WhatIfAnswer a = WhatIf.of(vil).toGrade(unit, "合格", "quantitative/common/sheet#党建", 2);
        assertTrue(a.reachable());
        assertEquals(0, new BigDecimal("80").compareTo(a.threshold()));
        assertEquals(0, new BigDecimal("8.8").compareTo(a.pointsNeeded()));
        WhatIfAnswer.IndicatorAnswer i = a.indicator();
        assertEquals("deductions", i.input());
        assertEquals(0, new BigDecimal("19").compareTo(i.value()), "8.8 / 0.8 = 11 points back: 30 - 11 = 19");
        assertEquals(0, new BigDecimal("19").compareTo(i.exactValue()));
        assertEquals("合格", i.resultGrade());
        // minimal: one cent more deducted and the grade is not reached (VIL-31 item floor, VIL-30 bands)
        UnitResult worse = vil.score(withSheetItem(unit, "quantitative/common/sheet", "党建",
                new BigDecimal("19.01"), null));
        assertEquals("不合格", worse.grade());
    }

    @Test
    void prorationItemIsSolvedByInverseAndConfirmedByTheEngine() {
        ScoringEngine zd = engine("zd");
        UnitData unit = zdUnit();
        WhatIfAnswer a = WhatIf.of(zd).toGrade(unit, "合格", "indicator[year_end]/items#GDP增长", 2);
        WhatIfAnswer.IndicatorAnswer i = a.indicator();
        assertNull(i.unreachable(), i.reason());
        // ZD-05: 50 points × actual/100 × 0.5 (year-end weight): 7 points need 28 more → 83
        assertEquals(0, new BigDecimal("83").compareTo(i.value()));
        assertEquals(0, new BigDecimal("83").compareTo(i.exactValue()));
        assertEquals("合格", i.resultGrade());
        UnitResult below = zd.score(withSheetItem(unit, "indicator[year_end]/items", "GDP增长", null,
                new BigDecimal("82.99")));
        assertEquals("不合格", below.grade());
    }

    /** 北早现乡 of docs/examples/zd-units.csv: 53 不合格. */
    private static UnitData zdUnit() {
        UnitData.Builder b = UnitData.builder("北早现乡", "township");
        for (String period : List.of("mid", "year_end")) {
            b.value("indicator[" + period + "]/items", NodeInput.Sheets.of(NodeInput.Sheet.of(List.of(
                    NodeInput.SheetItem.proration("GDP增长", "50", "100", "55"),
                    NodeInput.SheetItem.proration("财政收入", "40", "200", "100")))));
        }
        b.value("leader[mid]/score", NodeInput.Score.of("6"));
        b.value("leader[year_end]/score", NodeInput.Score.of("5"));
        return b.build();
    }

    @Test
    void discretionaryScoreCappedAtFullMarksIsUnreachable() {
        WhatIfAnswer a = WhatIf.of(engine("zd")).toGrade(zdUnit(), "合格", "leader[year_end]/score", 2);
        assertEquals(0, new BigDecimal("53").compareTo(a.currentScore()));
        assertEquals(0, new BigDecimal("7").compareTo(a.pointsNeeded()));
        assertEquals(Unreachable.CAPPED_AT_FULL_MARKS, a.indicator().unreachable());
        assertEquals(0, new BigDecimal("2.5").compareTo(a.indicator().maxGain()), "(10 - 5) × 0.5");
        assertFalse(a.reachable());
    }

    @Test
    void roundedSchemeLowersTheThresholdByHalfAStep() {
        // TS-20: 1 decimal half-up, graded on the rounded value: 79.95 rounds to 80.0 = 优秀
        WhatIfAnswer a = WhatIf.of(engine("ts")).toGrade(tsUnit(Map.of()), "优秀", "items#I1", 2);
        assertEquals("良好", a.currentGrade());
        assertEquals(0, new BigDecimal("79.95").compareTo(a.threshold()));
        assertEquals(0, new BigDecimal("0.45").compareTo(a.pointsNeeded()));
        assertEquals(0, new BigDecimal("4.55").compareTo(a.indicator().value()), "30 - (25 + 0.45)");
        assertEquals("优秀", a.indicator().resultGrade());
    }

    @Test
    void failedGateMakesTheTopGradeUnreachableByPoints() {
        // TS-23: 优秀 requires the safety item graded at least 合格
        WhatIfAnswer a = WhatIf.of(engine("ts")).toGrade(tsUnit(Map.of("safety_item_grade", "不合格")), "优秀");
        assertEquals(Unreachable.GATED, a.unreachable());
        assertTrue(a.reason().contains("safety_item_grade"), a.reason());
        assertNull(a.pointsNeeded());
    }

    @Test
    void forcedFailVetoIsUnreachable() throws IOException {
        WhatIfAnswer a = WhatIf.of(engine("vil")).toGrade(vilUnit("第3村"), "合格"); // VIL-26 安全生产
        assertEquals(Unreachable.VETOED, a.unreachable());
        assertFalse(a.reachable());
    }

    @Test
    void unitAlreadyAtOrAboveTheGradeNeedsNothing() throws IOException {
        WhatIfAnswer a = WhatIf.of(engine("vil")).toGrade(vilUnit("第1村"), "不合格");
        assertTrue(a.alreadyThere());
        assertEquals(0, BigDecimal.ZERO.compareTo(a.pointsNeeded()));
    }

    @Test
    void pointsNeededOverallForTheTopGrade() throws IOException {
        WhatIfAnswer a = WhatIf.of(engine("vil")).toGrade(vilUnit("第1村"), "优秀"); // VIL-30: 优秀 from 95
        assertEquals(0, new BigDecimal("5").compareTo(a.pointsNeeded()));
        assertFalse(a.strict());
    }

    @Test
    void unknownGradeIsReportedNotThrown() throws IOException {
        WhatIfAnswer a = WhatIf.of(engine("vil")).toGrade(vilUnit("第1村"), "良好");
        assertEquals(Unreachable.NO_SUCH_GRADE, a.unreachable());
    }

    @Test
    void unknownIndicatorIsAnInputError() throws IOException {
        InputException e = assertThrows(InputException.class,
                () -> WhatIf.of(engine("vil")).toGrade(vilUnit("第1村"), "优秀", "nowhere", 2));
        assertEquals("whatif.unknownIndicator", e.problems().get(0).key());
    }
}
