package cn.kaohe.scoring.rounding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The one explicit rounding operator of a scheme: a scale and a mode, applied once, to the final total,
 * and only when the scheme declares it (RULES.md TS-20: 1 decimal, ROUND_HALF_UP). Every other scheme
 * grades exact values (89.96 is not ≥ 90, RULES.md §12 #11).
 *
 * <p>{@link RoundingMode#UNNECESSARY} is rejected: a score is a quotient and cannot be promised to fit a
 * scale. Immutable and thread-safe.
 *
 * @param scale decimals kept, 0..10
 * @param mode  any mode except {@code UNNECESSARY}
 */
public record RoundingPolicy(int scale, RoundingMode mode) {

    public RoundingPolicy {
        Objects.requireNonNull(mode, "mode");
        if (mode == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("rounding.unnecessary: RoundingMode.UNNECESSARY cannot hold for scores");
        }
        if (scale < 0 || scale > 10) {
            throw new IllegalArgumentException("rounding.scale: scale must be within 0..10, was " + scale);
        }
    }

    public static RoundingPolicy of(int scale, RoundingMode mode) {
        return new RoundingPolicy(scale, mode);
    }

    /** TS-20: 精确到小数点后1位, half up. */
    public static RoundingPolicy oneDecimalHalfUp() {
        return new RoundingPolicy(1, RoundingMode.HALF_UP);
    }

    /** The rounded value, with exactly {@link #scale()} decimals (for display), equal ignoring scale otherwise. */
    public BigDecimal apply(BigDecimal value) {
        return value.setScale(scale, mode);
    }
}
