package cn.kaohe.scoring.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaohe.scoring.reward.RewardPool;
import cn.kaohe.scoring.reward.SalaryRewardRule;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Kind {@code xj_rewards}: XJ-28/29 bonus pools and the principal's eligibility, from {@code population-rules.json}. */
public class XjRewardsCase implements WorkedCase {

    @Override
    public void verify(JsonNode workedCase) {
        String id = workedCase.get("id").asText();
        SalaryRewardRule rule = PopulationRules.read("/XJ/salaryReward", SalaryRewardRule.class);
        Map<String, RewardPool> pools = new LinkedHashMap<>();
        for (JsonNode u : workedCase.get("inputs").get("units")) {
            String unit = u.get("id").asText();
            pools.put(unit, rule.poolFor(unit, u.get("grade").asText(),
                    PopulationRules.decimals(u.get("basic_salaries"))));
        }
        JsonNode units = workedCase.get("expected").get("units");
        assertEquals(units.size(), pools.size(), id + " unit count");
        units.fields().forEachRemaining(e -> {
            RewardPool pool = pools.get(e.getKey());
            String where = id + " " + e.getKey() + "; " + pool.explain();
            assertEquals(e.getValue().get("grade").asText(), pool.grade(), where + " grade");
            assertEquals(0, PopulationRules.decimal(e.getValue().get("bonus_pool_yuan")).compareTo(pool.pool()),
                    where + " bonus_pool_yuan");
            assertEquals(e.getValue().get("principal_loses_award_eligibility").asBoolean(),
                    pool.principalLosesEligibility(), where + " principal_loses_award_eligibility");
        });
    }
}
