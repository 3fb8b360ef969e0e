package cn.kaohe.scoring.rounding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.explain.Contribution;
import cn.kaohe.scoring.explain.IndicatorLine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.scoring.io.SchemeWriter;
import cn.kaohe.scoring.method.Deduction;
import cn.kaohe.scoring.method.Direction;
import cn.kaohe.scoring.method.Proration;
import cn.kaohe.scoring.method.ZeroTargetPolicy;
import cn.kaohe.scoring.outcome.GradeBand;
import cn.kaohe.scoring.outcome.GradeScale;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.scoring.scheme.Scheme;
import cn.kaohe.scoring.scheme.SchemeException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scheme option {@code "division"}: exact fractions by default (RULES.md §0, every seed scheme), or each quotient
 * rounded to 34 significant digits where it arises ({@code PER_QUOTIENT_DECIMAL128}, the arithmetic of
 * shared/perf's reference.py), with explanations that still add up exactly.
 */
class DivisionPolicyTest {

    private static final GradeScale BANDS = new GradeScale(List.of(GradeBand.halfOpen("优秀", "90", null),
            GradeBand.halfOpen("不合格", null, "90")), null);

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Indicator prorated(String id, String points, Direction direction) {
        return Indicator.leaf(id, null, null, new Proration(d(points), direction, ZeroTargetPolicy.FULL_IF_REACHED));
    }

    /** Two prorations with unrelated targets, a lower-is-better one and a deduction, in one group divided by 3. */
    private static Scheme scheme(Division division, String divisor) {
        Indicator group = Indicator.group("g", null, null, List.of(prorated("a", "40", Direction.HIGHER_IS_BETTER),
                prorated("b", "60", Direction.HIGHER_IS_BETTER), prorated("c", "30", Direction.LOWER_IS_BETTER),
                Indicator.leaf("e", null, null, new Deduction(d("20"), true)))).withDivisor(d(divisor));
        return Scheme.of(new Scheme("div", "division", List.of(Category.of("c",
                Indicator.group("root", null, null, List.of(group)))), null, BANDS, List.of(), null, null, null, null,
                division));
    }

    private static UnitResult score(Scheme scheme) {
        return ScoringEngine.builder().scheme(scheme).build().score(UnitData.builder("U", "c")
                .value("g/a", NodeInput.TargetActual.of("3", "2"))
                .value("g/b", NodeInput.TargetActual.of("7", "5"))
                .value("g/c", NodeInput.TargetActual.of("11", "13"))
                .value("g/e", NodeInput.Score.of("2.5"))
                .build());
    }

    private static BigDecimal div(String a, String b) {
        return d(a).divide(d(b), MathContext.DECIMAL128);
    }

    @Test
    void exactIsTheDefaultAndDividesOnceForTheTotal() {
        Scheme s = scheme(null, "1");
        assertEquals(Division.EXACT, s.division());
        // 40·2/3 + 60·5/7 + 30·11/13 + 17.5 = (80·91 + 300·39 + 330·21 + 17.5·273) / 273, divided once
        BigDecimal exact = d("80").multiply(d("91")).add(d("300").multiply(d("39"))).add(d("330").multiply(d("21")))
                .add(d("17.5").multiply(d("273"))).divide(d("273"), MathContext.DECIMAL128);
        assertEquals(0, exact.compareTo(score(s).finalScore()), score(s).finalScore().toPlainString());
    }

    @Test
    void perQuotientRoundsEachProrationLikeTheOracle() {
        UnitResult r = score(scheme(Division.PER_QUOTIENT_DECIMAL128, "1"));
        // reference.py: DIV(p·a, t) for each leaf, then exact sums
        BigDecimal a = div("80", "3");
        BigDecimal b = div("300", "7");
        BigDecimal c = div("330", "13");
        BigDecimal expected = a.add(b).add(c).add(d("17.5"));
        assertEquals(0, expected.compareTo(r.finalScore()), r.finalScore().toPlainString());
        assertEquals(0, expected.compareTo(r.base()));
        assertEquals(0, a.compareTo(r.value("g/a")));
        assertEquals(0, c.compareTo(r.value("g/c")));
        // the two policies differ in the last digits here, so the option is not a no-op
        assertNotEquals(0, expected.compareTo(score(scheme(Division.EXACT, "1")).finalScore()));
    }

    @Test
    void perQuotientRoundsAGroupsDivisorOnceOverTheRoundedChildren() {
        UnitResult r = score(scheme(Division.PER_QUOTIENT_DECIMAL128, "3"));
        BigDecimal children = div("80", "3").add(div("300", "7")).add(div("330", "13")).add(d("17.5"));
        BigDecimal expected = children.divide(d("3"), MathContext.DECIMAL128);
        assertEquals(0, expected.compareTo(r.finalScore()), r.finalScore().toPlainString());
        assertEquals(0, expected.compareTo(r.value("g")));
    }

    @Test
    void perQuotientExplanationsAddUpExactlyWithoutResidual() {
        UnitResult r = score(scheme(Division.PER_QUOTIENT_DECIMAL128, "1"));
        BigDecimal lines = BigDecimal.ZERO;
        for (IndicatorLine l : r.indicators()) {
            assertEquals(0, l.value().compareTo(r.value(l.path())), l.path());
            assertEquals(0, l.contribution().compareTo(r.contribution(l.path())), l.path());
            lines = lines.add(l.contribution());
        }
        assertEquals(0, lines.compareTo(r.finalScore()), "the indicator lines are the rounded quotients");
        BigDecimal sum = r.breakdown().stream().map(Contribution::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(r.finalScore()));
        assertFalse(r.breakdown().stream().anyMatch(c -> c.source().equals("residual")), r.breakdown().toString());
        // the completion factor is shown as before: actual/target, before the cap
        IndicatorLine a = r.indicators().stream().filter(l -> l.path().equals("g/a")).findFirst().orElseThrow();
        assertEquals(0, div("2", "3").compareTo(a.factor()));
    }

    @Test
    void perQuotientWithADivisorStillExplainsTheTotal() {
        UnitResult r = score(scheme(Division.PER_QUOTIENT_DECIMAL128, "3"));
        BigDecimal sum = r.breakdown().stream().map(Contribution::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(r.finalScore()), r.breakdown().toString());
    }

    @Test
    void seedSchemesStayExactAndWriteNoDivision() {
        for (String t : List.of("hos", "tb13", "vil", "ts", "zd", "xj", "xj-special")) {
            Scheme s = SchemeReader.template(t);
            assertEquals(Division.EXACT, s.division(), t);
            assertFalse(SchemeWriter.toJson(s).has("division"), t);
        }
    }

    @Test
    void theOptionIsReadAndWrittenBack() {
        ObjectNode json = SchemeWriter.toJson(SchemeReader.template("zd"));
        json.put("division", "PER_QUOTIENT_DECIMAL128");
        Scheme s = SchemeReader.fromJson(json, "zd-div.json");
        assertEquals(Division.PER_QUOTIENT_DECIMAL128, s.division());
        assertEquals("PER_QUOTIENT_DECIMAL128", SchemeWriter.toJson(s).get("division").asText());
        assertEquals(s, SchemeReader.fromJson(SchemeWriter.toJson(s), "again.json"));
    }

    @Test
    void anUnknownDivisionIsReportedAtItsField() {
        ObjectNode json = SchemeWriter.toJson(SchemeReader.template("zd"));
        json.put("division", "FLOAT");
        SchemeException e = assertThrows(SchemeException.class, () -> SchemeReader.fromJson(json, "bad.json"));
        assertTrue(e.problems().stream().anyMatch(p -> p.key().equals("field.unknownValue")
                && p.path().equals("$.division")), e.problems().toString());
    }

    @Test
    void settleKeepsDecimalsAndRoundsFractions() {
        Ratio third = Ratio.of(BigDecimal.ONE, d("3"));
        assertTrue(Division.EXACT.settle(third) == third);
        Ratio settled = Division.PER_QUOTIENT_DECIMAL128.settle(third);
        assertTrue(settled.isDecimal());
        assertEquals(0, div("1", "3").compareTo(settled.exactDecimal()));
        Ratio whole = Ratio.of(d("2.5"));
        assertTrue(Division.PER_QUOTIENT_DECIMAL128.settle(whole) == whole);
        assertEquals(null, Division.PER_QUOTIENT_DECIMAL128.settle(null));
    }
}
