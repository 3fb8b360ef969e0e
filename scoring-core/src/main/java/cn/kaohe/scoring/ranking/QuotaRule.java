package cn.kaohe.scoring.ranking;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A quota of places (先进, commendation …) in one tier or category, as configuration data a scheme file carries.
 *
 * <ul>
 *   <li>ZD-29: {@code percent = 25}, {@code rounding = HALF_UP} (7 → 2, 10 → 3, 32 → 8), {@code scoreFloor = 90};</li>
 *   <li>ZD-30: no percent — the leadership decides the count within {@code [minCount, maxCount] = [3, 5]},
 *       {@code scoreFloor = 95};</li>
 *   <li>VIL-29: a fixed count (top 5 villages, first community) as {@code minCount = maxCount = 5}, no floor.</li>
 * </ul>
 *
 * <p>The count is {@code round(percent% × n, rounding)} clamped to {@code [minCount, maxCount]}, where n is the size of
 * the group including excluded units; without a percent it is the decided count (or {@code maxCount} when min = max).
 * The score floor overrides the count: a unit below it is never placed, and an unfilled quota stays unfilled
 * (RULES.md §12 #7). Ties straddling the cutoff follow {@link #tiePolicy()}.
 *
 * <p>Immutable; equality ignores the scale of decimals.
 *
 * @param ruleId        the rule it implements, e.g. {@code ZD-29}
 * @param award         what a place is called, e.g. {@code 先进}
 * @param percent       percent of the group size (0 &lt; p ≤ 100), or null for a decided or fixed count
 * @param rounding      how {@code percent × n} is rounded to a count; default {@code HALF_UP}; never {@code UNNECESSARY}
 * @param minCount      lowest allowed count, or null; a shortfall below it is flagged {@code FEWER_THAN_MIN_QUALIFY}
 * @param maxCount      highest allowed count, or null
 * @param scoreFloor    lowest exact score that may be placed (inclusive: "90分以上(含90分)"), or null
 * @param tiePolicy     ties across the cutoff; default {@link TiePolicy#REPORT}
 * @param tiebreakField the data field for {@link TiePolicy#TIEBREAK_FIELD}, else null
 */
public record QuotaRule(String ruleId, String award, BigDecimal percent, RoundingMode rounding, Integer minCount,
        Integer maxCount, BigDecimal scoreFloor, TiePolicy tiePolicy, String tiebreakField) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public QuotaRule {
        String item = "quota " + ruleId;
        if (ruleId == null || ruleId.isBlank()) {
            throw InvalidConfigurationException.of("quota.ruleId.missing", "quota " + award);
        }
        if (award == null || award.isBlank()) {
            throw InvalidConfigurationException.of("quota.award.missing", item);
        }
        rounding = rounding == null ? RoundingMode.HALF_UP : rounding;
        tiePolicy = tiePolicy == null ? TiePolicy.REPORT : tiePolicy;
        if (rounding == RoundingMode.UNNECESSARY) {
            throw InvalidConfigurationException.of("quota.rounding.unnecessary", item, rounding);
        }
        if (percent != null && (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0)) {
            throw InvalidConfigurationException.of("quota.percent.outOfRange", item, percent.toPlainString());
        }
        if (minCount != null && minCount < 0) {
            throw InvalidConfigurationException.of("quota.minCount.negative", item, minCount);
        }
        if (maxCount != null && maxCount < 0) {
            throw InvalidConfigurationException.of("quota.maxCount.negative", item, maxCount);
        }
        if (minCount != null && maxCount != null && minCount > maxCount) {
            throw InvalidConfigurationException.of("quota.count.rangeInverted", item, minCount, maxCount);
        }
        if (percent == null && maxCount == null) {
            throw InvalidConfigurationException.of("quota.count.undefined", item);
        }
        if (tiePolicy == TiePolicy.TIEBREAK_FIELD && (tiebreakField == null || tiebreakField.isBlank())) {
            throw InvalidConfigurationException.of("quota.tiebreakField.missing", item);
        }
        if (tiePolicy != TiePolicy.TIEBREAK_FIELD && tiebreakField != null) {
            throw InvalidConfigurationException.of("quota.tiebreakField.unused", item, tiebreakField, tiePolicy);
        }
    }

    /** ZD-29 style: {@code percent}% of the group, rounded half-up, no floor, ties reported. */
    public static QuotaRule percentOfGroup(String ruleId, String award, BigDecimal percent) {
        return new QuotaRule(ruleId, award, percent, RoundingMode.HALF_UP, null, null, null, TiePolicy.REPORT, null);
    }

    /** ZD-30 style: a count decided within {@code [min, max]} (fixed when min = max). */
    public static QuotaRule decidedCount(String ruleId, String award, int min, int max) {
        return new QuotaRule(ruleId, award, null, RoundingMode.HALF_UP, min, max, null, TiePolicy.REPORT, null);
    }

    /** A fixed count (VIL-29: top 5). */
    public static QuotaRule fixedCount(String ruleId, String award, int count) {
        return decidedCount(ruleId, award, count, count);
    }

    public QuotaRule withFloor(BigDecimal floor) {
        return new QuotaRule(ruleId, award, percent, rounding, minCount, maxCount, floor, tiePolicy, tiebreakField);
    }

    public QuotaRule withRounding(RoundingMode mode) {
        return new QuotaRule(ruleId, award, percent, mode, minCount, maxCount, scoreFloor, tiePolicy, tiebreakField);
    }

    public QuotaRule withCountRange(Integer min, Integer max) {
        return new QuotaRule(ruleId, award, percent, rounding, min, max, scoreFloor, tiePolicy, tiebreakField);
    }

    public QuotaRule withTiePolicy(TiePolicy policy, String field) {
        return new QuotaRule(ruleId, award, percent, rounding, minCount, maxCount, scoreFloor, policy, field);
    }

    /** True when the count is a leadership decision rather than a share of the group. */
    public boolean countIsDecided() {
        return percent == null && !Objects.equals(minCount, maxCount);
    }

    /**
     * The quota for a group of {@code groupSize} units.
     *
     * @param decidedCount the decided count (required when {@link #countIsDecided()}, else must be null)
     * @throws InvalidInputException when a decided count is missing, present where none is decided, or out of range
     */
    public int quotaFor(int groupSize, Integer decidedCount) {
        if (groupSize < 0) {
            throw InvalidInputException.of("quota.groupSize.negative", "quota " + ruleId, groupSize);
        }
        if (percent == null) {
            if (decidedCount == null) {
                if (countIsDecided()) {
                    throw InvalidInputException.of("quota.decidedCount.missing", "quota " + ruleId, minCount,
                            maxCount);
                }
                return maxCount;
            }
            if ((minCount != null && decidedCount < minCount) || decidedCount > maxCount) {
                throw InvalidInputException.of("quota.decidedCount.outOfRange", "quota " + ruleId, decidedCount,
                        minCount, maxCount);
            }
            return decidedCount;
        }
        if (decidedCount != null) {
            throw InvalidInputException.of("quota.decidedCount.notApplicable", "quota " + ruleId, decidedCount);
        }
        // ZD-29 note: the share is rounded with the declared mode (default HALF_UP: 7 -> 1.75 -> 2; 10 -> 2.5 -> 3)
        BigDecimal share = percent.multiply(BigDecimal.valueOf(groupSize)).divide(HUNDRED, java.math.MathContext.DECIMAL128);
        int count = share.setScale(0, rounding).intValueExact();
        if (minCount != null) {
            count = Math.max(count, minCount);
        }
        if (maxCount != null) {
            count = Math.min(count, maxCount);
        }
        return count;
    }

    /** Whether an exact score reaches the floor (always true without a floor). */
    public boolean reachesFloor(BigDecimal score) {
        return scoreFloor == null || score.compareTo(scoreFloor) >= 0;
    }

    /** Allocates the quota of a fixed or percent rule over a ranked tier. */
    public QuotaOutcome apply(Ranking ranking) {
        return QuotaOutcome.allocate(this, ranking, null);
    }

    /** Allocates the quota with the leadership's decided count (ZD-30). */
    public QuotaOutcome apply(Ranking ranking, int decidedCount) {
        return QuotaOutcome.allocate(this, ranking, decidedCount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuotaRule q && ruleId.equals(q.ruleId) && award.equals(q.award)
                && Decimals.same(percent, q.percent) && rounding == q.rounding
                && Objects.equals(minCount, q.minCount) && Objects.equals(maxCount, q.maxCount)
                && Decimals.same(scoreFloor, q.scoreFloor) && tiePolicy == q.tiePolicy
                && Objects.equals(tiebreakField, q.tiebreakField);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, award, Decimals.hash(percent), rounding, minCount, maxCount,
                Decimals.hash(scoreFloor), tiePolicy, tiebreakField);
    }
}
