package cn.kaohe.scoring.reward;

import java.util.List;

/**
 * The multi-year consequences for one unit (XJ-30).
 *
 * @param unitId                       the unit
 * @param currentGrade                 this year's grade as given
 * @param sanctions                    consequences of a failing current year (empty otherwise)
 * @param organisationalHandlingProposed true after the configured number of failing years running
 * @param failingYearsRunning          failing years running up to this year
 * @param ruleId                       the rule
 */
public record HistoryOutcome(String unitId, String currentGrade, List<String> sanctions,
        boolean organisationalHandlingProposed, int failingYearsRunning, String ruleId) {

    public HistoryOutcome {
        sanctions = List.copyOf(sanctions);
    }
}
