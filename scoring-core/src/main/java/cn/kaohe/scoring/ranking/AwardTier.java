package cn.kaohe.scoring.ranking;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One rung of an {@link AwardLadder}: an award given to a number of places in rank order, with its prize money.
 * TB-14: {@code 综合先进奖 × 1, 10000 元}; {@code 二等奖 × 2, 6000 元}.
 *
 * @param name   the award's name
 * @param count  how many units receive it (≥ 1)
 * @param prize  prize money per unit in 元, or null when the award carries none; never negative
 * @param ruleId the rule that defines it
 */
public record AwardTier(String name, int count, BigDecimal prize, String ruleId) {

    public AwardTier {
        if (name == null || name.isBlank()) {
            throw InvalidConfigurationException.of("award.name.missing", "award of " + ruleId);
        }
        if (count < 1) {
            throw InvalidConfigurationException.of("award.count.notPositive", "award " + name, count);
        }
        if (prize != null && prize.signum() < 0) {
            throw InvalidConfigurationException.of("award.prize.negative", "award " + name, prize.toPlainString());
        }
        Objects.requireNonNull(ruleId, "ruleId");
    }

    public static AwardTier of(String name, int count, BigDecimal prize, String ruleId) {
        return new AwardTier(name, count, prize, ruleId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AwardTier a && name.equals(a.name) && count == a.count && Decimals.same(prize, a.prize)
                && ruleId.equals(a.ruleId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, count, Decimals.hash(prize), ruleId);
    }
}
