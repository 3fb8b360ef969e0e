package cn.kaohe.scoring.outcome;

import java.util.List;
import java.util.Objects;

/**
 * TS-23: a grade that requires conditions; a unit that reaches the grade by score but fails a condition gets
 * {@code downgradeTo} (§12 #13: 良好) and the flag {@code flagPrefix:condition.flag}.
 */
public record GradeGate(String grade, List<GateCondition> conditions, String downgradeTo, String flagPrefix,
                        String ruleId) {

    public GradeGate {
        Objects.requireNonNull(grade, "grade");
        conditions = List.copyOf(conditions);
    }
}
