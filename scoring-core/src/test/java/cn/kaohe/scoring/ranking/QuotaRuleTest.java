package cn.kaohe.scoring.ranking;

import static cn.kaohe.scoring.ranking.RankingFixtures.d;
import static cn.kaohe.scoring.ranking.RankingFixtures.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotaRuleTest {

    private static final QuotaRule ZD29 = QuotaRule.percentOfGroup("ZD-29", "先进", d("25")).withFloor(d("90"));
    private static final QuotaRule ZD30 = QuotaRule.decidedCount("ZD-30", "先进", 3, 5).withFloor(d("95"));

    @Test
    void quotaOfTenAtTwentyFivePercentIsThree_ZD29() {
        assertEquals(3, ZD29.quotaFor(10, null));
    }

    @Test
    void quotaOfSevenIsTwoAndOfThirtyTwoIsEight_ZD29() {
        assertEquals(2, ZD29.quotaFor(7, null));
        assertEquals(8, ZD29.quotaFor(32, null));
    }

    @Test
    void roundingModeIsDeclaredNotAssumed_ZD29() {
        assertEquals(2, ZD29.withRounding(RoundingMode.FLOOR).quotaFor(10, null));
        assertEquals(2, ZD29.withRounding(RoundingMode.HALF_EVEN).quotaFor(10, null));
        assertEquals(3, ZD29.withRounding(RoundingMode.CEILING).quotaFor(9, null));
    }

    @Test
    void unnecessaryRoundingIsRejectedAsConfiguration() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> ZD29.withRounding(RoundingMode.UNNECESSARY));
        assertEquals("quota.rounding.unnecessary", e.key());
    }

    @Test
    void invertedCountRangeIsRejected() {
        assertThrows(InvalidConfigurationException.class, () -> QuotaRule.decidedCount("ZD-30", "先进", 5, 3));
    }

    @Test
    void floorOverridesTheCountAndUnfilledQuotaIsFlagged_ZD29() {
        QuotaOutcome o = ZD29.apply(Ranking.of(units("92.5", "89.96", "88", "75", "60", "59.5", "50")));
        assertEquals(2, o.quota());
        assertEquals(List.of("U1"), o.confirmed());
        assertEquals(QuotaStatus.BELOW_FLOOR, o.decision("U2").status());
        assertEquals(List.of("QUOTA_NOT_FILLED:1_of_2"), o.flags().stream().map(Flag::text).toList());
    }

    @Test
    void disqualifiedUnitIsSkippedAndItsPlacePassesDown_ZD31() {
        List<Candidate> c = new ArrayList<>(units("99", "95", "93", "91"));
        c.set(0, c.get(0).excludedBecause(Exclusion.of("特大生产安全事故", "ZD-31")));
        QuotaOutcome o = QuotaRule.percentOfGroup("ZD-29", "先进", d("50")).withFloor(d("90")).apply(Ranking.of(c));
        assertEquals(List.of("U2", "U3"), o.confirmed());
        assertEquals(List.of("U1"), o.excluded());
        assertEquals(QuotaStatus.EXCLUDED, o.decision("U1").status());
        assertEquals("ZD-31", o.decision("U1").ruleId());
    }

    @Test
    void tieStraddlingTheCutoffIsReportedNotBroken_ZD29() {
        QuotaOutcome o = ZD29.apply(Ranking.of(units("97", "95", "95", "80", "70", "60", "50", "40")));
        assertEquals(2, o.quota());
        assertEquals(List.of("U1"), o.confirmed());
        assertEquals(List.of("U2", "U3"), o.tiedAtCutoff());
        assertEquals(1, o.slotsForTied());
        assertEquals(List.of("TIE_AT_CUTOFF:2_for_1"), o.flags().stream().map(Flag::text).toList());
    }

    @Test
    void includeAllGivesEveryTiedUnitAPlaceAndFlagsTheExcess() {
        QuotaOutcome o = ZD29.withTiePolicy(TiePolicy.INCLUDE_ALL, null)
                .apply(Ranking.of(units("97", "95", "95", "80", "70", "60", "50", "40")));
        assertEquals(List.of("U1", "U2", "U3"), o.confirmed());
        assertEquals("QUOTA_EXCEEDED_BY_TIE", o.flags().get(0).code());
    }

    @Test
    void excludeAllLeavesTheTiedPlaceEmpty() {
        QuotaOutcome o = ZD29.withTiePolicy(TiePolicy.EXCLUDE_ALL, null)
                .apply(Ranking.of(units("97", "95", "95", "80", "70", "60", "50", "40")));
        assertEquals(List.of("U1"), o.confirmed());
        assertEquals(QuotaStatus.OUTSIDE_QUOTA, o.decision("U3").status());
        assertEquals("QUOTA_NOT_FILLED:1_of_2", o.flags().get(0).text());
    }

    @Test
    void tiebreakFieldBreaksTheTieHigherWins() {
        List<Candidate> c = new ArrayList<>(units("97", "95", "95", "80", "70", "60", "50", "40"));
        c.set(1, c.get(1).withTiebreak("指标评估", d("80")));
        c.set(2, c.get(2).withTiebreak("指标评估", d("85")));
        QuotaOutcome o = ZD29.withTiePolicy(TiePolicy.TIEBREAK_FIELD, "指标评估").apply(Ranking.of(c));
        assertEquals(List.of("U1", "U3"), o.confirmed());
    }

    @Test
    void missingTiebreakValueIsAnInputErrorNamingTheUnit() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ZD29.withTiePolicy(TiePolicy.TIEBREAK_FIELD, "指标评估")
                        .apply(Ranking.of(units("97", "95", "95", "80"))));
        assertEquals("U2", e.unitId());
    }

    @Test
    void decidedCountWithinThreeToFiveIsTheQuota_ZD30() {
        QuotaOutcome o = ZD30.apply(Ranking.of(units("99", "97.5", "96", "95.0", "95", "94.99")), 5);
        assertEquals(5, o.quota());
        assertEquals(List.of("U1", "U2", "U3", "U4", "U5"), o.confirmed());
        assertEquals(List.of(), o.flags());
    }

    @Test
    void decidedCountOutsideTheRangeIsRejected_ZD30() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ZD30.apply(Ranking.of(units("99")), 6));
        assertEquals("quota.decidedCount.outOfRange", e.key());
    }

    @Test
    void missingDecidedCountIsRejected_ZD30() {
        assertThrows(InvalidInputException.class, () -> ZD30.apply(Ranking.of(units("99"))));
    }

    @Test
    void fewerThanTheMinimumReachingTheFloorIsFlagged_ZD30() {
        QuotaOutcome o = ZD30.apply(Ranking.of(units("97", "95.5", "94.9", "90")), 3);
        assertEquals(List.of("U1", "U2"), o.confirmed());
        assertEquals(List.of("FEWER_THAN_3_UNITS_REACH_95"), o.flags().stream().map(Flag::text).toList());
    }

    @Test
    void fixedCountTakesTheTopFive_VIL29() {
        QuotaOutcome o = QuotaRule.fixedCount("VIL-29", "表彰", 5)
                .apply(Ranking.of(units("90", "89", "88", "87", "86", "85")));
        assertEquals(5, o.quota());
        assertEquals(5, o.confirmed().size());
    }

    @Test
    void equalityIgnoresScale() {
        assertEquals(QuotaRule.percentOfGroup("ZD-29", "先进", d("25.0")).withFloor(d("90.00")), ZD29);
        assertEquals(QuotaRule.percentOfGroup("ZD-29", "先进", d("25.0")).withFloor(d("90.00")).hashCode(),
                ZD29.hashCode());
    }
}
