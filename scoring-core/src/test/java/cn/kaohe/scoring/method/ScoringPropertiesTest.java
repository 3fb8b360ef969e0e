package cn.kaohe.scoring.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.explain.Contribution;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.Claim;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.scoring.rounding.Ratio;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Properties of the methods and the engine over generated inputs. */
class ScoringPropertiesTest {

    private static final ScoringEngine ZD = ScoringEngine.builder().scheme(SchemeReader.template("zd")).build();

    private static final Evaluation QUIET = new Evaluation() {
        @Override
        public String label() {
            return "I";
        }

        @Override
        public void flag(String flag) {
        }

        @Override
        public void incomplete(String flag) {
        }

        @Override
        public void reject(String key, String message, String... args) {
        }
    };

    private static Ratio prorate(Direction direction, BigDecimal points, BigDecimal target, BigDecimal actual) {
        return Proration.prorate(points, target, actual, direction, ZeroTargetPolicy.FULL_IF_REACHED, QUIET).value();
    }

    @Property
    void prorationIsMonotoneInTheActualValueZd05(@ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal points,
                                                 @ForAll @BigRange(min = "0.01", max = "1000") @Scale(2) BigDecimal target,
                                                 @ForAll @BigRange(min = "0", max = "2000") @Scale(2) BigDecimal a,
                                                 @ForAll @BigRange(min = "0", max = "2000") @Scale(2) BigDecimal b) {
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        assertTrue(prorate(Direction.HIGHER_IS_BETTER, points, target, low)
                .compareTo(prorate(Direction.HIGHER_IS_BETTER, points, target, high)) <= 0);
        assertTrue(prorate(Direction.LOWER_IS_BETTER, points, target, low)
                .compareTo(prorate(Direction.LOWER_IS_BETTER, points, target, high)) >= 0);
    }

    @Property
    void prorationStaysWithinZeroAndFullMarksZd05(@ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal points,
                                                 @ForAll @BigRange(min = "-10", max = "1000") @Scale(2) BigDecimal target,
                                                 @ForAll @BigRange(min = "-10", max = "100000") @Scale(3) BigDecimal actual) {
        for (Direction d : Direction.values()) {
            Ratio v = prorate(d, points, target, actual);
            assertTrue(v.signum() >= 0 && v.compareTo(Ratio.of(points)) <= 0, d + " " + v);
        }
    }

    @Property
    void deductionItemsNeverFallBelowZeroVil31(@ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal points,
                                              @ForAll @BigRange(min = "0", max = "300") @Scale(2) BigDecimal deducted) {
        Ratio v = Deduction.deduct(points, deducted, true).value();
        assertTrue(v.signum() >= 0 && v.compareTo(Ratio.of(points)) <= 0);
    }

    private static UnitData department(BigDecimal actual, int bonuses, int criticisms) {
        UnitData.Builder b = UnitData.builder("D", "department");
        for (String p : List.of("mid", "year_end")) {
            b.value("indicator[" + p + "]/items", NodeInput.Sheets.of(NodeInput.Sheet.of(List.of(
                    new NodeInput.SheetItem("I1", null, new BigDecimal("30"), null, new BigDecimal("70"), actual, List.of()),
                    NodeInput.SheetItem.proration("I2", "30", "3", "2")))));
            b.value("leader[" + p + "]/score", NodeInput.Score.of("7.5"));
        }
        for (String q : List.of("q1", "q2", "q3", "q4")) {
            b.value("public[" + q + "]/score", NodeInput.Score.of("26.7"));
        }
        if (bonuses > 0) {
            b.claim(Claim.of("commendation", "party_gov/province").withEvidence(true).withCount(bonuses));
        }
        if (criticisms > 0) {
            b.claim(Claim.of("conduct", "criticism/county").withCount(criticisms));
        }
        return b.build();
    }

    @Property
    void capsAreNeverExceededZd18Zd23(@ForAll @IntRange(min = 0, max = 6) int bonuses,
                                      @ForAll @IntRange(min = 0, max = 12) int criticisms) {
        UnitResult r = ZD.score(department(new BigDecimal("50"), bonuses, criticisms));
        assertTrue(r.capApplied().get("bonus").compareTo(new BigDecimal("4")) <= 0);
        assertTrue(r.capApplied().get("deduction").compareTo(new BigDecimal("4")) <= 0);
        assertTrue(r.bonus().compareTo(new BigDecimal("4")) <= 0);
    }

    @Property
    void contributionsSumToTheTotal(@ForAll @BigRange(min = "0", max = "200") @Scale(3) BigDecimal actual,
                                    @ForAll @IntRange(min = 0, max = 3) int bonuses,
                                    @ForAll @IntRange(min = 0, max = 9) int criticisms) {
        UnitResult r = ZD.score(department(actual, bonuses, criticisms));
        BigDecimal sum = r.breakdown().stream().map(Contribution::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(r.finalScore()), r.breakdown().toString());
    }

    @Property
    void finalScoreIsMonotoneInTheActualValue(@ForAll @BigRange(min = "0", max = "150") @Scale(2) BigDecimal a,
                                              @ForAll @BigRange(min = "0", max = "150") @Scale(2) BigDecimal b) {
        BigDecimal low = ZD.score(department(a.min(b), 0, 0)).finalScore();
        BigDecimal high = ZD.score(department(a.max(b), 0, 0)).finalScore();
        assertTrue(low.compareTo(high) <= 0);
    }
}
