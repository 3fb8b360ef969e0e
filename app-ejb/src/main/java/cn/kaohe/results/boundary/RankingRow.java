package cn.kaohe.results.boundary;

import java.util.List;

/**
 * One row of a tier's ranking: scoring-core's rank, final score (exact decimal text), grade and honours
 * eligibility, the quota status and award of the tier's rules (e.g. 先进 places, ZD-29/30), the one-vote veto, ties
 * and the last place of the tier (rank-based triggers read it), the standing explained in words and the result's
 * flags as scoring-core raised them.
 */
public record RankingRow(String unitCode, String unitName, String category, String categoryName, String status,
        Integer rank, String finalScore, String grade, boolean honoursEligible, boolean vetoed, boolean tied,
        boolean lastInTier, String quotaStatus, String award, String standing, List<String> flags) {

    public RankingRow {
        flags = List.copyOf(flags);
    }
}
