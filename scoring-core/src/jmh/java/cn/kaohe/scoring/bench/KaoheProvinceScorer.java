package cn.kaohe.scoring.bench;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.adjustment.AdjustmentTable;
import cn.kaohe.scoring.adjustment.Adjustments;
import cn.kaohe.scoring.adjustment.CapGroup;
import cn.kaohe.scoring.adjustment.Sign;
import cn.kaohe.scoring.explain.Contribution;
import cn.kaohe.scoring.explain.IndicatorLine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.Claim;
import cn.kaohe.scoring.input.InputLayout;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.method.Deduction;
import cn.kaohe.scoring.method.Direction;
import cn.kaohe.scoring.method.Proration;
import cn.kaohe.scoring.method.ScoringMethod;
import cn.kaohe.scoring.method.ZeroTargetPolicy;
import cn.kaohe.scoring.outcome.Eligibility;
import cn.kaohe.scoring.outcome.GradeBand;
import cn.kaohe.scoring.outcome.GradeScale;
import cn.kaohe.scoring.outcome.VetoEffect;
import cn.kaohe.scoring.outcome.VetoRule;
import cn.kaohe.scoring.ranking.Candidate;
import cn.kaohe.scoring.rounding.Division;
import cn.kaohe.scoring.ranking.Exclusion;
import cn.kaohe.scoring.ranking.QuotaRule;
import cn.kaohe.scoring.ranking.TierEvaluation;
import cn.kaohe.scoring.ranking.TierRules;
import cn.kaohe.scoring.ranking.TiePolicy;
import cn.kaohe.scoring.ranking.UnitStanding;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.scoring.scheme.Scheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The province scored by Kaohe: a {@link Scheme} equivalent to the generator's semantics, one
 * {@link ScoringEngine} built from it, every unit scored with its full explanation ({@link UnitResult}), then each
 * tier ranked with the 25% 先进 quota by {@link TierRules}.
 *
 * <p>The scheme: one category per tier, each with the tree G1..G4 (weight 1: the points already carry the group
 * weight) of leaves {@code PRORATE} = {@link Proration} higher-is-better, {@code PRORATE_LOW} = {@link Proration}
 * lower-is-better, {@code DEDUCT} = {@link Deduction} floored at zero; an entered-value bonus table with
 * highest-per-work (the generator's level points never decrease with the level, so the highest value per work is the
 * highest level's) and an entered-value deduction table, each capped at 4 separately; veto area {@code veto} with
 * effect {@link VetoEffect#FORCE_FAIL}; bands [90,∞) 优秀, [80,90) 良好, [60,80) 合格, (−∞,60) 不合格. The quota is
 * {@code QuotaRule} 25% half-up, floor 90, ties at the cut-off all included, vetoed units excluded.
 */
public final class KaoheProvinceScorer {

    static final String BONUS = "bonus";
    static final String DEDUCTION = "deduction";
    static final String VETO = "veto";

    private final ScoringEngine engine;
    private final List<TierRules> tiers;
    private final String[] paths;
    /** The indicator paths in the province's order: every unit's inputs are an array in this order. */
    private final InputLayout layout;

    private KaoheProvinceScorer(ScoringEngine engine, List<TierRules> tiers, String[] paths) {
        this.engine = engine;
        this.tiers = tiers;
        this.paths = paths;
        this.layout = InputLayout.of(List.of(paths));
    }

    /**
     * Builds the scheme and the engine for a province's indicators and tiers.
     *
     * @param p the province (only its indicators and tier names are used)
     * @return a scorer
     */
    public static KaoheProvinceScorer of(Province p) {
        Map<String, List<Indicator>> groups = new LinkedHashMap<>();
        String[] paths = new String[p.indicatorCount()];
        for (int i = 0; i < p.indicatorCount(); i++) {
            BigDecimal pts = p.points(i);
            ScoringMethod method = switch (p.method(i)) {
                case PRORATE -> new Proration(pts, Direction.HIGHER_IS_BETTER, ZeroTargetPolicy.FULL_IF_REACHED);
                case PRORATE_LOW -> new Proration(pts, Direction.LOWER_IS_BETTER, ZeroTargetPolicy.FULL_IF_REACHED);
                case DEDUCT -> new Deduction(pts, true);
            };
            groups.computeIfAbsent(p.group(i), g -> new ArrayList<>())
                    .add(Indicator.leaf(p.indicatorId(i), p.indicatorId(i), BigDecimal.ONE, method));
            paths[i] = p.group(i) + "/" + p.indicatorId(i);
        }
        List<Indicator> children = new ArrayList<>();
        groups.forEach((g, leaves) -> children.add(Indicator.group(g, g, BigDecimal.ONE, leaves)));
        Indicator root = Indicator.group("root", "province", BigDecimal.ONE, children);

        LinkedHashSet<String> tierIds = new LinkedHashSet<>();
        for (int u = 0; u < p.unitCount(); u++) {
            tierIds.add(p.tier(u));
        }
        List<Category> categories = new ArrayList<>();
        List<TierRules> tiers = new ArrayList<>();
        QuotaRule quota = QuotaRule.percentOfGroup("PERF-QUOTA", "先进", BigDecimal.valueOf(25))
                .withRounding(RoundingMode.HALF_UP).withFloor(BigDecimal.valueOf(90))
                .withTiePolicy(TiePolicy.INCLUDE_ALL, null);
        for (String t : tierIds) {
            categories.add(Category.of(t, root));
            tiers.add(new TierRules(t, quota, null, List.of()));
        }
        BigDecimal four = BigDecimal.valueOf(4);
        Adjustments adjustments = new Adjustments(List.of(
                new AdjustmentTable(BONUS, Sign.BONUS, null, Map.of(), BigDecimal.ZERO, null, true, false, false, null,
                        null, BONUS, false, null),
                new AdjustmentTable(DEDUCTION, Sign.DEDUCTION, null, Map.of(), BigDecimal.ZERO, null, false, false,
                        false, null, null, DEDUCTION, false, null)),
                List.of(new CapGroup(BONUS, four, null, "BONUS_CAPPED_AT_4"),
                        new CapGroup(DEDUCTION, four, null, "DEDUCTION_CAPPED_AT_4")),
                List.of());
        GradeScale grades = new GradeScale(List.of(
                GradeBand.halfOpen("优秀", "90", null),
                GradeBand.halfOpen("良好", "80", "90"),
                GradeBand.halfOpen("合格", "60", "80"),
                GradeBand.halfOpen("不合格", null, "60")), GradeScale.Basis.ABSOLUTE);
        // the generator's arithmetic (gen_province.py): every division rounded to 34 digits where it arises
        Scheme scheme = Scheme.of(new Scheme("province", "synthetic province (shared/perf/gen_province.py)",
                categories, adjustments, grades, List.of(),
                new VetoRule(List.of(VETO), VetoEffect.FORCE_FAIL, "不合格", null), Eligibility.OPEN, null, null,
                Division.PER_QUOTIENT_DECIMAL128));
        return new KaoheProvinceScorer(ScoringEngine.builder().scheme(scheme).build(), tiers, paths);
    }

    /** @return the engine */
    public ScoringEngine engine() {
        return engine;
    }

    /**
     * The unit data of unit {@code u} in the engine's input model.
     *
     * @param p the province
     * @param u the unit index
     * @return the unit data
     */
    public UnitData unitData(Province p, int u) {
        UnitData.Builder b = UnitData.builder(p.unitId(u), p.tier(u));
        NodeInput[] inputs = new NodeInput[paths.length];
        for (int i = 0; i < paths.length; i++) {
            inputs[i] = p.method(i) == Province.Method.DEDUCT
                    ? new NodeInput.Score(p.deductions(u, i))
                    : new NodeInput.TargetActual(p.target(u, i), p.actual(u, i));
        }
        b.values(layout, inputs);
        for (Province.Adjustment a : p.adjustments(u)) {
            b.claim(new Claim(a.kind() == Province.Kind.BONUS ? BONUS : DEDUCTION, Province.LEVELS.get(a.level()),
                    a.workId(), 1, a.points(), null, null, null));
        }
        if (p.vetoed(u)) {
            b.veto(VETO);
        }
        return b.build();
    }

    /**
     * Reads a result's whole explanation, as a caller writing it out would: every indicator line (its decimals and
     * its inputs as text), the values and contributions per path, the breakdown. The engine makes these parts when
     * first read; this makes all of them.
     *
     * @param r a result
     * @return a number depending on everything read (for a JMH black hole)
     */
    public static long readExplanation(UnitResult r) {
        long n = 0;
        for (IndicatorLine l : r.indicators()) {
            n += l.inputs().hashCode() + scale(l.factor()) + scale(l.value()) + scale(l.contribution());
        }
        n += r.values().size() + r.contributions().size();
        for (Contribution c : r.breakdown()) {
            n += scale(c.amount());
        }
        return n;
    }

    private static int scale(BigDecimal d) {
        return d == null ? 0 : d.scale();
    }

    /**
     * The explained results of every unit and the tier evaluations.
     *
     * @param units       one explained result per unit, in province order
     * @param evaluations one evaluation per tier
     * @param results     the same as rows comparable with {@code results.csv}
     */
    public record Run(List<UnitResult> units, Map<String, TierEvaluation> evaluations, ProvinceResults results) {
    }

    /**
     * Scores every unit (full explanations), then ranks each tier with its quota.
     *
     * @param p the province
     * @return the run
     */
    public Run scoreAndRank(Province p) {
        return scoreAndRank(p, true);
    }

    /**
     * Scores every unit (full explanations are always computed), then ranks each tier with its quota.
     *
     * @param p      the province
     * @param retain keep every unit's explained {@link UnitResult} in the run; {@code false} keeps only what the
     *               comparison with {@code results.csv} needs, as a batch that writes each explanation out and
     *               drops it would (used at 100k units, where a retained explanation per unit does not fit the heap)
     * @return the run ({@link Run#units()} is empty when not retained)
     */
    public Run scoreAndRank(Province p, boolean retain) {
        return scoreAndRank(p, retain, r -> { });
    }

    /**
     * As {@link #scoreAndRank(Province, boolean)}, handing every unit's explained result to {@code each} as it is
     * made (a batch writing each explanation out).
     *
     * @param p      the province
     * @param retain keep every unit's explained result in the run
     * @param each   receives each result once scored
     * @return the run
     */
    public Run scoreAndRank(Province p, boolean retain, Consumer<UnitResult> each) {
        int n = p.unitCount();
        List<UnitResult> results = new ArrayList<>(retain ? n : 0);
        ProvinceResults.Row[] partial = new ProvinceResults.Row[n];
        Map<String, List<Candidate>> byTier = new LinkedHashMap<>();
        for (int u = 0; u < n; u++) {
            UnitResult r = engine.score(unitData(p, u));
            each.accept(r);
            if (retain) {
                results.add(r);
            }
            partial[u] = new ProvinceResults.Row(r.unitId(), r.category(), r.base(), r.bonus(), r.deduction(),
                    r.flags().contains("VETO:" + VETO), r.finalScore(), r.grade(), 0, false);
            Candidate c = r.honoursEligible() ? Candidate.of(r.unitId(), r.finalScore())
                    : Candidate.of(r.unitId(), r.finalScore(), List.of(new Exclusion("一票否决", "PERF-VETO")));
            byTier.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(c);
        }
        Map<String, TierEvaluation> evaluations = new LinkedHashMap<>();
        for (TierRules t : tiers) {
            evaluations.put(t.tierId(), t.evaluate(byTier.getOrDefault(t.tierId(), List.of())));
        }
        ProvinceResults.Row[] rows = new ProvinceResults.Row[n];
        for (int u = 0; u < n; u++) {
            ProvinceResults.Row r = partial[u];
            UnitStanding s = evaluations.get(r.tier()).standings().get(r.unitId());
            rows[u] = new ProvinceResults.Row(r.unitId(), r.tier(), r.indicatorTotal(), r.bonus(), r.deduction(),
                    r.veto(), r.finalScore(), r.grade(), s.ranked().rank(), s.quota() != null && s.quota().placed());
        }
        return new Run(results, evaluations, new ProvinceResults(rows));
    }
}
