package cn.kaohe.scoring.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The yardstick of {@code shared/perf/README.md}: the generator's semantics written directly as a plain loop
 * over {@code BigDecimal} values, without a scheme, explanations or validation. Division is
 * {@code MathContext.DECIMAL128}, everything else exact, as {@code reference.py} does.
 */
public final class PlainBigDecimalScorer {

    static final BigDecimal CAP = BigDecimal.valueOf(4);
    static final BigDecimal NINETY = BigDecimal.valueOf(90);
    static final BigDecimal EIGHTY = BigDecimal.valueOf(80);
    static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private PlainBigDecimalScorer() {
    }

    /**
     * Scores, grades and ranks every unit.
     *
     * @param p the province
     * @return one row per unit
     */
    public static ProvinceResults score(Province p) {
        int n = p.unitCount();
        int m = p.indicatorCount();
        BigDecimal[] total = new BigDecimal[n];
        BigDecimal[] bonus = new BigDecimal[n];
        BigDecimal[] deduction = new BigDecimal[n];
        BigDecimal[] fin = new BigDecimal[n];
        for (int u = 0; u < n; u++) {
            BigDecimal sum = BigDecimal.ZERO;
            int base = u * m;
            for (int i = 0; i < m; i++) {
                BigDecimal pts = p.points[i];
                BigDecimal s;
                switch (p.methods[i]) {
                    case PRORATE -> {
                        BigDecimal t = p.target[base + i];
                        BigDecimal a = p.actual[base + i];
                        s = a.compareTo(t) >= 0 ? pts : pts.multiply(a).divide(t, MathContext.DECIMAL128);
                    }
                    case PRORATE_LOW -> {
                        BigDecimal t = p.target[base + i];
                        BigDecimal a = p.actual[base + i];
                        s = a.signum() <= 0 || a.compareTo(t) <= 0 ? pts
                                : pts.multiply(t).divide(a, MathContext.DECIMAL128);
                    }
                    default -> {
                        s = pts.subtract(p.deductions[base + i]);
                        if (s.signum() < 0) {
                            s = BigDecimal.ZERO;
                        }
                    }
                }
                sum = sum.add(s);
            }
            total[u] = sum;

            Map<String, Province.Adjustment> best = new HashMap<>();
            BigDecimal dedRaw = BigDecimal.ZERO;
            for (Province.Adjustment a : p.adjustments[u]) {
                if (a.kind() == Province.Kind.BONUS) {
                    best.merge(a.workId(), a, (x, y) -> y.level() > x.level()
                            || (y.level() == x.level() && y.points().compareTo(x.points()) > 0) ? y : x);
                } else {
                    dedRaw = dedRaw.add(a.points());
                }
            }
            BigDecimal bonusRaw = BigDecimal.ZERO;
            for (Province.Adjustment a : best.values()) {
                bonusRaw = bonusRaw.add(a.points());
            }
            bonus[u] = bonusRaw.min(CAP);
            deduction[u] = dedRaw.min(CAP);
            fin[u] = sum.add(bonus[u]).subtract(deduction[u]);
        }

        int[] rank = new int[n];
        boolean[] xianjin = new boolean[n];
        Map<String, int[]> tierCount = new HashMap<>();
        for (int u = 0; u < n; u++) {
            tierCount.computeIfAbsent(p.unitTiers[u], k -> new int[1])[0]++;
        }
        Integer[] order = new Integer[n];
        for (int u = 0; u < n; u++) {
            order[u] = u;
        }
        Arrays.sort(order, Comparator.<Integer, String>comparing(u -> p.unitTiers[u])
                .thenComparing((x, y) -> fin[y].compareTo(fin[x])));
        int start = 0;
        while (start < n) {
            String tier = p.unitTiers[order[start]];
            int end = start;
            while (end < n && p.unitTiers[order[end]].equals(tier)) {
                end++;
            }
            int k = (end - start + 2) / 4;
            int r = 0;
            int er = 0;
            int eligible = 0;
            BigDecimal prev = null;
            BigDecimal prevEligible = null;
            for (int pos = start; pos < end; pos++) {
                int u = order[pos];
                if (prev == null || fin[u].compareTo(prev) != 0) {
                    r = pos - start + 1;
                }
                prev = fin[u];
                rank[u] = r;
                if (!p.vetoed[u] && fin[u].compareTo(NINETY) >= 0) {
                    if (prevEligible == null || fin[u].compareTo(prevEligible) != 0) {
                        er = eligible + 1;
                    }
                    prevEligible = fin[u];
                    eligible++;
                    xianjin[u] = er <= k;
                }
            }
            start = end;
        }

        ProvinceResults.Row[] rows = new ProvinceResults.Row[n];
        for (int u = 0; u < n; u++) {
            rows[u] = new ProvinceResults.Row(p.unitIds[u], p.unitTiers[u], total[u], bonus[u], deduction[u],
                    p.vetoed[u], fin[u], grade(p.vetoed[u], fin[u]), rank[u], xianjin[u]);
        }
        return new ProvinceResults(rows);
    }

    static String grade(boolean vetoed, BigDecimal s) {
        if (vetoed) {
            return "不合格";
        }
        if (s.compareTo(NINETY) >= 0) {
            return "优秀";
        }
        if (s.compareTo(EIGHTY) >= 0) {
            return "良好";
        }
        if (s.compareTo(SIXTY) >= 0) {
            return "合格";
        }
        return "不合格";
    }
}
