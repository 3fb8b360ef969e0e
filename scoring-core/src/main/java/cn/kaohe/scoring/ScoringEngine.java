package cn.kaohe.scoring;

import cn.kaohe.scoring.adjustment.AdjustmentEvaluator;
import cn.kaohe.scoring.adjustment.AdjustmentOutcome;
import cn.kaohe.scoring.aggregation.TreeEvaluator;
import cn.kaohe.scoring.aggregation.TreeOutcome;
import cn.kaohe.scoring.aggregation.TreePlan;
import cn.kaohe.scoring.explain.Contribution;
import cn.kaohe.scoring.explain.Deferred;
import cn.kaohe.scoring.explain.Status;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.input.InputProblem;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.outcome.GateCondition;
import cn.kaohe.scoring.outcome.GradeGate;
import cn.kaohe.scoring.outcome.VetoEffect;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.rounding.Ratio;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Problem;
import cn.kaohe.scoring.scheme.Scheme;
import cn.kaohe.scoring.scheme.SchemeException;
import cn.kaohe.scoring.scheme.SchemeValidator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores units under one scheme. Built once with {@link #builder()}, which validates the scheme (every
 * problem at once, as a {@link SchemeException}); afterwards immutable and thread-safe: share one engine
 * between threads and call {@link #score(UnitData)} concurrently.
 *
 * <pre>{@code
 * Scheme scheme = SchemeReader.read(Path.of("ts.json"));          // or SchemeReader.template("ts")
 * ScoringEngine engine = ScoringEngine.builder().scheme(scheme).build();
 * UnitData unit = UnitData.builder("U1", "二类").year(2016)
 *     .value("items", NodeInput.Sheets.of(NodeInput.Sheet.of(List.of(
 *         NodeInput.SheetItem.deduction("I1", "100", "20")))))
 *     .claim(Claim.of("commendation", "county_party_gov").withWork("W1")
 *         .withDocDate(LocalDate.parse("2016-09-09")))
 *     .build();
 * UnitResult result = engine.score(unit);    // throws InputException naming the unit and indicator
 * result.finalScore();                        // 81.0
 * result.grade();                             // 优秀
 * result.breakdown();                         // contributions adding up to 81.0
 * }</pre>
 *
 * <p>Order of a unit's score (RULES.md §12 #5): indicator tree (weighted, exact) → bonuses and deductions,
 * each raw sum capped separately, never weighted → veto → the scheme's rounding, if declared (TS-20) → grade
 * bands (exact) → gates (TS-23) → honours eligibility.
 */
public final class ScoringEngine {

    private final Scheme scheme;
    /** Per category id: the tree's fixed paths, worked out once. */
    private final Map<String, TreePlan> plans;

    private ScoringEngine(Scheme scheme) {
        this.scheme = scheme;
        Map<String, TreePlan> p = new HashMap<>();
        for (Category c : scheme.categories()) {
            p.putIfAbsent(c.id(), TreePlan.of(c.root(), scheme.division()));
        }
        this.plans = Map.copyOf(p);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an engine; not thread-safe itself, the engine it builds is. */
    public static final class Builder {
        private Scheme scheme;

        private Builder() {
        }

        public Builder scheme(Scheme scheme) {
            this.scheme = Objects.requireNonNull(scheme, "scheme");
            return this;
        }

        /**
         * @throws SchemeException listing every problem when the scheme is invalid
         */
        public ScoringEngine build() {
            if (scheme == null) {
                throw new SchemeException(List.of(Problem.at("", "scheme.missing", "no scheme was given",
                        "call builder().scheme(scheme) before build()")));
            }
            List<Problem> problems = SchemeValidator.problems(scheme);
            if (!problems.isEmpty()) {
                throw new SchemeException(problems);
            }
            return new ScoringEngine(scheme);
        }
    }

    public Scheme scheme() {
        return scheme;
    }

    /**
     * Scores one unit.
     *
     * @throws InputException when the unit's data is invalid (every problem, each naming unit and indicator)
     */
    public UnitResult score(UnitData data) {
        Category category = scheme.category(data.category()).orElseThrow(() -> new InputException(List.of(
                new InputProblem(data.unitId(), data.category(), "input.unknownCategory", List.of(data.category()),
                        "the scheme has no category '" + data.category() + "'; use one of "
                                + scheme.categories().stream().map(Category::id).toList()))));
        TreePlan plan = plans.get(category.id());
        TreeOutcome tree = plan != null && plan.root() == category.root() ? TreeEvaluator.evaluate(plan, data)
                : TreeEvaluator.evaluate(TreePlan.of(category.root(), scheme.division()), data);
        AdjustmentOutcome adj = AdjustmentEvaluator.evaluate(scheme.adjustments(), category, data, tree.overfulfilled());
        List<InputProblem> problems = new ArrayList<>(tree.problems());
        problems.addAll(adj.problems());
        for (String veto : data.vetoes()) {
            if (!scheme.veto().areas().contains(veto)) {
                problems.add(new InputProblem(data.unitId(), "veto", "input.unknownVeto", List.of(veto),
                        "'" + veto + "' is not a veto area of the scheme; use one of " + scheme.veto().areas()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Set<String> flags = new LinkedHashSet<>(tree.flags());
        flags.addAll(adj.flags());
        List<String> reasons = new ArrayList<>();
        // the breakdown after the indicator lines and adjustments (total cap, veto, rounding); the whole list, with
        // the indicator lines' decimals and the residual, is made when read (Deferred)
        List<Contribution> tail = new ArrayList<>();

        boolean complete = !tree.incomplete();
        BigDecimal base = null;
        BigDecimal raw = null;
        BigDecimal finalScore = null;
        String grade = null;
        boolean honours = complete;

        boolean vetoed = !data.vetoes().isEmpty();
        for (String veto : data.vetoes()) {
            flags.add("VETO:" + veto);
            reasons.add("一票否决 " + veto + " (" + scheme.veto().ruleId() + "): " + scheme.veto().effect());
        }
        if (complete) {
            Ratio baseRatio = tree.base();
            Ratio total = baseRatio.plus(adj.net());
            base = baseRatio.value();
            raw = total.value();
            BigDecimal score = raw;
            if (scheme.totalCap() != null && score.compareTo(scheme.totalCap()) > 0) {
                // §12 #5 total_cap_100 (off by default: totals may exceed 100)
                tail.add(new Contribution("cap:total", Decimals.canon(scheme.totalCap().subtract(score))));
                flags.add("TOTAL_CAPPED_AT_" + Decimals.text(scheme.totalCap()));
                score = scheme.totalCap();
            }
            if (vetoed && scheme.veto().effect() == VetoEffect.ZERO_SCORE) {
                tail.add(new Contribution("veto", raw.negate()));
                score = BigDecimal.ZERO;
            }
            if (scheme.rounding() != null) {
                // TS-20: 精确到小数点后1位 — once, on the final total; the grade uses the rounded value
                BigDecimal rounded = scheme.rounding().apply(score);
                if (rounded.compareTo(score) != 0) {
                    tail.add(new Contribution("rounding", Decimals.canon(rounded.subtract(score))));
                }
                score = rounded;
            }
            finalScore = score;
            grade = scheme.grades().grade(score);
            grade = gates(grade, data, flags, reasons);
            if (vetoed) {
                honours = false;
                VetoEffect effect = scheme.veto().effect();
                if (effect == VetoEffect.FORCE_FAIL) {
                    grade = scheme.veto().failGrade(); // VIL-26 / XJ-32 default: 不合格, score kept
                } else if (effect == VetoEffect.BLOCK_TOP_GRADE) {
                    List<String> order = scheme.grades().gradesDescending();
                    if (grade != null && grade.equals(order.get(0)) && order.size() > 1) {
                        grade = order.get(1);
                    }
                }
            }
            if (data.gradeOverride() != null) {
                grade = data.gradeOverride(); // ZD-33: determined by the competent body regardless of score
                flags.add("GRADE_DETERMINED:" + grade);
                reasons.add("grade determined by decision: " + grade);
            }
            honours = honours && eligible(category, score, grade, data, flags, reasons);
        } else {
            honours = false;
        }
        // one decimal per fraction, made when read and shared (Ratio keeps it) with the lines and the breakdown
        Map<String, BigDecimal> values = Deferred.map(tree.paths(), tree.pathValues(), Ratio::value);
        Map<String, BigDecimal> contributions = Deferred.map(tree.paths(), tree.pathContributions(), Ratio::value);
        Map<String, BigDecimal> tableTotals = decimals(adj.tableTotals());
        Map<String, BigDecimal> capRaw = decimals(adj.capRaw());
        Map<String, BigDecimal> capApplied = decimals(adj.capApplied());
        return new UnitResult(data.unitId(), category.id(), complete ? Status.COMPLETE : Status.INCOMPLETE, base, raw,
                finalScore, grade, honours, new ArrayList<>(flags), reasons, values, contributions, tree.leafGrades(), tree.periods(), tree.respondents(),
                tree.flooredItems(), tree.lines(), adj.lines(), tableTotals, capRaw, capApplied, adj.bonus().value(), adj.deduction().value(), adj.growth().value(),
                adj.deferred().value(), adj.leaderDemerit().value(),
                complete ? breakdown(tree.lineContributions(), adj.contributions(), tail, finalScore) : List.of());
    }

    /** The decimal of every fraction, in order, as an unmodifiable map (kept as it is by {@link UnitResult}). */
    private static Map<String, BigDecimal> decimals(Map<String, Ratio> fractions) {
        if (fractions.isEmpty()) {
            return java.util.Collections.emptyMap();
        }
        Map<String, BigDecimal> m = new LinkedHashMap<>(fractions.size() * 4 / 3 + 1);
        fractions.forEach((k, v) -> m.put(k, v.value()));
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The contributions that add up exactly to {@code score}: one per indicator line, the adjustments, {@code tail},
     * and a {@code residual} when the 34-digit line decimals do not add up to it exactly. Made when read.
     */
    private static List<Contribution> breakdown(List<Ratio> lines, List<Contribution> adjustments,
                                                List<Contribution> tail, BigDecimal score) {
        return Deferred.list(() -> {
            List<Contribution> out = new ArrayList<>(lines.size() + adjustments.size() + tail.size() + 1);
            for (Ratio line : lines) {
                out.add(new Contribution("indicator", line.value()));
            }
            out.addAll(adjustments);
            out.addAll(tail);
            BigDecimal sum = BigDecimal.ZERO;
            for (Contribution c : out) {
                sum = sum.add(c.amount());
            }
            if (sum.compareTo(score) != 0) {
                out.add(new Contribution("residual", Decimals.canon(score.subtract(sum))));
            }
            return out;
        });
    }

    private String gates(String grade, UnitData data, Set<String> flags, List<String> reasons) {
        for (GradeGate gate : scheme.gates()) {
            if (!gate.grade().equals(grade)) {
                continue;
            }
            boolean failed = false;
            for (GateCondition c : gate.conditions()) {
                if (!c.passes(data.facts().get(c.fact()))) {
                    // TS-23: 优秀 requires safety ≥ 合格, no discipline case, no veto caused
                    flags.add(gate.flagPrefix() + ":" + c.flag());
                    reasons.add(gate.grade() + " requires " + c.fact() + " ∈ " + c.allowed() + " (" + gate.ruleId()
                            + "), was " + data.facts().get(c.fact()));
                    failed = true;
                }
            }
            if (failed) {
                return gate.downgradeTo();
            }
        }
        return grade;
    }

    private boolean eligible(Category category, BigDecimal score, String grade, UnitData data, Set<String> flags,
                             List<String> reasons) {
        var rule = scheme.eligibility();
        boolean ok = true;
        BigDecimal floor = category.honoursMinScore() != null ? category.honoursMinScore() : rule.minScore();
        if (floor != null && score.compareTo(floor) < 0) {
            reasons.add("score " + Decimals.text(score) + " is below the honours floor " + Decimals.text(floor));
            ok = false;
        }
        if (grade != null && rule.blockingGrades().contains(grade)) {
            reasons.add("grade " + grade + " excludes honours (" + rule.ruleId() + ")");
            ok = false;
        }
        for (String fact : rule.disqualifyingFacts()) {
            if ("true".equalsIgnoreCase(data.facts().get(fact))) {
                flags.add("DISQUALIFIED:" + fact);
                reasons.add("disqualified from honours: " + fact + " (" + rule.ruleId() + ")");
                ok = false;
            }
        }
        if (flags.stream().anyMatch(f -> f.startsWith("SATISFACTION_BELOW_THRESHOLD:"))) {
            reasons.add("satisfaction rate below threshold (XJ-31)");
            ok = false;
        }
        return ok;
    }
}
