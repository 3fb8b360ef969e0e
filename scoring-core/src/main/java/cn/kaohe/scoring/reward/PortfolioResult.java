package cn.kaohe.scoring.reward;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A deputy county head's portfolio grade (XJ-25) and honours eligibility (XJ-27).
 *
 * @param headId          the deputy head
 * @param mean            exact mean of the portfolio's unit scores (reported whatever the aggregation)
 * @param grade           the portfolio grade
 * @param eligible        whether the head may take part in the year's honours
 * @param aggregation     how the grade was obtained
 * @param ruleId          the grading rule
 * @param eligibilityRuleId the eligibility rule
 */
public record PortfolioResult(String headId, BigDecimal mean, String grade, boolean eligible,
        PortfolioAggregation aggregation, String ruleId, String eligibilityRuleId) {

    @Override
    public boolean equals(Object o) {
        return o instanceof PortfolioResult p && headId.equals(p.headId) && Decimals.same(mean, p.mean)
                && grade.equals(p.grade) && eligible == p.eligible && aggregation == p.aggregation
                && ruleId.equals(p.ruleId) && eligibilityRuleId.equals(p.eligibilityRuleId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headId, Decimals.hash(mean), grade, eligible, aggregation);
    }
}
