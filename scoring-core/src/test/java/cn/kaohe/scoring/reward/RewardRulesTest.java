package cn.kaohe.scoring.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.InvalidInputException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RewardRulesTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static final GradeBands XJ20 = new GradeBands("XJ-20", List.of(GradeBand.of("优秀", d("90")),
            GradeBand.of("良好", d("80")), GradeBand.of("合格", d("70")), GradeBand.of("不合格", null)));

    @Test
    void principalGetsAtLeastThirtyPercentOfEachPrize_TB17() {
        PrincipalShareRule rule = PrincipalShareRule.of("TB-17", d("30"));
        assertEquals(0, d("3000").compareTo(rule.minimumShare(d("10000"))));
        assertEquals(0, d("1800").compareTo(rule.minimumShare(d("6000"))));
        assertEquals(0, d("900").compareTo(rule.minimumShare(d("3000"))));
    }

    @Test
    void distributionRecordBelowThePrincipalMinimumIsReported_TB17() {
        PrincipalShareRule rule = PrincipalShareRule.of("TB-17", d("30"));
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        shares.put("正职", d("2000"));
        shares.put("副职", d("8000"));
        assertEquals(List.of("principalShare.belowMinimum:2000_lt_3000"), rule.check(d("10000"), "正职", shares));
        shares.put("正职", d("3000"));
        shares.put("副职", d("7000"));
        assertTrue(rule.check(d("10000"), "正职", shares).isEmpty());
    }

    @Test
    void shareAboveHundredPercentIsRejected() {
        assertThrows(InvalidConfigurationException.class, () -> PrincipalShareRule.of("TB-17", d("101")));
    }

    @Test
    void excellentEarnsOneMonthAndGoodHalfAMonthOfBasicSalary_XJ28() {
        SalaryRewardRule rule = new SalaryRewardRule("XJ-28", Map.of("优秀", d("1"), "良好", d("0.5")),
                Set.of("不合格"), "XJ-29");
        List<BigDecimal> salaries = List.of(d("3000"), d("3200"), d("2800"));
        assertEquals(0, d("9000").compareTo(rule.poolFor("U1", "优秀", salaries).pool()));
        assertEquals(0, d("4500").compareTo(rule.poolFor("U2", "良好", salaries).pool()));
        RewardPool fail = rule.poolFor("U4", "不合格", salaries);
        assertEquals(0, BigDecimal.ZERO.compareTo(fail.pool()));
        assertTrue(fail.principalLosesEligibility(), "XJ-29");
        assertFalse(rule.poolFor("U3", "合格", salaries).principalLosesEligibility());
    }

    @Test
    void negativeSalaryIsRejectedNamingTheUnit() {
        SalaryRewardRule rule = new SalaryRewardRule("XJ-28", Map.of("优秀", d("1")), Set.of(), "XJ-29");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> rule.poolFor("U9", "优秀", List.of(d("-1"))));
        assertEquals("U9", e.unitId());
    }

    @Test
    void portfolioMeanIsGradedWithTheUnitBands_XJ25() {
        PortfolioGrading g = new PortfolioGrading("XJ-25", PortfolioAggregation.MEAN, XJ20, Set.of("优秀", "良好"),
                "XJ-27");
        PortfolioResult r = g.grade("DH1", List.of(d("92"), d("85"), d("78")));
        assertEquals(0, d("85").compareTo(r.mean()));
        assertEquals("良好", r.grade());
        assertTrue(r.eligible());
        assertFalse(g.grade("DH2", List.of(d("92"), d("71"), d("65"))).eligible(), "XJ-27: 合格 is not eligible");
    }

    @Test
    void worstAndMajorityAggregationsAreOptions_XJ25() {
        List<BigDecimal> scores = List.of(d("92"), d("85"), d("78"));
        assertEquals("合格", new PortfolioGrading("XJ-25", PortfolioAggregation.WORST, XJ20, Set.of("优秀"), "XJ-27")
                .grade("DH1", scores).grade());
        assertEquals("合格", new PortfolioGrading("XJ-25", PortfolioAggregation.MAJORITY, XJ20, Set.of("优秀"),
                "XJ-27").grade("DH1", scores).grade(), "three different grades: the lowest wins the tie");
    }

    @Test
    void bandsGradeOnExactValues() {
        assertEquals("良好", XJ20.grade(d("89.99")));
        assertEquals("优秀", XJ20.grade(d("90.0")));
        assertThrows(InvalidConfigurationException.class, () -> new GradeBands("X",
                List.of(GradeBand.of("a", d("80")), GradeBand.of("b", d("90")))));
    }

    @Test
    void failingTwoYearsRunningProposesOrganisationalHandling_XJ30() {
        GradeHistoryRule rule = new GradeHistoryRule("XJ-30", Set.of("差", "不合格"), List.of("全县通报批评"), 2);
        HistoryOutcome twice = rule.evaluate("U2", List.of("不合格", "差"));
        assertTrue(twice.organisationalHandlingProposed());
        assertEquals(List.of("全县通报批评"), twice.sanctions());
        HistoryOutcome once = rule.evaluate("U1", List.of("良好", "差"));
        assertFalse(once.organisationalHandlingProposed());
        HistoryOutcome recovered = rule.evaluate("U4", List.of("差", "合格"));
        assertTrue(recovered.sanctions().isEmpty());
        assertFalse(recovered.organisationalHandlingProposed());
    }

    @Test
    void oneMissingEvidenceDefersTheTiersCitySystemBonus_TB07() {
        EvidenceDeferralRule rule = new EvidenceDeferralRule("TB-07", false);
        Map<String, EvidenceDeferralRule.Evidence> ev = new LinkedHashMap<>();
        ev.put("A", EvidenceDeferralRule.Evidence.PROVIDED);
        ev.put("B", EvidenceDeferralRule.Evidence.MISSING);
        ev.put("C", EvidenceDeferralRule.Evidence.NOT_APPLICABLE);
        EvidenceDeferralRule.DeferralOutcome o = rule.evaluate(ev);
        assertTrue(o.deferred());
        assertEquals(List.of("B"), o.missing());
        assertEquals(List.of("A"), o.deferredUnits());
        ev.put("B", EvidenceDeferralRule.Evidence.PROVIDED);
        assertFalse(rule.evaluate(ev).deferred(), "a unit without a city-system result is not missing");
    }
}
