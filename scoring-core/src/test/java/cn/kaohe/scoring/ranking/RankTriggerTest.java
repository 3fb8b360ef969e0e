package cn.kaohe.scoring.ranking;

import static cn.kaohe.scoring.ranking.RankingFixtures.d;
import static cn.kaohe.scoring.ranking.RankingFixtures.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankTriggerTest {

    private static final RankTrigger TB18 = RankTrigger.lastBelow("TB-18", d("75"), "LAST_BELOW_75",
            List.of("通报批评", "诫勉谈话"));
    private static final RankTrigger TB19 = RankTrigger.lastBelow("TB-19", d("65"), "LAST_BELOW_65",
            List.of("党政一把手引咎辞职"));
    private static final RankTrigger ZD37 = RankTrigger.bottomBelow("ZD-37", 3, d("60"), "REFER", List.of());

    private static List<String> hits(RankTrigger t, Ranking r) {
        return t.evaluate(r).stream().map(TriggerHit::unitId).toList();
    }

    @Test
    void lastPlaceBelow75IsSanctioned_TB18() {
        assertEquals(List.of("U3"), hits(TB18, Ranking.of(units("88", "80", "74.9"))));
    }

    @Test
    void lastPlaceAtExactly75IsNotSanctioned_TB18() {
        assertTrue(hits(TB18, Ranking.of(units("88", "80", "75.0"))).isEmpty());
    }

    @Test
    void everyUnitTiedForLastIsSanctioned_TB18() {
        assertEquals(List.of("U2", "U3"), hits(TB18, Ranking.of(units("88", "70", "70"))));
    }

    @Test
    void notLastBelow75IsNotSanctioned_TB18() {
        assertEquals(List.of("U3"), hits(TB18, Ranking.of(units("88", "72", "71"))));
    }

    @Test
    void lastPlaceBelow65AlsoMeetsTB18_TB19() {
        Ranking r = Ranking.of(units("88", "64"));
        assertEquals(List.of("U2"), hits(TB19, r));
        assertEquals(List.of("U2"), hits(TB18, r));
    }

    @Test
    void bottomThreeBelowSixtyAreReferredButSixtyIsNot_ZD37() {
        Ranking r = Ranking.of(units("92.5", "89.96", "88", "75", "59", "60.0", "59.5"));
        assertEquals(List.of("U7", "U5"), hits(ZD37, r));
    }

    @Test
    void belowSixtyOutsideTheBottomThreeIsNotReferred_ZD37() {
        Ranking r = Ranking.of(units("59", "58", "57", "56"));
        assertEquals(List.of("U2", "U3", "U4"), hits(ZD37, r));
    }

    @Test
    void lastScopeWithMoreThanOnePlaceIsRejected() {
        assertThrows(InvalidConfigurationException.class,
                () -> new RankTrigger("TB-18", RankTrigger.Scope.LAST, 2, d("75"), false, "X", List.of()));
    }

    @Test
    void cityWideLastPlaceWithoutThresholdFires_TB04() {
        RankTrigger tb04 = new RankTrigger("TB-04", RankTrigger.Scope.LAST, 1, null, false, "CITY_LAST", List.of());
        assertEquals(List.of("U2"), hits(tb04, Ranking.of(units("99", "98"))));
    }
}
