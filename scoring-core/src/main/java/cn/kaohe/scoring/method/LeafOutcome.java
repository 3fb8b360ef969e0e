package cn.kaohe.scoring.method;

import cn.kaohe.scoring.explain.InputValues;
import cn.kaohe.scoring.rounding.Ratio;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a method made of one leaf: its value on its own scale (null when it cannot be scored), the factor
 * applied (completion ratio, rating mean …), the cap or floor that bound it, and the inputs it used.
 *
 * @param value  the points obtained, or null (INCOMPLETE or rejected)
 * @param factor the completion factor (e.g. actual/target before the cap), or null
 * @param bound  {@code CAP}, {@code FLOOR} or null
 * @param grade  a grade the method assigned (XJ-22 special-project grade), or null
 * @param inputs the raw inputs, as text
 */
public record LeafOutcome(Ratio value, Ratio factor, String bound, String grade, Map<String, String> inputs) {

    public LeafOutcome {
        // InputValues is immutable already (the methods' own inputs): no copy per leaf
        inputs = inputs instanceof InputValues ? inputs : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    public static LeafOutcome none(Map<String, String> inputs) {
        return new LeafOutcome(null, null, null, null, inputs);
    }
}
