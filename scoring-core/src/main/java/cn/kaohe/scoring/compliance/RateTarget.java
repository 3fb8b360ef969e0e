package cn.kaohe.scoring.compliance;

import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * RATE_TARGET: a coverage or success rate {@code done / total × 100} that must reach a target (SAFE6-02 三个100%,
 * LAW-01 审查率/备案率 100%, SAFE3-01 参保率 ≥ 100%) or is only reported (LAW-04 调处成功率).
 *
 * <p>Compliance is tested on the <em>exact</em> rate; the display value is rounded only for showing
 * ({@code 44/45 = 97.777…% → 97.78}, not met).
 *
 * @param id              the rate's name, e.g. {@code 入户走访率}
 * @param ruleId          the rule, e.g. {@code SAFE6-02}
 * @param targetPercent   the rate to reach (inclusive), or null when the rate is only reported
 * @param displayScale    decimals of the display value (≥ 0)
 * @param displayRounding rounding of the display value; default {@code HALF_UP}; never {@code UNNECESSARY}
 */
public record RateTarget(String id, String ruleId, BigDecimal targetPercent, int displayScale,
        RoundingMode displayRounding) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public RateTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleId, "ruleId");
        displayRounding = displayRounding == null ? RoundingMode.HALF_UP : displayRounding;
        if (displayRounding == RoundingMode.UNNECESSARY) {
            throw InvalidConfigurationException.of("rate.rounding.unnecessary", "rate " + id);
        }
        if (displayScale < 0) {
            throw InvalidConfigurationException.of("rate.displayScale.negative", "rate " + id, displayScale);
        }
        if (targetPercent != null && targetPercent.signum() < 0) {
            throw InvalidConfigurationException.of("rate.target.negative", "rate " + id,
                    targetPercent.toPlainString());
        }
    }

    /** A rate that must reach {@code targetPercent}, shown with 2 decimals half-up. */
    public static RateTarget atLeast(String id, String ruleId, BigDecimal targetPercent) {
        return new RateTarget(id, ruleId, targetPercent, 2, RoundingMode.HALF_UP);
    }

    /** A rate that is only reported, shown with 2 decimals half-up. */
    public static RateTarget reported(String id, String ruleId) {
        return new RateTarget(id, ruleId, null, 2, RoundingMode.HALF_UP);
    }

    /** Evaluates the rate of a tally. */
    public RateResult evaluate(Tally tally) {
        return evaluate(tally.done(), tally.total());
    }

    /**
     * Evaluates the rate.
     *
     * @throws InvalidInputException when a figure is negative, {@code total} is zero, or {@code done > total}
     */
    public RateResult evaluate(BigDecimal done, BigDecimal total) {
        if (done == null || total == null || done.signum() < 0 || total.signum() < 0) {
            throw InvalidInputException.of("rate.figure.invalid", id, done, total);
        }
        if (total.signum() == 0) {
            throw InvalidInputException.of("rate.total.zero", id);
        }
        if (done.compareTo(total) > 0) {
            throw InvalidInputException.of("rate.done.exceedsTotal", id, done.toPlainString(),
                    total.toPlainString());
        }
        BigDecimal exact = done.multiply(HUNDRED).divide(total, MathContext.DECIMAL128);
        BigDecimal display = exact.setScale(displayScale, displayRounding);
        Boolean met = targetPercent == null ? null : exact.compareTo(targetPercent) >= 0;
        return new RateResult(this, done, total, exact, display, met);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RateTarget r && id.equals(r.id) && ruleId.equals(r.ruleId)
                && Decimals.same(targetPercent, r.targetPercent) && displayScale == r.displayScale
                && displayRounding == r.displayRounding;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, ruleId, Decimals.hash(targetPercent), displayScale, displayRounding);
    }
}
