package cn.kaohe.scoring.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaohe.scoring.reward.GradeBands;
import cn.kaohe.scoring.reward.PortfolioAggregation;
import cn.kaohe.scoring.reward.PortfolioGrading;
import cn.kaohe.scoring.reward.PortfolioResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** Kind {@code xj_level1}: XJ-25 portfolio grade (mean, XJ-20 bands) and XJ-27 eligibility of deputy county heads. */
public class XjLevel1Case implements WorkedCase {

    @Override
    public void verify(JsonNode workedCase) {
        String id = workedCase.get("id").asText();
        JsonNode cfg = PopulationRules.node("/XJ/portfolio");
        PortfolioGrading grading = new PortfolioGrading(cfg.get("ruleId").asText(),
                PortfolioAggregation.valueOf(cfg.get("aggregation").asText()),
                PopulationRules.read("/XJ/unitBands", GradeBands.class),
                new HashSet<>(PopulationRules.texts(cfg.get("eligibleGrades"))),
                cfg.get("eligibilityRuleId").asText());
        Map<String, PortfolioResult> results = new LinkedHashMap<>();
        for (JsonNode h : workedCase.get("inputs").get("deputy_heads")) {
            String head = h.get("id").asText();
            results.put(head, grading.grade(head, PopulationRules.decimals(h.get("portfolio_scores"))));
        }
        JsonNode heads = workedCase.get("expected").get("deputy_heads");
        assertEquals(heads.size(), results.size(), id + " head count");
        heads.fields().forEachRemaining(e -> {
            PortfolioResult r = results.get(e.getKey());
            String where = id + " " + e.getKey() + "; " + r;
            PopulationRules.assertDecimal(e.getValue().get("portfolio_mean"), r.mean(), where + " portfolio_mean");
            assertEquals(e.getValue().get("portfolio_grade").asText(), r.grade(), where + " portfolio_grade");
            assertEquals(e.getValue().get("eligible_for_awards").asBoolean(), r.eligible(),
                    where + " eligible_for_awards");
        });
    }
}
