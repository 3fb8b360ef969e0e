package cn.kaohe.scoring.reward;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit's bonus pool under a {@link SalaryRewardRule}, explaining itself: {@code pool = months × salaryTotal}.
 *
 * @param unitId                     the unit
 * @param grade                      its grade
 * @param months                     months of basic salary the grade earns
 * @param salaryTotal                sum of the monthly basic salaries
 * @param pool                       the pool in 元
 * @param principalLosesEligibility  true when the grade cancels the principal's honours eligibility (XJ-29)
 * @param ruleId                     the pool's rule
 * @param principalRuleId            the eligibility rule
 */
public record RewardPool(String unitId, String grade, BigDecimal months, BigDecimal salaryTotal, BigDecimal pool,
        boolean principalLosesEligibility, String ruleId, String principalRuleId) {

    @Override
    public boolean equals(Object o) {
        return o instanceof RewardPool p && unitId.equals(p.unitId) && grade.equals(p.grade)
                && Decimals.same(months, p.months) && Decimals.same(salaryTotal, p.salaryTotal)
                && Decimals.same(pool, p.pool) && principalLosesEligibility == p.principalLosesEligibility
                && ruleId.equals(p.ruleId) && principalRuleId.equals(p.principalRuleId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, grade, Decimals.hash(pool), principalLosesEligibility);
    }

    public String explain() {
        return unitId + " " + grade + ": " + months.toPlainString() + " × " + salaryTotal.toPlainString() + " = "
                + pool.toPlainString() + " 元 [" + ruleId + "]"
                + (principalLosesEligibility ? "; principal loses honours eligibility [" + principalRuleId + "]" : "");
    }
}
