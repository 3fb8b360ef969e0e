package cn.kaohe.scoringrun.control;

import cn.kaohe.platform.json.CanonicalJson;
import cn.kaohe.scoring.ranking.Candidate;
import cn.kaohe.scoring.ranking.Exclusion;
import cn.kaohe.scoring.ranking.QuotaDecision;
import cn.kaohe.scoring.ranking.TierEvaluation;
import cn.kaohe.scoring.ranking.TierRules;
import cn.kaohe.scoring.ranking.UnitStanding;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Scheme;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks each category (tier) of a run with scoring-core's ranking package: competition ranks on exact scores, the
 * category's quota rule (ZD-29/30 …) and triggers from the scheme version's population rules. Incomplete units are
 * not ranked; units that may not receive honours (veto, disqualification, a blocking grade; TB-20, ZD-31) keep their
 * rank but are skipped by the quota, as in scoring-core's {@code rank} command.
 */
public final class TierRanking {

    private TierRanking() {
    }

    /** A scored unit as ranking needs it. */
    public record Scored(String unitCode, String category, String status, String finalScore, boolean honoursEligible,
            String grade, String explanationJson) {
    }

    /** Where a unit stands in its tier. */
    public record Placement(int rank, String quotaStatus, String award, String standing) {
    }

    public static Map<String, Placement> rank(Scheme scheme, Map<String, TierRules> rules, List<Scored> units) {
        Map<String, Placement> out = new LinkedHashMap<>();
        for (Category c : scheme.categories()) {
            List<Candidate> candidates = new ArrayList<>();
            for (Scored u : units) {
                if (!u.category().equals(c.id()) || !"COMPLETE".equals(u.status()) || u.finalScore() == null) {
                    continue;
                }
                BigDecimal score = new BigDecimal(u.finalScore());
                if (u.honoursEligible() || !barred(u, scheme)) {
                    candidates.add(Candidate.of(u.unitCode(), score));
                } else {
                    candidates.add(Candidate.of(u.unitCode(), score, List.of(new Exclusion(reason(u),
                            scheme.veto().ruleId() == null ? "eligibility" : scheme.veto().ruleId()))));
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            TierRules tier = rules.getOrDefault(c.id(), new TierRules(c.id(), null, null, List.of()));
            TierEvaluation evaluation = tier.evaluate(candidates);
            for (UnitStanding s : evaluation.standings().values()) {
                QuotaDecision q = s.quota();
                String award = null;
                if (q != null && q.placed() && tier.quota() != null) {
                    award = tier.quota().award();
                } else if (s.award() != null && s.award().award() != null) {
                    award = s.award().award().name();
                }
                out.put(s.unitId(), new Placement(s.ranked().rank(), q == null ? null : q.status().name(), award,
                        s.explain()));
            }
        }
        return out;
    }

    /** Vetoed, disqualified, below a satisfaction threshold or in a grade that bars honours. */
    private static boolean barred(Scored u, Scheme scheme) {
        for (JsonNode flag : CanonicalJson.parse(u.explanationJson()).path("flags")) {
            String f = flag.asText();
            if (f.startsWith("VETO:") || f.startsWith("DISQUALIFIED:") || f.startsWith("SATISFACTION_BELOW_THRESHOLD:")) {
                return true;
            }
        }
        return scheme.eligibility().blockingGrades().contains(u.grade());
    }

    private static String reason(Scored u) {
        List<String> reasons = new ArrayList<>();
        CanonicalJson.parse(u.explanationJson()).path("reasons").forEach(r -> reasons.add(r.asText()));
        return reasons.isEmpty() ? "not eligible for honours (grade " + u.grade() + ")" : String.join("; ", reasons);
    }
}
