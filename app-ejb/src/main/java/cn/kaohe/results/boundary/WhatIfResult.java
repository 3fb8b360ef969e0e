package cn.kaohe.results.boundary;

/**
 * scoring-core's what-if answer (issue 5 item 7) for a unit of a run and a target grade: the points the total lacks
 * and, for a chosen indicator, the input value that reaches the grade (confirmed by the engine), or why it cannot be
 * reached ({@code unreachable}: scoring-core's {@code Unreachable} code). Decimals are exact text.
 */
public record WhatIfResult(long runId, String unitCode, String targetGrade, String currentScore, String currentGrade,
        boolean alreadyThere, String threshold, boolean strict, String pointsNeeded, boolean reachable,
        String unreachable, String reason, Indicator indicator) {

    /** The answer for one indicator. */
    public record Indicator(String path, String method, String input, String currentValue, String exactValue,
            String value, int scale, String resultScore, String resultGrade, String maxGain, String unreachable,
            String reason) {
    }
}
