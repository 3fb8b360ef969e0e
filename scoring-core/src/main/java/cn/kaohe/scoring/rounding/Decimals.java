package cn.kaohe.scoring.rounding;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Map;

/**
 * Decimal conventions of scoring-core: values are canonical (trailing zeros stripped, so that record
 * equality and hashing ignore scale), parsed from strings, and divided only with {@link #CONTEXT}.
 */
public final class Decimals {

    /** 34 significant digits, like the reference oracle; used by every division in the engine. */
    public static final MathContext CONTEXT = MathContext.DECIMAL128;

    public static final BigDecimal HUNDRED = new BigDecimal("100");

    private Decimals() {
    }

    /** The canonical form of {@code value}: same number, trailing zeros stripped; {@code null} stays null. */
    public static BigDecimal canon(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        // a multiple of 10 is even and a multiple of 5, so an unscaled value that is odd or not a multiple of 5 is
        // canonical already (the usual 34-digit quotient): no stripTrailingZeros, which divides a BigInteger by ten at
        // least once; long-sized values strip cheaply anyway
        if (value.precision() > 18) {
            BigInteger unscaled = value.unscaledValue();
            if (unscaled.testBit(0) || !multipleOfFive(unscaled)) {
                return value;
            }
        }
        return value.stripTrailingZeros();
    }

    /**
     * Whether {@code n} is a multiple of 5, without a division: 2^64 ≡ 1 (mod 5), so n ≡ the sum of its 64-bit words
     * (one shift for a 34-digit value).
     */
    static boolean multipleOfFive(BigInteger n) {
        BigInteger rest = n.signum() < 0 ? n.negate() : n;
        long sum = 0;
        while (true) {
            sum += Long.remainderUnsigned(rest.longValue(), 5);
            if (rest.bitLength() <= 64) {
                return sum % 5 == 0;
            }
            rest = rest.shiftRight(64);
        }
    }

    /** Parses a decimal written as a string ("89.96"); never goes through a binary floating-point type. */
    public static BigDecimal of(String text) {
        return canon(new BigDecimal(text.trim()));
    }

    /** {@code a / b} with {@link #CONTEXT}. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return canon(a.divide(b, CONTEXT));
    }

    /** Plain text without exponent ("100", "8.999"); canonical values print without trailing zeros. */
    public static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /**
     * The plain text of {@code value}'s canonical form ({@code 250.50} → {@code "250.5"}), for decimals kept as given
     * (unit inputs, see {@code NodeInput}); null stays null.
     */
    public static String canonicalText(BigDecimal value) {
        return value == null ? null : canon(value).toPlainString();
    }

    /** True when both are null or numerically equal (scale ignored). */
    public static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** A hash code consistent with {@link #same}: equal numbers of any scale hash alike; {@code null} is 0. */
    public static int hash(BigDecimal a) {
        return a == null ? 0 : canon(a).hashCode();
    }

    /** {@link #same} for every value of two maps with the same keys. */
    public static boolean sameValues(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return a.keySet().equals(b.keySet())
                && a.entrySet().stream().allMatch(e -> same(e.getValue(), b.get(e.getKey())));
    }

    /** A hash code consistent with {@link #sameValues}. */
    public static int hashValues(Map<String, BigDecimal> a) {
        return a.entrySet().stream().mapToInt(e -> e.getKey().hashCode() ^ hash(e.getValue())).sum();
    }
}
