package cn.kaohe.scoring.ranking;

import static cn.kaohe.scoring.ranking.RankingFixtures.d;
import static cn.kaohe.scoring.ranking.RankingFixtures.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void ranksOnExactScoresSo8996IsBelow90() {
        Ranking r = Ranking.of(units("89.96", "90"));
        assertEquals(List.of("U2", "U1"), r.order());
        assertEquals(2, r.require("U1").rank());
    }

    @Test
    void tiedUnitsShareTheirRankAndNameEachOther() {
        Ranking r = Ranking.of(units("95", "95.0", "90"));
        assertEquals(1, r.require("U1").rank());
        assertEquals(1, r.require("U2").rank());
        assertEquals(3, r.require("U3").rank());
        assertEquals(List.of("U2"), r.require("U1").tiedWith());
        assertEquals(List.of("U1", "U2", "U3"), r.order(), "ties keep their input order");
    }

    @Test
    void allUnitsTiedAtTheLowestScoreAreLast_TB18() {
        Ranking r = Ranking.of(units("80", "70", "70"));
        assertEquals(List.of("U2", "U3"), r.last().stream().map(RankedUnit::unitId).toList());
        assertEquals(3, r.require("U1").rankFromBottom());
    }

    @Test
    void excludedUnitsKeepTheirRank_TB20() {
        Ranking r = Ranking.of(List.of(Candidate.of("A", d("96"), List.of(Exclusion.of("安全生产", "TB-20"))),
                Candidate.of("B", d("92"))));
        assertEquals(1, r.require("A").rank());
    }

    @Test
    void duplicateUnitIsRejectedNamingIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Ranking.of(List.of(Candidate.of("A", d("1")), Candidate.of("A", d("2")))));
        assertEquals("ranking.unit.duplicate", e.key());
        assertEquals("A", e.unitId());
    }

    @Test
    void candidateEqualityIgnoresScale() {
        assertEquals(Candidate.of("A", d("95.0")), Candidate.of("A", d("95")));
        assertEquals(Candidate.of("A", d("95.0")).hashCode(), Candidate.of("A", d("95")).hashCode());
    }
}
