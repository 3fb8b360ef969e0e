package cn.kaohe.scoring.adjustment;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A bonus or deduction table of a scheme, kept as data: either fixed points per row ({@code rows}, e.g.
 * VIL-13 county 0.1 … national 0.4) or entered values within [{@code enteredMin}, {@code enteredMax}]
 * (TB bonus values, ZD-17 county decision, TS-18 1–5 per case).
 *
 * @param id                 table id, referenced by claims
 * @param sign               bonus or deduction
 * @param ruleId             RULES.md id
 * @param rows               points per row key (empty = entered values)
 * @param enteredMin         lowest entered value (entered tables)
 * @param enteredMax         highest entered value, or null for no maximum
 * @param highestPerWork     only the highest value counts per piece of work (VIL-15/21, TS-17); ZD-16: false
 * @param evidenceRequired   a claim counts only with a confirmed document (TB-06, VIL-19)
 * @param documentYear       a claim counts only if its document date is in the assessment year (VIL-20, TS-16)
 * @param outsideYearFlag    flag prefix raised for a claim outside the year (TS: COMMENDATION_OUTSIDE_YEAR), or null
 * @param notRectifiedFactor multiplier for a problem not rectified (VIL-24: 2), 1 = none
 * @param capGroup           the cap group its raw sum counts toward, or null (uncapped)
 * @param deferrable         moved to next year's score when the unit's tier lacks evidence (TB-07)
 * @param leaderDemeritShare share of the deducted points recorded on the principal leader (TS-19: 0.6), or null
 */
public record AdjustmentTable(String id, Sign sign, String ruleId, Map<String, BigDecimal> rows,
                              BigDecimal enteredMin, BigDecimal enteredMax, boolean highestPerWork,
                              boolean evidenceRequired, boolean documentYear, String outsideYearFlag,
                              BigDecimal notRectifiedFactor, String capGroup, boolean deferrable,
                              BigDecimal leaderDemeritShare) {

    public AdjustmentTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sign, "sign");
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        if (rows != null) {
            rows.forEach((k, v) -> copy.put(k, Decimals.canon(v)));
        }
        rows = Collections.unmodifiableMap(copy);
        enteredMin = Decimals.canon(enteredMin == null ? BigDecimal.ZERO : enteredMin);
        enteredMax = Decimals.canon(enteredMax);
        notRectifiedFactor = Decimals.canon(notRectifiedFactor == null ? BigDecimal.ONE : notRectifiedFactor);
        leaderDemeritShare = Decimals.canon(leaderDemeritShare);
    }

    /** Whether values are entered per claim rather than looked up. */
    public boolean entered() {
        return rows.isEmpty();
    }

    /** A fixed-row table with no evidence, year or cap rules; refine with the {@code with…} methods. */
    public static AdjustmentTable rows(String id, Sign sign, String ruleId, Map<String, BigDecimal> rows) {
        return new AdjustmentTable(id, sign, ruleId, rows, null, null, false, false, false, null, null, null,
                false, null);
    }
}
