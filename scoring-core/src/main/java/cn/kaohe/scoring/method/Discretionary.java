package cn.kaohe.scoring.method;

import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.rounding.Ratio;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Points set by a person or body, not by a formula (领导评估 ZD-04, 考评组评分 TB-09, 重点考核得分 XJ-09):
 * accepted within [min, max], rejected outside.
 *
 * @param min lowest allowed value (usually 0)
 * @param max full marks
 */
public record Discretionary(BigDecimal min, BigDecimal max) implements ScoringMethod {

    public Discretionary {
        min = Decimals.canon(min == null ? BigDecimal.ZERO : min);
        max = Decimals.canon(Objects.requireNonNull(max, "max"));
    }

    public static Discretionary upTo(String max) {
        return new Discretionary(BigDecimal.ZERO, Decimals.of(max));
    }

    @Override
    public String name() {
        return "DISCRETIONARY";
    }

    @Override
    public BigDecimal maxPoints() {
        return max;
    }

    @Override
    public LeafOutcome evaluate(NodeInput input, Evaluation eval) {
        if (!(input instanceof NodeInput.Score s)) {
            eval.reject("input.wrongKind", "a score is required", "score");
            return LeafOutcome.none(Map.of());
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("score", Decimals.canonicalText(s.value()));
        if (s.value() == null) {
            eval.incomplete("SCORE_MISSING:" + eval.label());
            return LeafOutcome.none(inputs);
        }
        if (s.value().compareTo(min) < 0 || s.value().compareTo(max) > 0) {
            eval.reject("input.outOfRange", "the score must lie within [" + Decimals.text(min) + ", "
                    + Decimals.text(max) + "]", Decimals.canonicalText(s.value()), Decimals.text(min), Decimals.text(max));
            return LeafOutcome.none(inputs);
        }
        return new LeafOutcome(Ratio.of(s.value()), null, null, null, inputs);
    }
}
