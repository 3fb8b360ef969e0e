package cn.kaohe.scoring.compliance;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An evaluated {@link RateTarget}.
 *
 * @param target       the target
 * @param done         numerator
 * @param total        denominator
 * @param exactPercent exact rate in percent (DECIMAL128)
 * @param displayPercent the rate rounded for display
 * @param met          whether the exact rate reaches the target; null when the rate is only reported
 */
public record RateResult(RateTarget target, BigDecimal done, BigDecimal total, BigDecimal exactPercent,
        BigDecimal displayPercent, Boolean met) {

    /** Whether the target is met; empty for a reported-only rate. */
    public Optional<Boolean> isMet() {
        return Optional.ofNullable(met);
    }

    public String explain() {
        return target.id() + " = " + done.toPlainString() + "/" + total.toPlainString() + " = "
                + displayPercent.toPlainString() + "%"
                + (met == null ? "" : (met ? " ≥ " : " < ") + target.targetPercent().toPlainString() + "%")
                + " [" + target.ruleId() + "]";
    }
}
