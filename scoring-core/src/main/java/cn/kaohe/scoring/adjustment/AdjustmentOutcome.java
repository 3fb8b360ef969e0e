package cn.kaohe.scoring.adjustment;

import cn.kaohe.scoring.explain.AdjustmentLine;
import cn.kaohe.scoring.explain.Contribution;
import cn.kaohe.scoring.input.InputProblem;
import cn.kaohe.scoring.rounding.Ratio;
import java.util.List;
import java.util.Map;

/**
 * What {@link AdjustmentEvaluator} made of a unit's claims: lines (applied and refused), applied totals per
 * table, raw and capped sums per cap group, the net amount to add to the base, the deferred bonus, the leader
 * demerit, contributions that add up to {@code net}, flags and input problems.
 */
public record AdjustmentOutcome(List<AdjustmentLine> lines, Map<String, Ratio> tableTotals, Map<String, Ratio> capRaw,
                                Map<String, Ratio> capApplied, Ratio bonus, Ratio deduction, Ratio growth, Ratio net,
                                Ratio deferred, Ratio leaderDemerit, List<Contribution> contributions,
                                List<String> flags, List<InputProblem> problems) {
}
