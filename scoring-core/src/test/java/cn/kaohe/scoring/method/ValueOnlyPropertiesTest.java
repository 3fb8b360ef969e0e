package cn.kaohe.scoring.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.explain.IndicatorLine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.outcome.GradeBand;
import cn.kaohe.scoring.outcome.GradeScale;
import cn.kaohe.scoring.rounding.Division;
import cn.kaohe.scoring.rounding.Ratio;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.scoring.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * {@link ScoringMethod#valueOnly} and inputs kept as given: the engine scores the usual proration and deduction leaves by their value alone and
 * re-derives each indicator line when it is read. The value must be the one {@link ScoringMethod#evaluate} gives
 * (settled by the division policy), the shortcut must be refused whenever evaluate has something to report, and the
 * re-derived lines must be the method's own outcome.
 */
class ValueOnlyPropertiesTest {

    /** Records what a method reports. */
    private static final class Reports implements Evaluation {
        final List<String> seen = new ArrayList<>();

        @Override
        public String label() {
            return "I";
        }

        @Override
        public void flag(String flag) {
            seen.add("flag " + flag);
        }

        @Override
        public void incomplete(String flag) {
            seen.add("incomplete " + flag);
        }

        @Override
        public void reject(String key, String message, String... args) {
            seen.add("reject " + key);
        }
    }

    private static void assertSameAsEvaluate(ScoringMethod method, NodeInput input) {
        for (Division division : Division.values()) {
            Ratio quick = method.valueOnly(input, division);
            Reports reports = new Reports();
            LeafOutcome out = method.evaluate(input, reports);
            if (quick == null) {
                continue;
            }
            assertTrue(reports.seen.isEmpty(), "a shortcut was taken although evaluate reports " + reports.seen);
            Ratio settled = division.settle(out.value());
            assertEquals(0, quick.compareTo(settled), method + " " + input + " " + division);
            assertEquals(settled.value(), quick.value(), "the decimals shown must be identical");
        }
    }

    @Property
    void prorationValueOnlyIsTheSettledValueOfEvaluateZd05(
            @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal points,
            @ForAll @BigRange(min = "-10", max = "1000") @Scale(2) BigDecimal target,
            @ForAll @BigRange(min = "-10", max = "2000") @Scale(3) BigDecimal actual) {
        for (Direction d : Direction.values()) {
            for (ZeroTargetPolicy z : ZeroTargetPolicy.values()) {
                Proration p = new Proration(points, d, z);
                NodeInput input = new NodeInput.TargetActual(target, actual);
                assertSameAsEvaluate(p, input);
                // a positive target with an actual value is the usual case: the shortcut must be taken
                if (target.signum() > 0) {
                    assertNotNull(p.valueOnly(input, Division.EXACT));
                }
                // the cut-off itself (actual = target) and a zero actual
                assertSameAsEvaluate(p, new NodeInput.TargetActual(target, target));
                assertSameAsEvaluate(p, new NodeInput.TargetActual(target, BigDecimal.ZERO));
            }
        }
    }

    @Property
    void prorationWithoutTargetOrActualIsLeftToEvaluateZd05(
            @ForAll @BigRange(min = "0.01", max = "1000") @Scale(2) BigDecimal value) {
        Proration p = Proration.of("10");
        assertNull(p.valueOnly(new NodeInput.TargetActual(null, value), Division.EXACT));
        assertNull(p.valueOnly(new NodeInput.TargetActual(value, null), Division.EXACT));
        assertNull(p.valueOnly(NodeInput.Score.of("1"), Division.EXACT));
    }

    @Property
    void deductionValueOnlyIsTheSettledValueOfEvaluateVil31(
            @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal points,
            @ForAll @BigRange(min = "-5", max = "300") @Scale(2) BigDecimal deducted) {
        for (boolean floor : new boolean[] {true, false}) {
            Deduction m = new Deduction(points, floor);
            NodeInput input = new NodeInput.Score(deducted);
            assertSameAsEvaluate(m, input);
            assertEquals(deducted.signum() >= 0, m.valueOnly(input, Division.EXACT) != null);
        }
    }

    private static Scheme scheme(Division division) {
        Indicator g = Indicator.group("g", null, null, List.of(
                Indicator.leaf("up", null, null, new Proration(new BigDecimal("40"), Direction.HIGHER_IS_BETTER, null)),
                Indicator.leaf("down", null, null, new Proration(new BigDecimal("30"), Direction.LOWER_IS_BETTER, null)),
                Indicator.leaf("ded", null, null, new Deduction(new BigDecimal("20"), true))));
        GradeScale bands = new GradeScale(List.of(GradeBand.halfOpen("A", "50", null), GradeBand.halfOpen("B", null, "50")),
                null);
        return Scheme.of(new Scheme("lean", "lean", List.of(Category.of("c",
                Indicator.group("root", null, null, List.of(g)))), null, bands, List.of(), null, null, null, null,
                division));
    }

    @Test
    void inputsKeptAsGivenCompareByValueAndExplainInCanonicalForm() {
        NodeInput given = new NodeInput.TargetActual(new BigDecimal("250.50"), new BigDecimal("200.00"));
        NodeInput parsed = NodeInput.TargetActual.of("250.5", "200");
        assertEquals(parsed, given);
        assertEquals(parsed.hashCode(), given.hashCode());
        assertEquals(NodeInput.Score.of("2"), new NodeInput.Score(new BigDecimal("2.000")));
        assertEquals(NodeInput.Score.of("2").hashCode(), new NodeInput.Score(new BigDecimal("2.000")).hashCode());
        assertNotEquals(NodeInput.Score.of("2"), NodeInput.Score.of("2.001"));
        for (Division division : Division.values()) {
            ScoringEngine engine = ScoringEngine.builder().scheme(scheme(division)).build();
            UnitResult a = engine.score(UnitData.builder("U", "c").value("g/up", given).value("g/down", given)
                    .value("g/ded", new NodeInput.Score(new BigDecimal("1.50"))).build());
            UnitResult b = engine.score(UnitData.builder("U", "c").value("g/up", parsed).value("g/down", parsed)
                    .value("g/ded", NodeInput.Score.of("1.5")).build());
            assertEquals(b.indicators(), a.indicators());
            assertEquals("250.5", a.indicators().get(0).inputs().get("target"));
            assertEquals("200", a.indicators().get(0).inputs().get("actual"));
            assertEquals("1.5", a.indicators().get(2).inputs().get("deductions"));
            assertEquals(b.finalScore().toPlainString(), a.finalScore().toPlainString());
            assertEquals(b.values(), a.values());
        }
    }

    @Property
    void linesReadLaterAreTheMethodsOwnOutcome(
            @ForAll @BigRange(min = "0.01", max = "500") @Scale(2) BigDecimal target,
            @ForAll @BigRange(min = "-1", max = "700") @Scale(3) BigDecimal actual,
            @ForAll @BigRange(min = "0", max = "30") @Scale(1) BigDecimal deducted) {
        for (Division division : Division.values()) {
            Scheme scheme = scheme(division);
            Map<String, NodeInput> inputs = Map.of("g/up", new NodeInput.TargetActual(target, actual),
                    "g/down", new NodeInput.TargetActual(target, actual), "g/ded", new NodeInput.Score(deducted));
            UnitData.Builder b = UnitData.builder("U", "c");
            inputs.forEach(b::value);
            UnitResult r = ScoringEngine.builder().scheme(scheme).build().score(b.build());
            assertEquals(3, r.indicators().size());
            Indicator g = scheme.categories().get(0).root().children().get(0);
            for (IndicatorLine line : r.indicators()) {
                Indicator leaf = g.children().stream().filter(c -> line.path().equals("g/" + c.id())).findFirst()
                        .orElseThrow();
                LeafOutcome out = leaf.method().evaluate(inputs.get(line.path()), new Reports());
                assertEquals(leaf.method().name(), line.method());
                assertEquals(out.inputs(), line.inputs());
                assertEquals(out.bound(), line.bound());
                assertEquals(out.factor() == null ? null : out.factor().value(), line.factor());
                assertEquals(division.settle(out.value()).value(), line.value());
                assertEquals(line.value(), line.contribution());
                assertEquals(line.value(), r.values().get(line.path()));
            }
        }
    }
}
