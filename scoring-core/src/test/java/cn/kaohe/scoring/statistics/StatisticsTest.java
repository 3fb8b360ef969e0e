package cn.kaohe.scoring.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void describesATiersScores() {
        TierStatistics s = TierStatistics.of(List.of(d("95.2"), d("93"), d("91.4"), d("88"), d("80"), d("76"),
                d("74.9")));
        assertEquals(7, s.n());
        assertEquals(0, d("85.5").compareTo(s.mean()));
        assertEquals(0, d("88").compareTo(s.median()));
        assertEquals(0, d("74.9").compareTo(s.min()));
        assertEquals(0, d("95.2").compareTo(s.max()));
        assertEquals(0, d("78.0000").compareTo(s.firstQuartile()), "R-7: 76 + 0.5 × (80 − 76)");
        assertEquals(0, d("92.2000").compareTo(s.thirdQuartile()));
        assertEquals(0, d("8.4089").compareTo(s.standardDeviation()), "sample sd rounded half-up to 4 decimals");
        assertEquals(4, s.standardDeviation().scale());
    }

    @Test
    void oneUnitHasZeroSpread() {
        TierStatistics s = TierStatistics.of(List.of(d("90")));
        assertEquals(0, BigDecimal.ZERO.compareTo(s.standardDeviation()));
        assertEquals(0, BigDecimal.ZERO.compareTo(s.interquartileRange()));
    }

    /** Department formula ZD-26 with weights as overrides: indicator + public + leader, per unit. */
    private static Function<Map<String, BigDecimal>, Map<String, BigDecimal>> zd26(
            Map<String, Map<String, BigDecimal>> partsByUnit, Map<String, BigDecimal> weights) {
        return overrides -> {
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            partsByUnit.forEach((unit, parts) -> {
                BigDecimal total = BigDecimal.ZERO;
                for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
                    total = total.add(parts.get(w.getKey()).multiply(overrides.getOrDefault(w.getKey(), w.getValue())));
                }
                out.put(unit, total);
            });
            return out;
        };
    }

    private static Map<String, BigDecimal> parts(String indicator, String pub, String leader) {
        return Map.of("indicator", d(indicator), "public", d(pub), "leader", d(leader));
    }

    @Test
    void clearlySeparatedRankingIsStableUnderTenPercentChanges() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("indicator", d("0.6"));
        weights.put("public", d("0.3"));
        weights.put("leader", d("0.1"));
        Map<String, Map<String, BigDecimal>> units = new LinkedHashMap<>();
        units.put("A", parts("95", "95", "95"));
        units.put("B", parts("80", "80", "80"));
        units.put("C", parts("60", "60", "60"));
        RankStability.Report r = RankStability.analyse(weights, zd26(units, weights), RankStability.DEFAULT_CHANGE, 4);
        assertEquals(List.of("A", "B", "C"), r.baselineOrder());
        assertEquals(6, r.perturbations().size(), "each weight −10% and +10%");
        assertTrue(r.stable());
        assertEquals(0, BigDecimal.ONE.compareTo(r.minSpearman()));
        assertEquals(0, BigDecimal.ONE.compareTo(r.minKendall()));
    }

    @Test
    void closeRankingShowsWhichWeightFlipsIt() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("indicator", d("0.6"));
        weights.put("public", d("0.3"));
        weights.put("leader", d("0.1"));
        Map<String, Map<String, BigDecimal>> units = new LinkedHashMap<>();
        units.put("A", parts("90", "70", "80"));  // 54 + 21 + 8 = 83
        units.put("B", parts("80", "89", "80"));  // 48 + 26.7 + 8 = 82.7
        units.put("C", parts("50", "50", "50"));
        RankStability.Report r = RankStability.analyse(weights, zd26(units, weights), RankStability.DEFAULT_CHANGE, 4);
        assertFalse(r.stable());
        Perturbation publicUp = r.perturbations().get(3);
        assertEquals("public", publicUp.weightId());
        assertEquals(0, d("0.33").compareTo(publicUp.changedWeight()));
        assertEquals(1, publicUp.maxShift(), "B overtakes A when 公众评估 weighs 33%");
        assertEquals(0, d("0.5").compareTo(publicUp.spearman()));
        assertEquals(0, d("0.3333").compareTo(publicUp.kendall()));
    }

    @Test
    void correlationOfASingleUnitIsUndefined() {
        RankStability.Report r = RankStability.analyse(Map.of("w", d("1")),
                o -> Map.of("A", o.getOrDefault("w", d("1"))), RankStability.DEFAULT_CHANGE, 4);
        assertNull(r.perturbations().get(0).spearman());
    }

    @Test
    void changeOutsideZeroToOneIsRejected() {
        assertThrows(InvalidConfigurationException.class,
                () -> RankStability.analyse(Map.of("w", d("1")), o -> Map.of("A", d("1")), d("1.5"), 4));
    }
}
