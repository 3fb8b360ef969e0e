package cn.kaohe.scoring.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ranking.AwardDecision;
import cn.kaohe.scoring.ranking.Candidate;
import cn.kaohe.scoring.ranking.Exclusion;
import cn.kaohe.scoring.ranking.Flag;
import cn.kaohe.scoring.ranking.TierEvaluation;
import cn.kaohe.scoring.ranking.TierRules;
import cn.kaohe.scoring.ranking.UnitStanding;
import cn.kaohe.scoring.reward.EvidenceDeferralRule;
import cn.kaohe.scoring.reward.EvidenceDeferralRule.Evidence;
import cn.kaohe.scoring.reward.PrincipalShareRule;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kind {@code tb_tier}: one TB13 tier — TB-14 awards by eligible place, TB-17 principal share, TB-18/19 last-place
 * sanctions, TB-20 veto (honours blocked, score and rank kept, award passes down), TB-07 evidence deferral —
 * configured from {@code population-rules.json}.
 */
public class TbTierCase implements WorkedCase {

    @Override
    public void verify(JsonNode workedCase) {
        String id = workedCase.get("id").asText();
        JsonNode in = workedCase.get("inputs");
        JsonNode expected = workedCase.get("expected");
        TierRules rules = PopulationRules.read("/TB/tier", TierRules.class);
        PrincipalShareRule share = PopulationRules.read("/TB/principalShare", PrincipalShareRule.class);
        EvidenceDeferralRule deferral = PopulationRules.read("/TB/deferral", EvidenceDeferralRule.class);
        String vetoRule = PopulationRules.node("/TB/vetoRuleId").asText();

        List<Candidate> candidates = new ArrayList<>();
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        for (JsonNode u : in.get("units")) {
            String unit = u.get("id").asText();
            List<Exclusion> vetoes = new ArrayList<>();
            for (String area : PopulationRules.texts(u.get("veto"))) {
                vetoes.add(Exclusion.of(area, vetoRule));
            }
            candidates.add(Candidate.of(unit, PopulationRules.decimal(u.get("final")), vetoes));
            evidence.put(unit, evidence(u.get("city_system_evidence")));
        }
        TierEvaluation result = rules.evaluate(candidates);
        EvidenceDeferralRule.DeferralOutcome deferred = deferral.evaluate(evidence);

        assertEquals(PopulationRules.texts(expected.get("ranking")), result.ranking().order(), id + " ranking");
        assertEquals(PopulationRules.texts(expected.get("city_system_evidence_missing")), deferred.missing(),
                id + " city_system_evidence_missing");
        assertEquals(expected.get("city_system_bonus_deferred").asBoolean(), deferred.deferred(),
                id + " city_system_bonus_deferred");
        assertEquals(PopulationRules.texts(expected.get("flags")),
                result.flags().stream().map(Flag::text).toList(), id + " flags");

        JsonNode units = expected.get("units");
        assertEquals(units.size(), result.standings().size(), id + " unit count");
        units.fields().forEachRemaining(e -> {
            String unit = e.getKey();
            JsonNode want = e.getValue();
            UnitStanding s = result.standing(unit);
            String where = id + " " + unit + "; " + s.explain();
            assertEquals(0, PopulationRules.decimal(want.get("final")).compareTo(s.ranked().candidate().score()),
                    where + " final");
            assertEquals(want.get("rank").asInt(), s.ranked().rank(), where + " rank");
            AwardDecision award = s.award();
            if (want.get("award").isNull()) {
                assertNull(award.award(), where + " award");
            } else {
                assertNotNull(award.award(), where + " award");
                assertEquals(want.get("award").asText(), award.award().name(), where + " award");
            }
            if (want.has("prize_yuan")) {
                assertEquals(0, PopulationRules.decimal(want.get("prize_yuan")).compareTo(award.award().prize()),
                        where + " prize_yuan");
            }
            if (want.has("principal_min_share_yuan")) {
                assertEquals(0, PopulationRules.decimal(want.get("principal_min_share_yuan"))
                        .compareTo(share.minimumShare(award.award().prize())), where + " principal_min_share_yuan");
            }
            if (!want.has("prize_yuan")) {
                assertTrue(award.award() == null || award.award().prize() == null, where + " no prize expected");
            }
            assertEquals(want.get("veto_excluded_from_honours").asBoolean(), award.excluded(),
                    where + " veto_excluded_from_honours");
            assertEquals(PopulationRules.texts(want.get("sanctions")), s.consequences(), where + " sanctions");
        });
    }

    /** TB-07 evidence of one unit: absent = no city-system result (not applicable). */
    private static Evidence evidence(JsonNode n) {
        if (n == null || n.isNull()) {
            return Evidence.NOT_APPLICABLE;
        }
        if (n.isBoolean()) {
            return n.asBoolean() ? Evidence.PROVIDED : Evidence.MISSING;
        }
        return Evidence.valueOf(n.asText().toUpperCase(java.util.Locale.ROOT));
    }
}
