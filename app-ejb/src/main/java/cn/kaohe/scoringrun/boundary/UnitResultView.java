package cn.kaohe.scoringrun.boundary;

import cn.kaohe.platform.json.JsonValues;
import cn.kaohe.scoringrun.entity.RunUnit;
import jakarta.json.JsonValue;

/**
 * One unit's stored result: scoring-core's status, final score (exact decimal text), grade and honours eligibility,
 * its place in the tier (rank, quota status, award, a one-line standing), the hash of its input snapshot, and the
 * full explanation (scoring-core's {@code UnitResult} as JSON).
 */
public record UnitResultView(String unitCode, String category, String status, String finalScore, String grade,
        Boolean honoursEligible, Integer rank, String quotaStatus, String award, String standing, String inputSha256,
        JsonValue input, JsonValue explanation) {

    static UnitResultView of(RunUnit u, boolean withDetail) {
        return new UnitResultView(u.getUnitCode(), u.getCategory(), u.getResultStatus(), u.getFinalScore(),
                u.getGrade(), u.getHonoursEligible(), u.getRank(), u.getQuotaStatus(), u.getAward(), u.getStanding(),
                u.getInputSha256(), withDetail ? JsonValues.of(u.getInputJson()) : null,
                withDetail ? JsonValues.of(u.getExplanationJson()) : null);
    }
}
