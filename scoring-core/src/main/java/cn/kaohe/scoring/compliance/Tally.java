package cn.kaohe.scoring.compliance;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A count of what was done out of a total (120 of 120 households visited), the input of a {@link RateTarget}.
 * Equality ignores scale.
 *
 * @param done  the numerator
 * @param total the denominator
 */
public record Tally(BigDecimal done, BigDecimal total) {

    public static Tally of(BigDecimal done, BigDecimal total) {
        return new Tally(done, total);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tally t && Decimals.same(done, t.done) && Decimals.same(total, t.total);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Decimals.hash(done), Decimals.hash(total));
    }
}
