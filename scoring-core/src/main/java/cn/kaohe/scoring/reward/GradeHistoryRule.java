package cn.kaohe.scoring.reward;

import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.InvalidInputException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * XJ-30: a unit rated 差 this year → county-wide criticism, a written self-criticism by the principal, and the 一把手
 * loses the year's honours eligibility; rated 差 in {@code consecutiveYears} years running → a proposal for the
 * organisational handling of the 一把手. 差 is a special-project word; for units it is read as 不合格 (§12 #22), so
 * {@code failingGrades} holds both by default.
 *
 * @param ruleId           the rule, e.g. {@code XJ-30}
 * @param failingGrades    grades that count as 差
 * @param sanctions        the consequences of a failing current year, as the scheme words them
 * @param consecutiveYears years running that lead to organisational handling (≥ 2)
 */
public record GradeHistoryRule(String ruleId, Set<String> failingGrades, List<String> sanctions,
        int consecutiveYears) {

    public GradeHistoryRule {
        Objects.requireNonNull(ruleId, "ruleId");
        if (failingGrades == null || failingGrades.isEmpty()) {
            throw InvalidConfigurationException.of("history.failingGrades.empty", "rule " + ruleId);
        }
        failingGrades = Set.copyOf(failingGrades);
        sanctions = List.copyOf(sanctions);
        if (consecutiveYears < 2) {
            throw InvalidConfigurationException.of("history.consecutiveYears.tooSmall", "rule " + ruleId,
                    consecutiveYears);
        }
    }

    /**
     * Evaluates a unit's grade history.
     *
     * @param history grades oldest first; the last entry is the current year
     */
    public HistoryOutcome evaluate(String unitId, List<String> history) {
        if (history == null || history.isEmpty()) {
            throw InvalidInputException.of("history.empty", unitId);
        }
        String current = history.get(history.size() - 1);
        if (current == null) {
            throw InvalidInputException.of("history.currentGrade.missing", unitId);
        }
        boolean failing = failingGrades.contains(current);
        int run = 0;
        for (int i = history.size() - 1; i >= 0 && failingGrades.contains(history.get(i)); i--) {
            run++;
        }
        return new HistoryOutcome(unitId, current, failing ? sanctions : List.of(), run >= consecutiveYears, run,
                ruleId);
    }
}
