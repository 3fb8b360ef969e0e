package cn.kaohe.scoring.reward;

import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A small half-open band table used by the population rules to grade an aggregated score (XJ-25: a portfolio mean
 * graded with the XJ-20 bands; ZD-32/33: 合格 from 60) — best band first, each band {@code [lowerBound, next better
 * bound)}, exact comparison (89.96 is below 90). The unit engine's band tables (with gating) remain the authority for
 * unit grades; this one only grades values the population rules compute.
 *
 * @param ruleId the rule the table comes from
 * @param bands  best first, strictly decreasing bounds, the last band may have a null bound (catch-all)
 */
public record GradeBands(String ruleId, List<GradeBand> bands) {

    public GradeBands {
        if (bands == null || bands.isEmpty()) {
            throw InvalidConfigurationException.of("bands.empty", "bands " + ruleId);
        }
        bands = List.copyOf(bands);
        for (int i = 0; i < bands.size(); i++) {
            BigDecimal lo = bands.get(i).lowerBound();
            if (lo == null && i != bands.size() - 1) {
                throw InvalidConfigurationException.of("bands.catchAll.notLast", "bands " + ruleId,
                        bands.get(i).grade());
            }
            if (i > 0 && lo != null && lo.compareTo(bands.get(i - 1).lowerBound()) >= 0) {
                throw InvalidConfigurationException.of("bands.bounds.notDecreasing", "bands " + ruleId,
                        bands.get(i).grade());
            }
        }
    }

    /** The grade of an exact score; an {@link cn.kaohe.scoring.ranking.InvalidInputException} when no band covers it. */
    public String grade(BigDecimal score) {
        for (GradeBand b : bands) {
            if (b.lowerBound() == null || score.compareTo(b.lowerBound()) >= 0) {
                return b.grade();
            }
        }
        throw cn.kaohe.scoring.ranking.InvalidInputException.of("bands.score.uncovered", score.toPlainString(),
                ruleId);
    }

    /** Position of a grade, 0 = best; an {@link InvalidConfigurationException} for an unknown grade. */
    public int position(String grade) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).grade().equals(grade)) {
                return i;
            }
        }
        throw cn.kaohe.scoring.ranking.InvalidInputException.of("bands.grade.unknown", grade, ruleId);
    }
}
