package cn.kaohe.scoring.explain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one leaf indicator or sheet item was scored.
 *
 * @param path         indicator instance path ({@code indicator[mid]/items#I1})
 * @param name         display name
 * @param method       the method ({@code PRORATION}, {@code DEDUCTION}, {@code SURVEY} …)
 * @param inputs       raw inputs as text
 * @param factor       the completion factor before any cap (actual/target, rating mean …), or null
 * @param bound        {@code CAP} or {@code FLOOR} when one bound the value, else null
 * @param ruleId       RULES.md id
 * @param value        points obtained on the node's own scale, or null when it could not be scored
 * @param contribution points this line adds to the final score, or null
 */
public record IndicatorLine(String path, String name, String method, Map<String, String> inputs, BigDecimal factor,
                            String bound, String ruleId, BigDecimal value, BigDecimal contribution) {

    public IndicatorLine {
        // Collections.unmodifiableMap returns an already unmodifiable map unchanged, InputValues is immutable (no copy per leaf)
        inputs = inputs instanceof InputValues ? inputs
                : Collections.unmodifiableMap(isUnmodifiable(inputs) ? inputs : new LinkedHashMap<>(inputs));
    }

    private static boolean isUnmodifiable(Map<String, String> map) {
        return map.getClass() == UNMODIFIABLE;
    }

    private static final Class<?> UNMODIFIABLE = Collections.unmodifiableMap(new LinkedHashMap<>()).getClass();
}
