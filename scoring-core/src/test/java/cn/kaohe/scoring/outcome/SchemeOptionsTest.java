package cn.kaohe.scoring.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.adjustment.AdjustmentTable;
import cn.kaohe.scoring.adjustment.Adjustments;
import cn.kaohe.scoring.adjustment.GrowthStep;
import cn.kaohe.scoring.adjustment.Sign;
import cn.kaohe.scoring.explain.Status;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.Claim;
import cn.kaohe.scoring.input.Growth;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.method.BelowMinimum;
import cn.kaohe.scoring.method.Direction;
import cn.kaohe.scoring.method.Discretionary;
import cn.kaohe.scoring.method.Proration;
import cn.kaohe.scoring.method.Survey;
import cn.kaohe.scoring.method.ZeroTargetPolicy;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.scoring.scheme.Scheme;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The RULES.md §12 options that are not exercised by the shipped templates' worked cases. */
class SchemeOptionsTest {

    private static final GradeScale BANDS = new GradeScale(List.of(GradeBand.halfOpen("优秀", "90", null),
            GradeBand.halfOpen("良好", "80", "90"), GradeBand.halfOpen("不合格", null, "80")), null);

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Scheme scheme(VetoEffect effect, BigDecimal totalCap, Indicator... leaves) {
        Map<String, BigDecimal> rows = new LinkedHashMap<>();
        rows.put("big", d("8"));
        Adjustments adj = new Adjustments(List.of(AdjustmentTable.rows("bonus", Sign.BONUS, null, rows)), List.of(),
                List.of(new GrowthStep("g", "VIL-18", d("5"), d("10"), d("0.5"), d("0.5"), true, true)));
        return Scheme.of(new Scheme("opt", "options", List.of(Category.of("c",
                Indicator.group("root", null, null, List.of(leaves)))), adj, BANDS, List.of(),
                new VetoRule(List.of("安全生产"), effect, "不合格", "§12 #1"), null, null, totalCap));
    }

    private static Indicator score() {
        return Indicator.leaf("s", null, null, new Discretionary(null, d("100")));
    }

    private static UnitResult run(Scheme scheme, UnitData.Builder data) {
        return ScoringEngine.builder().scheme(scheme).build().score(data.build());
    }

    @Test
    void zeroScoreVetoZeroesTheScore() {
        UnitResult r = run(scheme(VetoEffect.ZERO_SCORE, null, score()),
                UnitData.builder("U", "c").value("s", NodeInput.Score.of("95")).veto("安全生产"));
        assertEquals(0, BigDecimal.ZERO.compareTo(r.finalScore()));
        assertEquals("不合格", r.grade());
        assertFalse(r.honoursEligible());
    }

    @Test
    void blockTopGradeVetoDowngradesOnlyTheTopGrade() {
        UnitResult r = run(scheme(VetoEffect.BLOCK_TOP_GRADE, null, score()),
                UnitData.builder("U", "c").value("s", NodeInput.Score.of("95")).veto("安全生产"));
        assertEquals("良好", r.grade());
        assertEquals(0, d("95").compareTo(r.finalScore()));
    }

    @Test
    void blockHonoursVetoKeepsScoreAndGradeTb20() {
        UnitResult r = run(scheme(VetoEffect.BLOCK_HONOURS, null, score()),
                UnitData.builder("U", "c").value("s", NodeInput.Score.of("95")).veto("安全生产"));
        assertEquals("优秀", r.grade());
        assertFalse(r.honoursEligible());
        assertTrue(r.flags().contains("VETO:安全生产"));
    }

    @Test
    void totalCapHoldsTheTotalAtTheCap() {
        UnitResult r = run(scheme(VetoEffect.FORCE_FAIL, d("100"), score()),
                UnitData.builder("U", "c").value("s", NodeInput.Score.of("95")).claim(Claim.of("bonus", "big")));
        assertEquals(0, d("100").compareTo(r.finalScore()));
        assertTrue(r.flags().contains("TOTAL_CAPPED_AT_100"));
    }

    @Test
    void growthOptionsTestLastYearAndCountPartialSteps() {
        // thresholdOnPrevious: last year's 5 passes the 5万元 test; partialSteps: 15% growth → 1.5 steps → 0.75
        UnitResult r = run(scheme(VetoEffect.FORCE_FAIL, null, score()), UnitData.builder("U", "c")
                .value("s", NodeInput.Score.of("80")).growth("g", Growth.of("5.75", "5")));
        assertEquals(0, d("0.75").compareTo(r.growth()));
    }

    @Test
    void lowerIsBetterProratesTargetOverActualZd05() {
        Indicator accidents = Indicator.leaf("a", null, null,
                new Proration(d("10"), Direction.LOWER_IS_BETTER, ZeroTargetPolicy.FULL_IF_REACHED));
        Scheme s = scheme(VetoEffect.FORCE_FAIL, null, accidents);
        assertEquals(0, d("8").compareTo(run(s, UnitData.builder("U", "c")
                .value("a", NodeInput.TargetActual.of("4", "5"))).value("a")));
        assertEquals(0, d("10").compareTo(run(s, UnitData.builder("U", "c")
                .value("a", NodeInput.TargetActual.of("4", "0"))).value("a")));
    }

    @Test
    void zeroTargetPolicyIncompleteBlocksScoring() {
        Indicator i = Indicator.leaf("i", null, null,
                new Proration(d("10"), Direction.HIGHER_IS_BETTER, ZeroTargetPolicy.INCOMPLETE));
        UnitResult r = run(scheme(VetoEffect.FORCE_FAIL, null, i), UnitData.builder("U", "c")
                .value("i", NodeInput.TargetActual.of("0", "3")));
        assertEquals(Status.INCOMPLETE, r.status());
        assertTrue(r.flags().contains("TARGET_NOT_POSITIVE:i"));
    }

    @Test
    void surveyBelowMinimumCanBeScoredAndFlaggedVil10() {
        Map<String, BigDecimal> scale = Map.of("满意", d("1"), "基本满意", d("0.8"), "不满意", d("0.6"));
        Indicator survey = Indicator.leaf("social", null, null,
                new Survey(d("100"), scale, 40, BelowMinimum.SCORE_AND_FLAG, List.of("满意", "基本满意"), d("0.6")));
        UnitResult r = run(scheme(VetoEffect.FORCE_FAIL, null, survey), UnitData.builder("U", "c")
                .value("social", new NodeInput.Votes(Map.of("满意", 12, "不满意", 8))));
        assertEquals(Status.COMPLETE, r.status());
        assertEquals(0, d("84").compareTo(r.finalScore()));
        assertTrue(r.flags().contains("SURVEY_BELOW_MIN_RESPONDENTS:social:20<40"));
        assertTrue(r.honoursEligible(), "exactly 60% satisfied passes XJ-31");
        UnitResult low = run(scheme(VetoEffect.FORCE_FAIL, null, survey), UnitData.builder("U", "c")
                .value("social", new NodeInput.Votes(Map.of("满意", 5, "不满意", 10))));
        assertFalse(low.honoursEligible(), "below 60% satisfied: no honours (XJ-31)");
    }

    @Test
    void boundariesCanBeInclusiveOnEitherSide() {
        GradeScale upperInclusive = new GradeScale(List.of(new GradeBand("合格", d("80"), null, false, false),
                new GradeBand("不合格", null, d("80"), true, true)), null);
        assertEquals("不合格", upperInclusive.grade(d("80")));
        assertEquals("合格", upperInclusive.grade(d("80.0001")));
        assertEquals("良好", BANDS.grade(d("89.96")), "exact comparison: 89.96 is not ≥ 90");
    }
}
