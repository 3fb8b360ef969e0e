package cn.kaohe.scoring.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaohe.scoring.method.TierContribution;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** Kind {@code xj_special_probe}: XJ-22/24 special-project grade and contribution, from {@code xj.json}. */
public class XjSpecialProbeCase implements WorkedCase {

    @Override
    public void verify(JsonNode c) {
        TierContribution tiers = (TierContribution) CaseSupport.scheme("xj").indicator("department", "special")
                .orElseThrow().method();
        JsonNode expected = c.get("expected").get("probes");
        assertEquals(c.get("inputs").get("scores").size(), expected.size(), c.get("id").asText() + " probe count");
        for (JsonNode probe : expected) {
            BigDecimal score = CaseSupport.dec(probe.get("score"));
            assertEquals(probe.get("grade").asText(), tiers.grade(score), c.get("id").asText() + " grade of " + score);
            CaseSupport.decimalEquals(c.get("id").asText() + " contribution of " + score,
                    probe.get("contribution_to_unit"), tiers.contribution(score));
        }
        assertEquals(1, c.get("expected").size(), "only 'probes' is expected");
    }
}
