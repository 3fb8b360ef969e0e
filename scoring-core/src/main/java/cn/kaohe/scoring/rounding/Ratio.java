package cn.kaohe.scoring.rounding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact fraction {@code numerator / denominator} of decimals, so that a score such as
 * {@code (85·30 + 90·60) / 90 × 0.9} is exactly 79.5 (RULES.md XJ-12) whatever the order of the
 * operations. Only {@link #value()} divides, with {@link Decimals#CONTEXT}.
 *
 * <p>Immutable; the denominator is always positive. Equality is numeric (cross-multiplied).
 */
public final class Ratio implements Comparable<Ratio> {

    public static final Ratio ZERO = new Ratio(BigDecimal.ZERO, BigDecimal.ONE);
    public static final Ratio ONE = new Ratio(BigDecimal.ONE, BigDecimal.ONE);

    private final BigDecimal numerator;
    private final BigDecimal denominator;
    /** The decimal value, computed once on demand (a benign race: BigDecimal is immutable). */
    private BigDecimal decimal;

    private Ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static Ratio of(BigDecimal value) {
        return new Ratio(Objects.requireNonNull(value, "value"), BigDecimal.ONE);
    }

    public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
        return new Ratio(numerator, denominator);
    }

    public static Ratio of(String value) {
        return of(Decimals.of(value));
    }

    public Ratio plus(Ratio other) {
        if (denominator.compareTo(other.denominator) == 0) {
            return new Ratio(numerator.add(other.numerator), denominator);
        }
        if (other.denominator.compareTo(BigDecimal.ONE) == 0) {
            return new Ratio(numerator.add(other.numerator.multiply(denominator)), denominator);
        }
        if (denominator.compareTo(BigDecimal.ONE) == 0) {
            return new Ratio(numerator.multiply(other.denominator).add(other.numerator), other.denominator);
        }
        return bounded(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /**
     * Beyond {@link #MAX_DENOMINATOR_DIGITS} digits of denominator (sums of many quotients with unrelated
     * targets) the fraction is collapsed to its 34-digit decimal: such values do not terminate anyway, and the
     * arithmetic stays linear in the number of indicators.
     */
    private static Ratio bounded(BigDecimal numerator, BigDecimal denominator) {
        Ratio r = new Ratio(numerator, denominator);
        return denominator.precision() > MAX_DENOMINATOR_DIGITS ? new Ratio(r.value(), BigDecimal.ONE) : r;
    }

    /** Denominator size (digits) kept exact before collapsing to {@link Decimals#CONTEXT}. */
    static final int MAX_DENOMINATOR_DIGITS = 40;

    public Ratio minus(Ratio other) {
        return plus(other.negate());
    }

    public Ratio negate() {
        return new Ratio(numerator.negate(), denominator);
    }

    public Ratio times(BigDecimal factor) {
        return isOne(factor) ? this : new Ratio(numerator.multiply(factor), denominator);
    }

    public Ratio times(Ratio other) {
        if (other == ONE || other.isOne()) { // a child's weight factor is usually ONE itself
            return this;
        }
        if (isOne()) {
            return other;
        }
        return bounded(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Ratio dividedBy(BigDecimal divisor) {
        return isOne(divisor) ? this : new Ratio(numerator, denominator.multiply(divisor));
    }

    /** Whether this fraction is a whole decimal (denominator 1): its value needs no division. */
    public boolean isDecimal() {
        return isOne(denominator);
    }

    /** The numerator of a fraction that {@link #isDecimal()}: the exact value, not canonicalised. */
    public BigDecimal exactDecimal() {
        if (!isDecimal()) {
            throw new IllegalStateException("not a decimal: " + numerator + "/" + denominator);
        }
        return numerator;
    }

    /** 1 of any scale (weights and divisors are mostly 1: no multiplication then). */
    private static boolean isOne(BigDecimal d) {
        // canonical 1 (scale 0) is the usual case and equals() is a field check; "1.0" is 1 too, compared exactly
        return d == BigDecimal.ONE || BigDecimal.ONE.equals(d)
                || d.scale() > 0 && d.precision() - d.scale() == 1 && d.compareTo(BigDecimal.ONE) == 0;
    }

    public Ratio dividedBy(Ratio divisor) {
        return new Ratio(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
    }

    public Ratio min(Ratio other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Ratio max(Ratio other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Ratio abs() {
        return signum() < 0 ? negate() : this;
    }

    public int signum() {
        return numerator.signum();
    }

    /** The largest whole number not above this fraction. */
    public BigDecimal floor() {
        return Decimals.canon(numerator.divideToIntegralValue(denominator, Decimals.CONTEXT)
                .subtract(signum() < 0 && numerator.remainder(denominator).signum() != 0
                        ? BigDecimal.ONE : BigDecimal.ZERO));
    }

    /** The decimal value, divided with {@link Decimals#CONTEXT} (34 significant digits). */
    public BigDecimal value() {
        BigDecimal v = decimal;
        if (v == null) {
            v = denominator.compareTo(BigDecimal.ONE) == 0 ? Decimals.canon(numerator)
                    : Decimals.divide(numerator, denominator);
            decimal = v;
        }
        return v;
    }

    /** Whether this fraction is exactly 1. */
    public boolean isOne() {
        return numerator.compareTo(denominator) == 0;
    }

    @Override
    public int compareTo(Ratio other) {
        if (other == ONE) {
            return numerator.compareTo(denominator); // the proration cap test: no multiplication
        }
        if (isOne(denominator) && isOne(other.denominator)) {
            return numerator.compareTo(other.numerator);
        }
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio r && compareTo(r) == 0;
    }

    @Override
    public int hashCode() {
        return value().hashCode();
    }

    @Override
    public String toString() {
        return Decimals.text(value());
    }
}
