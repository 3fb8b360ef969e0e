package cn.kaohe.scoring.explain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One bonus or deduction claim, applied or refused.
 *
 * @param table   the scheme table ({@code commendation}, {@code overfulfilment}, a growth rule id …)
 * @param key     the row (level or issuer), or null
 * @param work    the piece of work or item, or null
 * @param bonus   true for a bonus, false for a deduction
 * @param value   the points claimed (after count and doubling), always ≥ 0 except for growth declines
 * @param applied whether it counts this year
 * @param reason  why it was refused ({@code NO_EVIDENCE}, {@code DOC_DATE_2017-01-08_NOT_IN_2016},
 *                {@code SUPERSEDED_BY_HIGHER_LEVEL}, {@code DEFERRED_TO_NEXT_YEAR},
 *                {@code NOT_APPLICABLE_TO_CATEGORY}), or null
 * @param ruleId  RULES.md id
 * @param details extra figures (growth percent, steps)
 */
public record AdjustmentLine(String table, String key, String work, boolean bonus, BigDecimal value, boolean applied,
                             String reason, String ruleId, Map<String, String> details) {

    public AdjustmentLine {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
