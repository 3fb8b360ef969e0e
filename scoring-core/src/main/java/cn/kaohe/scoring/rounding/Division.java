package cn.kaohe.scoring.rounding;

import java.math.BigDecimal;

/**
 * How a scheme's indicator tree treats quotients (proration {@code points·actual/target}, a group's divisor, a mean
 * over periods or assessors, a sheet rescaled to 100). Declared per scheme ({@code "division"} in the scheme file);
 * {@link #EXACT} unless the scheme says otherwise (RULES.md §0: no rounding unless the seed says so).
 */
public enum Division {

    /**
     * The default: quotients stay exact fractions ({@link Ratio}) through the tree and are divided once, for the
     * total (a sum of quotients whose denominator grows beyond 40 digits is collapsed to 34 significant digits).
     */
    EXACT,

    /**
     * Every quotient is rounded to 34 significant digits, half-even ({@link Decimals#CONTEXT}, IEEE decimal128)
     * where it arises — each node value of the tree that is not a whole decimal (a leaf's
     * {@code DIV(points·actual, target)}, a group's sum over its divisor, a mean over periods or assessors, a
     * rescaled sheet) — and everything else (sums, weights, caps, comparisons) is exact. This is the arithmetic of
     * an oracle that divides with {@code MathContext.DECIMAL128} at each quotient (shared/perf {@code reference.py},
     * whose {@code results.csv} a scheme with this option reproduces digit for digit).
     */
    PER_QUOTIENT_DECIMAL128;

    /**
     * The value a node keeps under this policy: {@code value} itself when exact, else its 34-digit decimal.
     *
     * @param value a node value, or null
     * @return the value kept (null stays null)
     */
    public Ratio settle(Ratio value) {
        if (this == EXACT || value == null || value.isDecimal()) {
            return value;
        }
        return Ratio.of(value.value());
    }

    /**
     * The node value of the quotient {@code numerator / denominator} under this policy, made directly (no exact
     * fraction first): the same number, with the same {@link Ratio#value()}, as
     * {@code settle(Ratio.of(numerator, denominator))}. Under {@link #PER_QUOTIENT_DECIMAL128} the kept decimal is
     * the 34-digit quotient as divided; its canonical form (trailing zeros stripped) is made when
     * {@link Ratio#value()} is read.
     *
     * @param numerator   the dividend
     * @param denominator the divisor, not zero
     * @return the value kept
     */
    public Ratio quotient(BigDecimal numerator, BigDecimal denominator) {
        if (this == EXACT || denominator.compareTo(BigDecimal.ONE) == 0) {
            return Ratio.of(numerator, denominator);
        }
        return Ratio.of(numerator.divide(denominator, Decimals.CONTEXT));
    }
}
