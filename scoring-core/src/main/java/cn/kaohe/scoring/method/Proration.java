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
 * ZD-05: 以量化下达的指标为标准值,达到及超过标准值的计满分,低于标准值的按实际完成比例折算计分 —
 * {@code points × min(1, actual/target)}, never above full marks and never a bonus. A missing target makes
 * the result INCOMPLETE (never read as zero).
 *
 * @param points     full marks
 * @param direction  higher- or lower-is-better
 * @param zeroTarget what a target ≤ 0 means
 */
public record Proration(BigDecimal points, Direction direction, ZeroTargetPolicy zeroTarget)
        implements ScoringMethod {

    public Proration {
        points = Decimals.canon(Objects.requireNonNull(points, "points"));
        direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
        zeroTarget = zeroTarget == null ? ZeroTargetPolicy.FULL_IF_REACHED : zeroTarget;
    }

    public static Proration of(String points) {
        return new Proration(Decimals.of(points), Direction.HIGHER_IS_BETTER, ZeroTargetPolicy.FULL_IF_REACHED);
    }

    @Override
    public String name() {
        return "PRORATION";
    }

    @Override
    public BigDecimal maxPoints() {
        return points;
    }

    @Override
    public LeafOutcome evaluate(NodeInput input, Evaluation eval) {
        if (!(input instanceof NodeInput.TargetActual ta)) {
            eval.reject("input.wrongKind", "a target and an actual are required", "target/actual");
            return LeafOutcome.none(Map.of());
        }
        return prorate(points, ta.target(), ta.actual(), direction, zeroTarget, eval);
    }

    /**
     * The usual case without the explanation's parts: a positive target and an actual value, nothing to flag. The
     * cases mirror {@link #prorate}: beyond the target full marks (CAP), a negative completion zero (FLOOR), else
     * {@code points·actual/target} (lower is better: {@code points·target/actual}) kept as {@code division} says.
     */
    @Override
    public Ratio valueOnly(NodeInput input, Division division) {
        if (!(input instanceof NodeInput.TargetActual ta) || ta.target() == null || ta.actual() == null
                || ta.target().signum() <= 0) {
            return null; // evaluate reports or flags these
        }
        BigDecimal target = ta.target();
        BigDecimal actual = ta.actual();
        if (direction == Direction.HIGHER_IS_BETTER) {
            if (actual.compareTo(target) > 0) {
                return Ratio.of(points); // 达到及超过标准值的计满分
            }
            return actual.signum() < 0 ? Ratio.ZERO : division.quotient(points.multiply(actual), target);
        }
        if (actual.signum() <= 0 || target.compareTo(actual) > 0) {
            return Ratio.of(points);
        }
        return division.quotient(points.multiply(target), actual);
    }

    private static final String[] INPUTS = {"points", "target", "actual"};

    /** The proration of one value; shared with sheets whose items are prorated. */
    public static LeafOutcome prorate(BigDecimal points, BigDecimal target, BigDecimal actual, Direction direction,
                                      ZeroTargetPolicy zeroTarget, Evaluation eval) {
        Map<String, String> inputs = InputValues.of(INPUTS, points, target, actual);
        if (target == null) {
            // ZD-05 / §12 #8: a missing target blocks scoring; it is not read as 0.
            eval.incomplete("TARGET_MISSING:" + eval.label());
            return LeafOutcome.none(inputs);
        }
        if (actual == null) {
            eval.incomplete("ACTUAL_MISSING:" + eval.label());
            return LeafOutcome.none(inputs);
        }
        Ratio full = Ratio.of(points);
        boolean higher = direction == Direction.HIGHER_IS_BETTER;
        if (target.signum() <= 0) {
            if (zeroTarget == ZeroTargetPolicy.INCOMPLETE) {
                eval.incomplete("TARGET_NOT_POSITIVE:" + eval.label());
                return LeafOutcome.none(inputs);
            }
            boolean reached = higher ? actual.compareTo(target) >= 0 : actual.compareTo(target) <= 0;
            eval.flag("TARGET_NOT_POSITIVE:" + eval.label());
            return new LeafOutcome(reached ? full : Ratio.ZERO, reached ? Ratio.ONE : Ratio.ZERO,
                    reached ? "CAP" : "FLOOR", null, inputs);
        }
        Ratio factor;
        if (higher) {
            factor = Ratio.of(actual, target);
        } else if (actual.signum() <= 0) {
            factor = Ratio.ONE;
        } else {
            factor = Ratio.of(target, actual);
        }
        String bound = null;
        Ratio used = factor;
        if (factor.compareTo(Ratio.ONE) > 0) {
            used = Ratio.ONE; // 达到及超过标准值的计满分
            bound = "CAP";
        } else if (factor.signum() < 0) {
            used = Ratio.ZERO;
            bound = "FLOOR";
        }
        return new LeafOutcome(used.times(points), factor, bound, null, inputs);
    }
}
