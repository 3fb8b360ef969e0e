package cn.kaohe.scoring.whatif;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The answer to a what-if question. Immutable; decimals compare by value.
 *
 * @param unitId        the unit
 * @param targetGrade   the grade asked for
 * @param currentScore  the unit's final score now (null when incomplete)
 * @param currentGrade  the unit's grade now (null when incomplete)
 * @param alreadyThere  the unit already has the target grade or a better one
 * @param threshold     the lowest unrounded total that gives the grade (null when unreachable for a structural
 *                      reason); {@code strict} tells whether the total must exceed it rather than reach it
 * @param strict        the band's lower bound is exclusive
 * @param pointsNeeded  points the total lacks ({@code threshold − total}, 0 when already there), or null
 * @param indicator     the answer for the chosen indicator, or null when none was asked
 * @param unreachable   why the grade cannot be reached, or null when it can
 * @param reason        the reason in words, with figures (English), or null
 */
public record WhatIfAnswer(String unitId, String targetGrade, BigDecimal currentScore, String currentGrade,
                           boolean alreadyThere, BigDecimal threshold, boolean strict, BigDecimal pointsNeeded,
                           IndicatorAnswer indicator, Unreachable unreachable, String reason) {

    /** Validates the answer. */
    public WhatIfAnswer {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(targetGrade, "targetGrade");
    }

    /** @return whether the grade can be reached (by points overall, or by the chosen indicator when one was asked) */
    public boolean reachable() {
        return unreachable == null && (indicator == null || indicator.unreachable() == null);
    }

    /**
     * The answer for one indicator.
     *
     * @param path          the indicator path
     * @param method        the method name ({@code PRORATION}, {@code DEDUCTION}, {@code DISCRETIONARY})
     * @param input         which input is solved for: {@code actual}, {@code deductions} or {@code score}
     * @param currentValue  that input now
     * @param exactValue    the exact solution of the inverted method (DECIMAL128), or null when not derived
     * @param value         the smallest change at {@code scale} decimals that reaches the grade, confirmed by
     *                      rescoring with the engine; null when unreachable
     * @param scale         the declared scale of {@code value}
     * @param resultScore   the unit's final score with {@code value} (or at full marks when unreachable)
     * @param resultGrade   the grade with {@code value} (or at full marks when unreachable)
     * @param maxGain       the most points the indicator can still add to the total
     * @param unreachable   why the indicator cannot reach the grade, or null
     * @param reason        the reason in words, or null
     */
    public record IndicatorAnswer(String path, String method, String input, BigDecimal currentValue,
                                  BigDecimal exactValue, BigDecimal value, int scale, BigDecimal resultScore,
                                  String resultGrade, BigDecimal maxGain, Unreachable unreachable, String reason) {

        /** Validates the answer. */
        public IndicatorAnswer {
            Objects.requireNonNull(path, "path");
        }
    }
}
