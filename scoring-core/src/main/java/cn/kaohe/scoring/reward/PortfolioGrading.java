package cn.kaohe.scoring.reward;

import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * XJ-25/27: a deputy county head (一级) is graded from the units of their portfolio, and only 优秀 or 良好 makes them
 * eligible for honours that year. The aggregation is unstated in the seed; default {@link PortfolioAggregation#MEAN}
 * (exact mean, {@link MathContext#DECIMAL128}), graded with the unit bands (XJ-20).
 *
 * @param ruleId         the rule, e.g. {@code XJ-25}
 * @param aggregation    how the portfolio is aggregated
 * @param bands          the unit bands
 * @param eligibleGrades grades that keep honours eligibility (XJ-27: 优秀, 良好)
 * @param eligibilityRuleId the eligibility rule, e.g. {@code XJ-27}
 */
public record PortfolioGrading(String ruleId, PortfolioAggregation aggregation, GradeBands bands,
        Set<String> eligibleGrades, String eligibilityRuleId) {

    public PortfolioGrading {
        Objects.requireNonNull(ruleId, "ruleId");
        aggregation = aggregation == null ? PortfolioAggregation.MEAN : aggregation;
        Objects.requireNonNull(bands, "bands");
        eligibleGrades = Set.copyOf(eligibleGrades);
        Objects.requireNonNull(eligibilityRuleId, "eligibilityRuleId");
        for (String g : eligibleGrades) {
            if (bands.bands().stream().noneMatch(b -> b.grade().equals(g))) {
                throw InvalidConfigurationException.of("portfolio.eligibleGrade.unknown", "rule " + ruleId, g);
            }
        }
    }

    /** Grades one deputy head's portfolio. */
    public PortfolioResult grade(String headId, List<BigDecimal> unitScores) {
        if (unitScores == null || unitScores.isEmpty()) {
            throw InvalidInputException.of("portfolio.empty", headId);
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal worst = null;
        for (BigDecimal s : unitScores) {
            if (s == null) {
                throw InvalidInputException.of("portfolio.score.missing", headId);
            }
            sum = sum.add(s);
            worst = worst == null || s.compareTo(worst) < 0 ? s : worst;
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(unitScores.size()), MathContext.DECIMAL128);
        String grade = switch (aggregation) {
            case MEAN -> bands.grade(mean);
            case WORST -> bands.grade(worst);
            case MAJORITY -> majority(unitScores);
        };
        return new PortfolioResult(headId, mean, grade, eligibleGrades.contains(grade), aggregation, ruleId,
                eligibilityRuleId);
    }

    private String majority(List<BigDecimal> scores) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (BigDecimal s : scores) {
            counts.merge(bands.grade(s), 1, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || (e.getValue().equals(counts.get(best)) && bands.position(e.getKey()) > bands.position(best))) {
                best = e.getKey();
            }
        }
        return best;
    }
}
