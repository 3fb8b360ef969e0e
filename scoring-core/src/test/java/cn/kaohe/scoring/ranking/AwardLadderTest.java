package cn.kaohe.scoring.ranking;

import static cn.kaohe.scoring.ranking.RankingFixtures.d;
import static cn.kaohe.scoring.ranking.RankingFixtures.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwardLadderTest {

    private static final AwardLadder TB14 = AwardLadder.of("TB-14", List.of(
            AwardTier.of("综合先进奖", 1, d("10000"), "TB-14"), AwardTier.of("二等奖", 2, d("6000"), "TB-14")));

    private static String award(AwardOutcome o, String unit) {
        AwardTier t = o.decision(unit).award();
        return t == null ? null : t.name();
    }

    @Test
    void firstPlaceGetsTheComprehensiveAwardAndNextTwoTheSecondPrize_TB14() {
        AwardOutcome o = TB14.allocate(Ranking.of(units("95.2", "93", "91.4", "88")));
        assertEquals("综合先进奖", award(o, "U1"));
        assertEquals("二等奖", award(o, "U2"));
        assertEquals("二等奖", award(o, "U3"));
        assertNull(award(o, "U4"));
    }

    @Test
    void vetoedUnitsAwardPassesDownToTheNextEligibleUnit_TB20() {
        List<Candidate> c = new ArrayList<>(units("96", "92", "90", "85", "70"));
        c.set(0, c.get(0).excludedBecause(Exclusion.of("安全生产", "TB-20")));
        AwardOutcome o = TB14.allocate(Ranking.of(c));
        assertTrue(o.decision("U1").excluded());
        assertNull(award(o, "U1"));
        assertEquals("综合先进奖", award(o, "U2"));
        assertEquals("二等奖", award(o, "U4"));
    }

    @Test
    void tieAcrossAnAwardBoundaryIsReportedForDecision() {
        AwardOutcome o = TB14.allocate(Ranking.of(units("95", "95", "90", "85")));
        assertNull(award(o, "U1"));
        assertEquals(List.of("综合先进奖", "二等奖"), o.decision("U1").contested());
        assertEquals("二等奖", award(o, "U3"), "the tie occupies places 1-2; place 3 is decided");
        assertEquals(List.of("AWARD_TIE:U1_U2"), o.flags().stream().map(Flag::text).toList());
    }

    @Test
    void tieWithinOneAwardGivesBothTheAward() {
        AwardOutcome o = TB14.allocate(Ranking.of(units("95", "90", "90", "85")));
        assertEquals("二等奖", award(o, "U2"));
        assertEquals("二等奖", award(o, "U3"));
        assertTrue(o.flags().isEmpty());
    }

    @Test
    void includeAllGivesTiedUnitsTheBetterAward() {
        AwardLadder ladder = new AwardLadder("TB-14", TB14.tiers(), null, TiePolicy.INCLUDE_ALL, null);
        AwardOutcome o = ladder.allocate(Ranking.of(units("95", "95", "90")));
        assertEquals("综合先进奖", award(o, "U1"));
        assertEquals("综合先进奖", award(o, "U2"));
    }
}
