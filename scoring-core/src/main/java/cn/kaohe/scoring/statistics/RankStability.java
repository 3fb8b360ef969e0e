package cn.kaohe.scoring.statistics;

import cn.kaohe.scoring.ranking.Candidate;
import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.InvalidInputException;
import cn.kaohe.scoring.ranking.Ranking;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * How fragile a ranking is before it is published (issue §10): each weight is changed by ±{@code relativeChange}
 * (default 10%) in turn, the units are re-scored, and the new ranking is compared with the baseline by Spearman's
 * rank correlation and Kendall's tau-b (Apache Commons Math; statistics only, never a score), plus the rank shifts.
 *
 * <p>The re-scoring is a function argument, so this class needs no knowledge of the engine: it receives weight
 * overrides (weight id → changed weight; empty for the baseline) and returns the exact scores by unit. Usage:
 *
 * <pre>{@code
 * RankStability.Report report = RankStability.analyse(
 *         Map.of("indicator", new BigDecimal("60"), "public", new BigDecimal("30"), "leader", new BigDecimal("10")),
 *         overrides -> engine.withWeights(overrides).scoreAll(units),   // unit → final score
 *         RankStability.DEFAULT_CHANGE, 4);
 * }</pre>
 *
 * <p>Thread-safe if the re-scoring function is.
 */
public final class RankStability {

    /** ±10%. */
    public static final BigDecimal DEFAULT_CHANGE = new BigDecimal("0.10");

    private RankStability() {
    }

    /**
     * @param weights        the baseline weights by id (each ≥ 0), in the order to report them
     * @param rescoring      weight overrides → scores by unit; {@code Map.of()} gives the baseline
     * @param relativeChange the relative change, in (0, 1)
     * @param scale          decimals of the correlations
     */
    public static Report analyse(Map<String, BigDecimal> weights,
            Function<Map<String, BigDecimal>, Map<String, BigDecimal>> rescoring, BigDecimal relativeChange,
            int scale) {
        Objects.requireNonNull(rescoring, "rescoring");
        if (relativeChange == null || relativeChange.signum() <= 0 || relativeChange.compareTo(BigDecimal.ONE) >= 0) {
            throw InvalidConfigurationException.of("stability.change.outOfRange", "rank stability", relativeChange);
        }
        if (scale < 0) {
            throw InvalidConfigurationException.of("statistics.scale.negative", "rank stability", scale);
        }
        if (weights == null || weights.isEmpty()) {
            throw InvalidConfigurationException.of("stability.weights.empty", "rank stability");
        }
        Map<String, BigDecimal> baseline = rescoring.apply(Map.of());
        if (baseline == null || baseline.isEmpty()) {
            throw InvalidInputException.of("stability.scores.empty", "baseline");
        }
        List<String> units = new ArrayList<>(baseline.keySet());
        Ranking baseRanking = rank(baseline);
        units.sort(Comparator.comparingInt(u -> baseRanking.require(u).rank()));
        List<Perturbation> perturbations = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
            if (w.getValue() == null || w.getValue().signum() < 0) {
                throw InvalidConfigurationException.of("stability.weight.invalid", "weight " + w.getKey(),
                        w.getValue());
            }
            for (BigDecimal factor : List.of(BigDecimal.ONE.subtract(relativeChange),
                    BigDecimal.ONE.add(relativeChange))) {
                BigDecimal changed = w.getValue().multiply(factor);
                Map<String, BigDecimal> scores = rescoring.apply(Map.of(w.getKey(), changed));
                perturbations.add(compare(w.getKey(), w.getValue(), changed, units, baseline, baseRanking, scores,
                        scale));
            }
        }
        return new Report(baseRanking.order(), perturbations);
    }

    private static Perturbation compare(String weightId, BigDecimal base, BigDecimal changed, List<String> units,
            Map<String, BigDecimal> baseline, Ranking baseRanking, Map<String, BigDecimal> scores, int scale) {
        if (scores == null || !scores.keySet().equals(baseline.keySet())) {
            throw InvalidInputException.of("stability.units.changed", "weight " + weightId);
        }
        Ranking ranking = rank(scores);
        List<Perturbation.RankShift> shifts = new ArrayList<>();
        int maxShift = 0;
        for (String u : units) {
            int before = baseRanking.require(u).rank();
            int after = ranking.require(u).rank();
            if (before != after) {
                shifts.add(new Perturbation.RankShift(u, before, after));
                maxShift = Math.max(maxShift, Math.abs(before - after));
            }
        }
        BigDecimal spearman = null;
        BigDecimal kendall = null;
        if (units.size() >= 2) {
            // statistics only, never a score: correlations computed by Commons Math in binary floating point
            List<BigDecimal> a = units.stream().map(baseline::get).toList();
            List<BigDecimal> b = units.stream().map(scores::get).toList();
            double[] x = Doubles.toArray(a);
            double[] y = Doubles.toArray(b);
            spearman = Doubles.toDecimal(new SpearmansCorrelation().correlation(x, y), scale);
            kendall = Doubles.toDecimal(new KendallsCorrelation().correlation(x, y), scale);
        }
        return new Perturbation(weightId, base, changed, spearman, kendall, shifts, maxShift);
    }

    private static Ranking rank(Map<String, BigDecimal> scores) {
        List<Candidate> candidates = new ArrayList<>();
        scores.forEach((u, s) -> {
            if (s == null) {
                throw InvalidInputException.of("stability.score.missing", u);
            }
            candidates.add(Candidate.of(u, s));
        });
        return Ranking.of(candidates);
    }

    /**
     * The stability report.
     *
     * @param baselineOrder  unit ids in baseline ranking order
     * @param perturbations  one entry per weight and direction (−, +), in weight order
     */
    public record Report(List<String> baselineOrder, List<Perturbation> perturbations) {

        public Report {
            baselineOrder = List.copyOf(baselineOrder);
            perturbations = List.copyOf(perturbations);
        }

        /** The lowest defined Spearman correlation, or null when none is defined. */
        public BigDecimal minSpearman() {
            return perturbations.stream().map(Perturbation::spearman).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
        }

        /** The lowest defined Kendall correlation, or null when none is defined. */
        public BigDecimal minKendall() {
            return perturbations.stream().map(Perturbation::kendall).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
        }

        /** Whether no change of any weight moved any unit. */
        public boolean stable() {
            return perturbations.stream().allMatch(p -> p.maxShift() == 0);
        }
    }
}
