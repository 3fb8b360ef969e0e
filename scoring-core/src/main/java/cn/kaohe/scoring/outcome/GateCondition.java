package cn.kaohe.scoring.outcome;

import java.util.List;
import java.util.Objects;

/**
 * A condition of a grade gate: the unit's fact {@code fact}, when stated, must be one of {@code allowed}
 * (TS-23: {@code safety_item_grade} ∈ {合格, 良好, 优秀}; {@code discipline_case} = false). An unstated fact
 * passes (no adverse fact reported).
 *
 * @param fact    the fact name
 * @param allowed the allowed values
 * @param flag    the reason appended to the gate's flag prefix when it fails
 */
public record GateCondition(String fact, List<String> allowed, String flag) {

    public GateCondition {
        Objects.requireNonNull(fact, "fact");
        allowed = List.copyOf(allowed);
    }

    public boolean passes(String value) {
        return value == null || allowed.contains(value);
    }
}
