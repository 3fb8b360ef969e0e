package cn.kaohe.scoring.reward;

import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * XJ-28/29 (ZD-35 alike): a level-2 unit's performance bonus pool is a number of months of basic salary per serving
 * civil servant, by grade — 优秀 → 1 month, 良好 → ½ month, 合格 and below → none; at 不合格 the principal leader also
 * loses the year's honours eligibility. The pool is self-funded (自筹); the system only computes it. Exact arithmetic.
 *
 * @param ruleId                     the rule, e.g. {@code XJ-28}
 * @param monthsByGrade              months of basic salary per grade; a grade not listed earns nothing
 * @param principalIneligibleGrades  grades at which the principal loses honours eligibility (XJ-29: 不合格)
 * @param principalRuleId            the rule for the eligibility loss, e.g. {@code XJ-29}
 */
public record SalaryRewardRule(String ruleId, Map<String, BigDecimal> monthsByGrade,
        Set<String> principalIneligibleGrades, String principalRuleId) {

    public SalaryRewardRule {
        Objects.requireNonNull(ruleId, "ruleId");
        monthsByGrade = Map.copyOf(monthsByGrade);
        principalIneligibleGrades = Set.copyOf(principalIneligibleGrades);
        Objects.requireNonNull(principalRuleId, "principalRuleId");
        for (Map.Entry<String, BigDecimal> e : monthsByGrade.entrySet()) {
            if (e.getValue().signum() < 0) {
                throw InvalidConfigurationException.of("salaryReward.months.negative", "rule " + ruleId,
                        e.getKey(), e.getValue().toPlainString());
            }
        }
    }

    /**
     * The bonus pool of one unit.
     *
     * @param basicSalaries monthly basic salary of each serving civil servant (none negative)
     */
    public RewardPool poolFor(String unitId, String grade, List<BigDecimal> basicSalaries) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal s : basicSalaries) {
            if (s == null || s.signum() < 0) {
                throw InvalidInputException.of("salaryReward.salary.invalid", unitId, s);
            }
            total = total.add(s);
        }
        BigDecimal months = monthsByGrade.getOrDefault(grade, BigDecimal.ZERO);
        return new RewardPool(unitId, grade, months, total, months.multiply(total),
                principalIneligibleGrades.contains(grade), ruleId, principalRuleId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SalaryRewardRule r && ruleId.equals(r.ruleId)
                && Decimals.sameValues(monthsByGrade, r.monthsByGrade)
                && principalIneligibleGrades.equals(r.principalIneligibleGrades)
                && principalRuleId.equals(r.principalRuleId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, Decimals.hashValues(monthsByGrade), principalIneligibleGrades, principalRuleId);
    }
}
