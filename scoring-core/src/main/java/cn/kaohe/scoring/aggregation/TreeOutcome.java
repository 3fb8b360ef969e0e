package cn.kaohe.scoring.aggregation;

import cn.kaohe.scoring.explain.Deferred;
import cn.kaohe.scoring.explain.IndicatorLine;
import cn.kaohe.scoring.input.InputProblem;
import cn.kaohe.scoring.rounding.Ratio;
import java.util.List;
import java.util.Map;

/**
 * What {@link TreeEvaluator} made of a unit's indicator tree: the exact base total (null when incomplete), values
 * and contributions per path (parallel lists: {@code paths}, {@code pathValues}, {@code pathContributions}), explanation lines, flags, input problems and over-fulfilment bonus candidates (TS-12),
 * which the adjustment stage adds outside the weighting (§12 #5).
 */
public record TreeOutcome(Ratio base, List<String> paths, List<Ratio> pathValues, List<Ratio> pathContributions,
                          List<IndicatorLine> lines, List<String> flooredItems, Map<String, Integer> respondents,
                          Map<String, List<String>> periods, Map<String, String> leafGrades, List<String> flags,
                          boolean incomplete, List<InputProblem> problems, List<Overfulfilled> overfulfilled,
                          List<Ratio> lineContributions) {

    /** Value per path, on the node's own scale (made when read). */
    public Map<String, Ratio> values() {
        return Deferred.map(paths, pathValues, r -> r);
    }

    /** Contribution to the base total per path, groups included (made when read). */
    public Map<String, Ratio> contributions() {
        return Deferred.map(paths, pathContributions, r -> r);
    }

    /** A work item that exceeded its target enough for the TS-12 bonus, already capped (TS-14). */
    public record Overfulfilled(String item, Ratio bonus, String ruleId, String detail) {
    }
}
