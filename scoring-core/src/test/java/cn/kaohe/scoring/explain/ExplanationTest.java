package cn.kaohe.scoring.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.input.Claim;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.io.SchemeReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A result explains every point: per indicator and adjustment, with contributions adding up to the total. */
class ExplanationTest {

    private static BigDecimal sum(UnitResult r) {
        return r.breakdown().stream().map(Contribution::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static UnitData tsUnit() {
        return UnitData.builder("U1", "二类").year(2016)
                .value("items", NodeInput.Sheets.of(NodeInput.Sheet.of(List.of(
                        new NodeInput.SheetItem("I1", "important", new BigDecimal("90"), new BigDecimal("22.55"), null,
                                null, List.of(NodeInput.Quantity.of("100", "120"))),
                        NodeInput.SheetItem.deduction("I2", "10", "0")))))
                .claim(Claim.of("commendation", "bureau_party_committee").withWork("W1")
                        .withDocDate(LocalDate.parse("2016-06-30")))
                .claim(Claim.of("commendation", "county_party_gov").withWork("W2")
                        .withDocDate(LocalDate.parse("2015-12-30")))
                .build();
    }

    @Test
    void contributionsAddUpToTheRoundedTotalTs20() {
        UnitResult r = ScoringEngine.builder().scheme(SchemeReader.template("ts")).build().score(tsUnit());
        assertEquals(0, new BigDecimal("80.0").compareTo(r.finalScore()));
        assertEquals(0, sum(r).compareTo(r.finalScore()), r.breakdown().toString());
        assertTrue(r.breakdown().stream().anyMatch(c -> c.source().equals("rounding")));
    }

    @Test
    void everyLeafLineCarriesMethodInputsRuleAndContribution() {
        UnitResult r = ScoringEngine.builder().scheme(SchemeReader.template("ts")).build().score(tsUnit());
        assertEquals(2, r.indicators().size());
        for (IndicatorLine line : r.indicators()) {
            assertEquals("DEDUCTION", line.method());
            assertEquals("TS-11", line.ruleId());
            assertNotNull(line.contribution());
            assertTrue(line.inputs().containsKey("deductions"));
        }
    }

    @Test
    void refusedAdjustmentsSayWhy() {
        UnitResult r = ScoringEngine.builder().scheme(SchemeReader.template("ts")).build().score(tsUnit());
        AdjustmentLine refused = r.adjustments().stream().filter(l -> !l.applied()).findFirst().orElseThrow();
        assertEquals("W2", refused.work());
        assertEquals("DOC_DATE_2015-12-30_NOT_IN_2016", refused.reason()); // TS-16
        assertTrue(r.flags().contains("COMMENDATION_OUTSIDE_YEAR:W2"));
    }

    @Test
    void vetoReasonIsExplainedAndTheScoreKeptVil26() {
        ScoringEngine vil = ScoringEngine.builder().scheme(SchemeReader.template("vil")).build();
        UnitData.Builder b = UnitData.builder("V1", "village")
                .value("quantitative/common/sheet", NodeInput.Sheets.of(NodeInput.Sheet.of(List.of(
                        NodeInput.SheetItem.deduction("党建", "100", "0")))))
                .value("quantitative/stage", NodeInput.Sheets.of(NodeInput.Sheet.of(List.of(
                        NodeInput.SheetItem.deduction("阶段", "100", "0")))))
                .value("qualitative/leadership", new NodeInput.Votes(Map.of("好", 10)))
                .value("qualitative/social", new NodeInput.Votes(Map.of("满意", 40)))
                .value("qualitative/member_rep", new NodeInput.Votes(Map.of("满意", 30)))
                .veto("安全生产");
        UnitResult r = vil.score(b.build());
        assertEquals("不合格", r.grade());
        assertEquals(0, new BigDecimal("100").compareTo(r.finalScore()));
        assertTrue(r.reasons().get(0).contains("安全生产"));
        assertEquals(0, sum(r).compareTo(r.finalScore()));
    }

    @Test
    void incompleteResultHasNoScoreNoGradeAndNoBreakdownZd05() {
        ScoringEngine zd = ScoringEngine.builder().scheme(SchemeReader.template("zd")).build();
        UnitData.Builder b = UnitData.builder("T1", "township");
        for (String p : List.of("mid", "year_end")) {
            b.value("indicator[" + p + "]/items", NodeInput.Sheets.of(NodeInput.Sheet.of(List.of(
                    NodeInput.SheetItem.proration("I1", "90", p.equals("mid") ? "100" : null, "95")))));
            b.value("leader[" + p + "]/score", NodeInput.Score.of("9"));
        }
        UnitResult r = zd.score(b.build());
        assertEquals(Status.INCOMPLETE, r.status());
        assertNull(r.finalScore());
        assertNull(r.grade());
        assertTrue(r.breakdown().isEmpty());
        assertTrue(r.flags().contains("TARGET_MISSING:year_end:I1"));
    }
}
