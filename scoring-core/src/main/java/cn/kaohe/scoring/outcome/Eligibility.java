package cn.kaohe.scoring.outcome;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.List;

/**
 * Whether a unit may receive honours (评优评先, 先进): complete, not blocked by a veto, not in a blocking grade
 * (XJ-29: 不合格), at or above {@code minScore} when set (ZD-29: ≥ 90, a category may override: ZD-30 ≥ 95), no
 * disqualifying fact true (ZD-31) and no satisfaction rate below its threshold (XJ-31).
 */
public record Eligibility(BigDecimal minScore, List<String> blockingGrades, List<String> disqualifyingFacts,
                          String ruleId) {

    public static final Eligibility OPEN = new Eligibility(null, List.of(), List.of(), null);

    public Eligibility {
        minScore = Decimals.canon(minScore);
        blockingGrades = blockingGrades == null ? List.of() : List.copyOf(blockingGrades);
        disqualifyingFacts = disqualifyingFacts == null ? List.of() : List.copyOf(disqualifyingFacts);
    }
}
