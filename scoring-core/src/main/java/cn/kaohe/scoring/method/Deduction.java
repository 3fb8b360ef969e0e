package cn.kaohe.scoring.method;

import cn.kaohe.scoring.explain.InputValues;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.rounding.Division;
import cn.kaohe.scoring.rounding.Ratio;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * 减分制 (HOS-06, VIL-31, TS-11): start at full marks and subtract the deductions; with
 * {@code floorAtZero} the item stops at zero (扣完为止). Input: a {@link NodeInput.Score} holding the deducted points.
 *
 * @param points      full marks of the item
 * @param floorAtZero whether deductions stop at the item's points
 */
public record Deduction(BigDecimal points, boolean floorAtZero) implements ScoringMethod {

    public Deduction {
        points = Decimals.canon(Objects.requireNonNull(points, "points"));
    }

    @Override
    public String name() {
        return "DEDUCTION";
    }

    @Override
    public BigDecimal maxPoints() {
        return points;
    }

    @Override
    public LeafOutcome evaluate(NodeInput input, Evaluation eval) {
        if (!(input instanceof NodeInput.Score s) || s.value() == null) {
            eval.reject("input.wrongKind", "the deducted points are required", "deductions");
            return LeafOutcome.none(Map.of());
        }
        if (s.value().signum() < 0) {
            eval.reject("input.negative", "deductions cannot be negative", Decimals.canonicalText(s.value()));
            return LeafOutcome.none(Map.of());
        }
        return deduct(points, s.value(), floorAtZero);
    }

    /** Non-negative deductions (the usual case) without the explanation's parts; the same value as {@link #deduct}. */
    @Override
    public Ratio valueOnly(NodeInput input, Division division) {
        if (!(input instanceof NodeInput.Score s) || s.value() == null || s.value().signum() < 0) {
            return null; // evaluate rejects these
        }
        if (s.value().signum() == 0) {
            return Ratio.of(points);
        }
        BigDecimal raw = points.subtract(s.value());
        return floorAtZero && raw.signum() < 0 ? Ratio.ZERO : Ratio.of(raw);
    }

    private static final String[] INPUTS = {"points", "deductions"};

    /** {@code max(0, points − deductions)} when floored; shared with sheets. */
    public static LeafOutcome deduct(BigDecimal points, BigDecimal deductions, boolean floorAtZero) {
        Map<String, String> inputs = InputValues.of(INPUTS, points, deductions);
        Ratio raw = Ratio.of(points.subtract(deductions));
        if (floorAtZero && raw.signum() < 0) {
            return new LeafOutcome(Ratio.ZERO, raw, "FLOOR", null, inputs); // 扣完为止
        }
        return new LeafOutcome(raw, raw, null, null, inputs);
    }
}
