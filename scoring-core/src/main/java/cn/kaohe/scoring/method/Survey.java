package cn.kaohe.scoring.method;

import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.rounding.Ratio;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rating scale or survey (VIL-08/09/11): {@code points × Σ(count × rate) / respondents} with rates such as
 * 好/满意 = 100%, 中/基本满意 = 80%, 差/不满意 = 60%; at least {@code minRespondents} ballots (VIL-10: ≥ 40,
 * VIL-12: ≥ 30; exactly the minimum is enough). Optionally a satisfaction rate (XJ-31: (满意 + 基本满意) / all,
 * §12 #9) must reach {@code rateThreshold}, otherwise the unit loses honours eligibility.
 *
 * @param points         full marks (100 on a 百分制 sheet)
 * @param scale          rate per label, as a fraction (1, 0.8, 0.6)
 * @param minRespondents the minimum number of ballots, 0 = none
 * @param belowMinimum   what fewer ballots mean
 * @param satisfied      labels counted as satisfied for the rate; empty = no rate rule
 * @param rateThreshold  the lowest acceptable satisfaction rate (fraction), or null
 */
public record Survey(BigDecimal points, Map<String, BigDecimal> scale, int minRespondents,
                     BelowMinimum belowMinimum, List<String> satisfied, BigDecimal rateThreshold)
        implements ScoringMethod {

    public Survey {
        points = Decimals.canon(Objects.requireNonNull(points, "points"));
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        scale.forEach((k, v) -> copy.put(k, Decimals.canon(v)));
        scale = Collections.unmodifiableMap(copy);
        belowMinimum = belowMinimum == null ? BelowMinimum.BLOCK : belowMinimum;
        satisfied = satisfied == null ? List.of() : List.copyOf(satisfied);
        rateThreshold = Decimals.canon(rateThreshold);
    }

    @Override
    public String name() {
        return "SURVEY";
    }

    @Override
    public BigDecimal maxPoints() {
        return points;
    }

    @Override
    public LeafOutcome evaluate(NodeInput input, Evaluation eval) {
        if (!(input instanceof NodeInput.Votes votes)) {
            eval.reject("input.wrongKind", "ballot counts per rating are required", "votes");
            return LeafOutcome.none(Map.of());
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        BigDecimal weighted = BigDecimal.ZERO;
        boolean ok = true;
        for (Map.Entry<String, Integer> e : votes.counts().entrySet()) {
            inputs.put(e.getKey(), String.valueOf(e.getValue()));
            BigDecimal rate = scale.get(e.getKey());
            if (rate == null) {
                eval.reject("input.unknownRating", "unknown rating label '" + e.getKey() + "'; use one of "
                        + scale.keySet(), e.getKey(), String.valueOf(scale.keySet()));
                ok = false;
            } else if (e.getValue() == null || e.getValue() < 0) {
                eval.reject("input.negative", "a ballot count cannot be negative", e.getKey());
                ok = false;
            } else {
                weighted = weighted.add(rate.multiply(BigDecimal.valueOf(e.getValue())));
            }
        }
        if (!ok) {
            return LeafOutcome.none(inputs);
        }
        int n = votes.respondents();
        inputs.put("respondents", String.valueOf(n));
        if (n < minRespondents) {
            String flag = "SURVEY_BELOW_MIN_RESPONDENTS:" + eval.label() + ":" + n + "<" + minRespondents;
            if (belowMinimum == BelowMinimum.BLOCK) {
                eval.incomplete(flag); // VIL-10: invalid survey blocks finalisation
                return LeafOutcome.none(inputs);
            }
            eval.flag(flag);
        }
        if (n == 0) {
            eval.incomplete("SURVEY_NO_RESPONDENTS:" + eval.label());
            return LeafOutcome.none(inputs);
        }
        Ratio factor = Ratio.of(weighted, BigDecimal.valueOf(n));
        if (rateThreshold != null && !satisfied.isEmpty()) {
            int happy = satisfied.stream().mapToInt(l -> votes.counts().getOrDefault(l, 0)).sum();
            Ratio rate = Ratio.of(BigDecimal.valueOf(happy), BigDecimal.valueOf(n));
            inputs.put("satisfactionRate", rate.toString());
            if (rate.compareTo(Ratio.of(rateThreshold)) < 0) {
                // XJ-31: 满意率达不到60% → principal leaders lose honours eligibility; exactly 60% passes
                eval.flag("SATISFACTION_BELOW_THRESHOLD:" + eval.label());
            }
        }
        return new LeafOutcome(factor.times(points), factor, null, null, inputs);
    }
}
