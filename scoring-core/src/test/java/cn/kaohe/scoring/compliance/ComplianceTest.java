package cn.kaohe.scoring.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ranking.InvalidInputException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplianceTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void rateIsTestedOnItsExactValueAndRoundedOnlyForDisplay_SAFE6_02() {
        RateResult r = RateTarget.atLeast("意见整改和反馈率", "SAFE6-02", d("100")).evaluate(d("44"), d("45"));
        assertEquals("97.78", r.displayPercent().toPlainString());
        assertFalse(r.met());
        RateTarget high = RateTarget.atLeast("x", "T", d("99.99"));
        RateResult almost = high.evaluate(d("99989"), d("100000"));
        assertEquals("99.99", almost.displayPercent().toPlainString(), "displays as the target");
        assertFalse(almost.met(), "but 99.989 is below 99.99");
    }

    @Test
    void mediationSuccessRateIsReportedToTwoDecimals_LAW04() {
        RateResult r = RateTarget.reported("调处成功率", "LAW-04").evaluate(d("1855"), d("1863"));
        assertEquals("99.57", r.displayPercent().toPlainString());
        assertTrue(r.isMet().isEmpty());
    }

    @Test
    void zeroTotalAndDoneAboveTotalAreInputErrors() {
        RateTarget t = RateTarget.atLeast("审查率", "LAW-01", d("100"));
        assertEquals("rate.total.zero", assertThrows(InvalidInputException.class,
                () -> t.evaluate(d("0"), d("0"))).key());
        assertEquals("rate.done.exceedsTotal", assertThrows(InvalidInputException.class,
                () -> t.evaluate(d("14"), d("13"))).key());
    }

    @Test
    void monthlyQuotaOfTenOverSixMonthsRequiresSixty_LAW03() {
        PeriodicQuota.Result r = new PeriodicQuota("法制信息", "LAW-03", d("10")).evaluate(6, d("257"));
        assertEquals(0, d("60").compareTo(r.required()));
        assertTrue(r.met());
        assertEquals(0, d("197").compareTo(r.surplus()));
        assertFalse(new PeriodicQuota("法制信息", "LAW-03", d("10")).evaluate(6, d("59")).met());
    }

    private static Figures plan(String thirdPhaseInvest) {
        Map<String, BigDecimal> f = new LinkedHashMap<>();
        f.put("total_km", d("504.5"));
        f.put("phases[0].km", d("80"));
        f.put("phases[0].invest_wan", d("960"));
        f.put("phases[1].km", d("335"));
        f.put("phases[1].invest_wan", d("4020"));
        f.put("phases[2].km", d("89.5"));
        f.put("phases[2].invest_wan", d(thirdPhaseInvest));
        return Figures.of(f);
    }

    @Test
    void phasesMustAddUpToTheTotalAndCostTheSamePerKilometre_SDO06() {
        ConsistencySpec spec = new ConsistencySpec(
                List.of(new SumCheck("km", "SDO-06", List.of("phases[*].km"), "total_km")),
                List.of(new RatioCheck("cost", "SDO-06", "phases[*].invest_wan", "phases[*].km", null)));
        ConsistencySpec.Report ok = spec.evaluate(plan("1074"));
        assertTrue(ok.consistent());
        assertEquals(0, d("504.5").compareTo(ok.result("km").computed().get(0)));
        ConsistencySpec.Report bad = spec.evaluate(plan("1075"));
        assertFalse(bad.consistent());
        assertEquals("cost", bad.failures().get(0).id());
    }

    @Test
    void unknownFigureIsAnInputErrorNamingIt() {
        SumCheck check = new SumCheck("x", "SDO-06", List.of("original_km"), "total_km");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> check.evaluate(plan("1074")));
        assertEquals("original_km", e.unitId());
    }

    @Test
    void threeHundredPercentsAreMetOnlyWhenAllAre_SAFE6_02() {
        Checklist list = new Checklist("三个100%", "SAFE6-02", List.of(
                RateTarget.atLeast("入户走访率", "SAFE6-02", d("100")),
                RateTarget.atLeast("意见收集率", "SAFE6-02", d("100"))));
        Map<String, Tally> t = new LinkedHashMap<>();
        t.put("入户走访率", Tally.of(d("120"), d("120")));
        t.put("意见收集率", Tally.of(d("45"), d("45")));
        assertTrue(list.evaluate(t).allMet());
        t.put("意见收集率", Tally.of(d("44"), d("45")));
        assertFalse(list.evaluate(t).allMet());
    }
}
