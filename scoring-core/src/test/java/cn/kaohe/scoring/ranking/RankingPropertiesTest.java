package cn.kaohe.scoring.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of ranking and quotas over random tiers (scores with 0–2 decimals, many ties). */
class RankingPropertiesTest {

    @Provide
    Arbitrary<List<BigDecimal>> scores() {
        return Arbitraries.integers().between(0, 400).map(i -> BigDecimal.valueOf(i, i % 3))
                .list().ofMinSize(1).ofMaxSize(40);
    }

    private static List<Candidate> candidates(List<BigDecimal> scores) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            Candidate c = Candidate.of("U" + i, scores.get(i));
            out.add(i % 5 == 4 ? c.excludedBecause(Exclusion.of("veto", "TB-20")) : c);
        }
        return out;
    }

    @Property
    void ranksArePermutationConsistentWithScores(@ForAll("scores") List<BigDecimal> scores) {
        Ranking r = Ranking.of(candidates(scores));
        assertEquals(scores.size(), r.size());
        assertEquals(scores.size(), new HashSet<>(r.order()).size());
        for (RankedUnit a : r.units()) {
            long higher = r.units().stream().filter(b -> b.candidate().score().compareTo(a.candidate().score()) > 0)
                    .count();
            assertEquals(higher + 1, a.rank());
        }
    }

    @Property
    void tiedUnitsGetEqualRanks(@ForAll("scores") List<BigDecimal> scores) {
        Ranking r = Ranking.of(candidates(scores));
        for (RankedUnit a : r.units()) {
            for (RankedUnit b : r.units()) {
                boolean tied = a.candidate().score().compareTo(b.candidate().score()) == 0;
                assertEquals(tied, a.rank() == b.rank());
                assertEquals(tied && a != b, a.tiedWith().contains(b.unitId()));
            }
        }
    }

    @Property
    void quotaNeverExceedsTheRoundedShare(@ForAll("scores") List<BigDecimal> scores,
            @ForAll @IntRange(min = 1, max = 100) int percent, @ForAll RoundingMode mode,
            @ForAll boolean withFloor) {
        if (mode == RoundingMode.UNNECESSARY) {
            return;
        }
        QuotaRule rule = QuotaRule.percentOfGroup("ZD-29", "先进", BigDecimal.valueOf(percent)).withRounding(mode)
                .withFloor(withFloor ? new BigDecimal("90") : null);
        QuotaOutcome o = rule.apply(Ranking.of(candidates(scores)));
        BigDecimal share = BigDecimal.valueOf(percent).multiply(BigDecimal.valueOf(scores.size()))
                .divide(BigDecimal.valueOf(100));
        assertEquals(share.setScale(0, mode).intValueExact(), o.quota());
        assertTrue(o.confirmed().size() + o.slotsForTied() <= o.quota());
        for (String id : o.confirmed()) {
            Candidate c = Ranking.of(candidates(scores)).require(id).candidate();
            assertTrue(!c.isExcluded() && rule.reachesFloor(c.score()));
        }
    }

    @Property
    void confirmedUnitsOutscoreEveryEligibleUnitLeftOut(@ForAll("scores") List<BigDecimal> scores,
            @ForAll @IntRange(min = 1, max = 100) int percent) {
        Ranking ranking = Ranking.of(candidates(scores));
        QuotaOutcome o = QuotaRule.percentOfGroup("ZD-29", "先进", BigDecimal.valueOf(percent)).apply(ranking);
        for (String in : o.confirmed()) {
            for (QuotaDecision out : o.decisions().values()) {
                if (out.status() == QuotaStatus.OUTSIDE_QUOTA || out.status() == QuotaStatus.TIED_AT_CUTOFF) {
                    assertTrue(ranking.require(in).candidate().score()
                            .compareTo(ranking.require(out.unitId()).candidate().score()) > 0);
                }
            }
        }
    }
}
