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

    private Ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        this.numerator = Decimals.canon(numerator);
        this.denominator = Decimals.canon(denominator);
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
        return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Ratio minus(Ratio other) {
        return plus(other.negate());
    }

    public Ratio negate() {
        return new Ratio(numerator.negate(), denominator);
    }

    public Ratio times(BigDecimal factor) {
        return new Ratio(numerator.multiply(factor), denominator);
    }

    public Ratio times(Ratio other) {
        return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Ratio dividedBy(BigDecimal divisor) {
        return new Ratio(numerator, denominator.multiply(divisor));
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
        if (denominator.compareTo(BigDecimal.ONE) == 0) {
            return numerator;
        }
        return Decimals.divide(numerator, denominator);
    }

    @Override
    public int compareTo(Ratio other) {
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
