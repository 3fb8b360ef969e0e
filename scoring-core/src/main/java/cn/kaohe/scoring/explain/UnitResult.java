package cn.kaohe.scoring.explain;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scored, explained result of one unit. Immutable.
 *
 * @param unitId          the unit
 * @param category        its category
 * @param status          COMPLETE or INCOMPLETE
 * @param base            the indicator tree's weighted total before adjustments, or null when incomplete
 * @param rawTotal        base + bonuses − deductions (+ growth), before veto and rounding; null when incomplete
 * @param finalScore      the final score (after a ZERO_SCORE veto and the scheme's rounding), or null
 * @param grade           the grade, or null when incomplete
 * @param honoursEligible whether the unit may receive honours (评优评先, 先进)
 * @param flags           flags in the order raised ({@code VETO:安全生产}, {@code BONUS_CAPPED_AT_4} …)
 * @param reasons         veto and gating reasons in words
 * @param values          value per indicator path, on the node's own scale (null entries omitted)
 * @param contributions   contribution to the final score per indicator path (groups included)
 * @param leafGrades      grades assigned by leaf methods (XJ special project) per path
 * @param periods         the period or rater labels used per split path (ZD-14: the months evaluated)
 * @param respondents     ballots per survey path
 * @param flooredItems    sheet items floored at zero (扣完为止)
 * @param indicators      per leaf or item: how it was scored
 * @param adjustments     every claim, applied or refused
 * @param tableTotals     applied points per adjustment table (before caps), positive
 * @param capRaw          raw sum per cap group
 * @param capApplied      capped sum per cap group
 * @param bonus           total bonus after caps
 * @param deduction       total deduction after caps
 * @param growth          signed growth-step adjustment
 * @param deferredBonus   bonus moved to next year (TB-07)
 * @param leaderDemerit   points recorded on the principal leader (TS-19); not part of the unit score
 * @param breakdown       contributions that add up exactly to {@code finalScore}
 */
public record UnitResult(String unitId, String category, Status status, BigDecimal base, BigDecimal rawTotal,
                         BigDecimal finalScore, String grade, boolean honoursEligible, List<String> flags,
                         List<String> reasons, Map<String, BigDecimal> values, Map<String, BigDecimal> contributions,
                         Map<String, String> leafGrades, Map<String, List<String>> periods,
                         Map<String, Integer> respondents, List<String> flooredItems, List<IndicatorLine> indicators,
                         List<AdjustmentLine> adjustments, Map<String, BigDecimal> tableTotals,
                         Map<String, BigDecimal> capRaw, Map<String, BigDecimal> capApplied, BigDecimal bonus,
                         BigDecimal deduction, BigDecimal growth, BigDecimal deferredBonus, BigDecimal leaderDemerit,
                         List<Contribution> breakdown) {

    public UnitResult {
        flags = List.copyOf(flags);
        reasons = List.copyOf(reasons);
        values = freeze(values);
        contributions = freeze(contributions);
        leafGrades = freeze(leafGrades);
        periods = freeze(periods);
        respondents = freeze(respondents);
        flooredItems = List.copyOf(flooredItems);
        indicators = Deferred.isDeferred(indicators) ? indicators : List.copyOf(indicators); // made when read
        adjustments = List.copyOf(adjustments);
        tableTotals = freeze(tableTotals);
        capRaw = freeze(capRaw);
        capApplied = freeze(capApplied);
        breakdown = Deferred.isDeferred(breakdown) ? breakdown : List.copyOf(breakdown);
    }

    private static <K, V> Map<K, V> freeze(Map<K, V> map) {
        // an already unmodifiable map (as the engine passes) is kept, any other is copied
        if (map.getClass() == UNMODIFIABLE) {
            return map;
        }
        // most units have no leaf grades, periods or respondents: one shared empty map instead of a copy
        return map.isEmpty() ? Collections.emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static final Class<?> UNMODIFIABLE = Collections.unmodifiableMap(new LinkedHashMap<>()).getClass();

    /** The value at an indicator path, or null. */
    public BigDecimal value(String path) {
        return values.get(path);
    }

    /** The contribution to the final score of an indicator path, or null. */
    public BigDecimal contribution(String path) {
        return contributions.get(path);
    }

    /** Applied points of an adjustment table (0 when none). */
    public BigDecimal tableTotal(String table) {
        return tableTotals.getOrDefault(table, BigDecimal.ZERO);
    }

    /** Applied points per piece of work of a table (highest per work), in claim order. */
    public Map<String, BigDecimal> tableByWork(String table) {
        Map<String, BigDecimal> byWork = new LinkedHashMap<>();
        for (AdjustmentLine line : adjustments) {
            if (line.table().equals(table) && line.applied() && line.work() != null) {
                byWork.merge(line.work(), line.value(), BigDecimal::add);
            }
        }
        byWork.replaceAll((k, v) -> Decimals.canon(v));
        return byWork;
    }

    public boolean complete() {
        return status == Status.COMPLETE;
    }
}
