package cn.kaohe.scoring.method;

import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.rounding.Ratio;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * XJ-22/XJ-24: a special-project score (0–100) is graded (先进 ≥ 90, 良好 [80, 90), 一般 [70, 80), 差 &lt; 70) and
 * contributes to the unit score by grade: 先进 (= 优秀) 10, 良好 8–9, 一般 5–6, 差 0; within a range per
 * {@link ContributionMode} (default: linear interpolation). Exact comparisons, no rounding.
 *
 * @param tiers rows in descending order of {@code from}; the last row has {@code from = null} (everything below)
 * @param mode  how a range is resolved
 */
public record TierContribution(List<Tier> tiers, ContributionMode mode) implements ScoringMethod {

    public TierContribution {
        tiers = List.copyOf(tiers);
        mode = mode == null ? ContributionMode.INTERPOLATE : mode;
    }

    @Override
    public String name() {
        return "TIER_CONTRIBUTION";
    }

    @Override
    public BigDecimal maxPoints() {
        return tiers.stream().map(Tier::high).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
    }

    /** The grade of a project score. */
    public String grade(BigDecimal score) {
        return tierOf(score).grade();
    }

    /** The contribution of a project score to the unit score. */
    public BigDecimal contribution(BigDecimal score) {
        return contributionRatio(score).value();
    }

    private Tier tierOf(BigDecimal score) {
        for (Tier t : tiers) {
            if (t.from() == null || score.compareTo(t.from()) >= 0) {
                return t;
            }
        }
        return tiers.get(tiers.size() - 1);
    }

    private Ratio contributionRatio(BigDecimal score) {
        int i = tiers.indexOf(tierOf(score));
        Tier t = tiers.get(i);
        if (t.low().compareTo(t.high()) == 0) {
            return Ratio.of(t.low());
        }
        switch (mode) {
            case MIN:
                return Ratio.of(t.low());
            case MAX:
                return Ratio.of(t.high());
            default:
                if (i == 0 || t.from() == null) {
                    return Ratio.of(t.low());
                }
                // XJ-24 (§12 #3): 良好 8 + (s − 80)/10 — linear between the band's bounds
                BigDecimal upper = tiers.get(i - 1).from();
                Ratio position = Ratio.of(score.subtract(t.from()), upper.subtract(t.from()));
                return Ratio.of(t.low()).plus(position.times(t.high().subtract(t.low())));
        }
    }

    @Override
    public LeafOutcome evaluate(NodeInput input, Evaluation eval) {
        if (!(input instanceof NodeInput.Score s)) {
            eval.reject("input.wrongKind", "the special-project score is required", "score");
            return LeafOutcome.none(Map.of());
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("score", Decimals.canonicalText(s.value()));
        if (s.value() == null) {
            eval.incomplete("SCORE_MISSING:" + eval.label());
            return LeafOutcome.none(inputs);
        }
        if (s.value().signum() < 0 || s.value().compareTo(Decimals.HUNDRED) > 0) {
            eval.reject("input.outOfRange", "the special-project score must lie within [0, 100]",
                    Decimals.canonicalText(s.value()), "0", "100");
            return LeafOutcome.none(inputs);
        }
        return new LeafOutcome(contributionRatio(s.value()), null, null, grade(s.value()), inputs);
    }
}
