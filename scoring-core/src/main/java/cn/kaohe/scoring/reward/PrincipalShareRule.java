package cn.kaohe.scoring.reward;

import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Objects;

/**
 * TB-17 (REWARD_ALLOCATION): prize money goes to the unit's leadership team and the principal (党政正职) receives at
 * least {@code minPercent}% of each prize: 10000 → ≥ 3000, 6000 → ≥ 1800, 3000 → ≥ 900. Exact, no rounding.
 *
 * @param ruleId     the rule, e.g. {@code TB-17}
 * @param minPercent the principal's minimum share in percent, in [0, 100]
 */
public record PrincipalShareRule(String ruleId, BigDecimal minPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PrincipalShareRule {
        Objects.requireNonNull(ruleId, "ruleId");
        if (minPercent == null || minPercent.signum() < 0 || minPercent.compareTo(HUNDRED) > 0) {
            throw InvalidConfigurationException.of("principalShare.percent.outOfRange", "rule " + ruleId,
                    minPercent);
        }
    }

    public static PrincipalShareRule of(String ruleId, BigDecimal minPercent) {
        return new PrincipalShareRule(ruleId, minPercent);
    }

    /** The principal's minimum share of a prize, exact ({@code prize × minPercent / 100}). */
    public BigDecimal minimumShare(BigDecimal prize) {
        if (prize == null || prize.signum() < 0) {
            throw InvalidInputException.of("principalShare.prize.invalid", "prize", prize);
        }
        return prize.multiply(minPercent).divide(HUNDRED, MathContext.DECIMAL128);
    }

    /**
     * Validates a distribution record of one prize: the shares (person → amount, none negative) add up to the prize,
     * and the principal's share reaches the minimum.
     *
     * @return the problems found as stable keys (empty when the record is valid)
     */
    public java.util.List<String> check(BigDecimal prize, String principal, Map<String, BigDecimal> shares) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : shares.entrySet()) {
            if (e.getValue().signum() < 0) {
                problems.add("principalShare.share.negative:" + e.getKey());
            }
            sum = sum.add(e.getValue());
        }
        if (sum.compareTo(prize) != 0) {
            problems.add("principalShare.sum.mismatch:" + sum.toPlainString() + "_vs_" + prize.toPlainString());
        }
        BigDecimal principalShare = shares.get(principal);
        if (principalShare == null) {
            problems.add("principalShare.principal.missing:" + principal);
        } else if (principalShare.compareTo(minimumShare(prize)) < 0) {
            problems.add("principalShare.belowMinimum:" + principalShare.toPlainString() + "_lt_"
                    + minimumShare(prize).stripTrailingZeros().toPlainString());
        }
        return problems;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrincipalShareRule r && ruleId.equals(r.ruleId) && Decimals.same(minPercent, r.minPercent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, Decimals.hash(minPercent));
    }
}
