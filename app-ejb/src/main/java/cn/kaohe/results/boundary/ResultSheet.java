package cn.kaohe.results.boundary;

import java.util.List;
import java.util.Map;

/**
 * One unit's result sheet (成绩单): the run it comes from and scoring-core's full explanation — per indicator the
 * inputs, method, factor, cap or floor, rule id, value and contribution; every adjustment claim applied or refused
 * and why; the veto and gating reasons; the breakdown that adds up to the final score; and the unit's standing in
 * its tier. Decimals are exact text. {@code problems} holds scoring-core's refusal of invalid data (then nothing
 * else is filled).
 */
public record ResultSheet(long runId, String periodCode, String periodName, int year, String schemeKey,
        int schemeVersion, String inputSha256, String unitCode, String unitName, String category,
        String categoryName, String status, String base, String rawTotal, String finalScore, String grade,
        boolean honoursEligible, Integer rank, String quotaStatus, String award, String standing, String bonus,
        String deduction, String growth, List<String> flags, List<String> reasons, List<Line> indicators,
        List<Adjustment> adjustments, List<TierSummary.Component> components, List<Part> breakdown,
        List<String> problems) {

    /** How one leaf indicator or sheet item was scored. */
    public record Line(String path, String name, String method, Map<String, String> inputs, String factor,
            String bound, String ruleId, String value, String contribution) {
    }

    /** One bonus or deduction claim, applied or refused (with scoring-core's reason code). */
    public record Adjustment(String table, String key, String work, boolean bonus, String value, boolean applied,
            String reason, String ruleId) {
    }

    /** A signed amount the final score is made of ({@code indicator:…}, {@code adjustment:…}, {@code veto} …). */
    public record Part(String source, String amount) {
    }
}
