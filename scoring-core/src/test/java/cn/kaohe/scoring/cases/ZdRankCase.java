package cn.kaohe.scoring.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaohe.scoring.ranking.Candidate;
import cn.kaohe.scoring.ranking.Exclusion;
import cn.kaohe.scoring.ranking.Flag;
import cn.kaohe.scoring.ranking.QuotaOutcome;
import cn.kaohe.scoring.ranking.TierEvaluation;
import cn.kaohe.scoring.ranking.TierRules;
import cn.kaohe.scoring.ranking.UnitStanding;
import cn.kaohe.scoring.reward.GradeBands;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Kind {@code zd_rank}: ZD-29/30 quotas with their score floors, ZD-31 disqualifiers, ZD-32/33 grades and the ZD-37
 * referral, for one ranking group (township, department, old_town), configured from {@code population-rules.json}.
 */
public class ZdRankCase implements WorkedCase {

    @Override
    public void verify(JsonNode workedCase) {
        String id = workedCase.get("id").asText();
        JsonNode in = workedCase.get("inputs");
        JsonNode expected = workedCase.get("expected");
        TierRules rules = PopulationRules.read("/ZD/groups/" + in.get("group").asText(), TierRules.class);
        GradeBands bands = PopulationRules.read("/ZD/bands", GradeBands.class);
        String disqualifierRule = PopulationRules.node("/ZD/disqualifierRuleId").asText();
        String referral = PopulationRules.node("/ZD/referralOutcome").asText();

        List<Candidate> candidates = new ArrayList<>();
        for (JsonNode u : in.get("units")) {
            List<Exclusion> exclusions = new ArrayList<>();
            for (String reason : PopulationRules.texts(u.get("disqualifiers"))) {
                exclusions.add(Exclusion.of(reason, disqualifierRule));
            }
            candidates.add(Candidate.of(u.get("id").asText(), PopulationRules.decimal(u.get("final")), exclusions));
        }
        TierEvaluation result = in.hasNonNull("advanced_count_decided")
                ? rules.evaluate(candidates, in.get("advanced_count_decided").asInt())
                : rules.evaluate(candidates);
        QuotaOutcome quota = result.quota();

        assertEquals(expected.get("quota").asInt(), quota.quota(), id + " quota");
        assertEquals(PopulationRules.texts(expected.get("advanced_confirmed")), quota.confirmed(),
                id + " advanced_confirmed");
        assertEquals(new HashSet<>(PopulationRules.texts(expected.get("tied_at_cutoff"))),
                new HashSet<>(quota.tiedAtCutoff()), id + " tied_at_cutoff");
        assertEquals(expected.get("slots_for_tied").asInt(), quota.slotsForTied(), id + " slots_for_tied");
        assertEquals(new HashSet<>(PopulationRules.texts(expected.get("excluded_from_advanced"))),
                new HashSet<>(quota.excluded()), id + " excluded_from_advanced");
        assertEquals(PopulationRules.texts(expected.get("flags")),
                result.flags().stream().map(Flag::text).toList(), id + " flags");

        JsonNode units = expected.get("units");
        assertEquals(units.size(), result.standings().size(), id + " unit count");
        units.fields().forEachRemaining(e -> {
            UnitStanding s = result.standing(e.getKey());
            // ZD-28: 先进 is the quota award; otherwise the absolute bands of ZD-32/33 on the exact score
            String grade = s.quota().placed() ? quota.rule().award()
                    : bands.grade(s.ranked().candidate().score());
            assertEquals(e.getValue().get("grade").asText(), grade, id + " " + e.getKey() + " grade; " + s.explain());
            assertEquals(e.getValue().get("referred_to_cadre_management").asBoolean(), s.hasOutcome(referral),
                    id + " " + e.getKey() + " referred_to_cadre_management; " + s.explain());
        });
    }
}
