package cn.kaohe.scoring.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaohe.scoring.reward.GradeHistoryRule;
import cn.kaohe.scoring.reward.HistoryOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Kind {@code xj_history}: XJ-30 差 this year and 差 two years running, from {@code population-rules.json}. */
public class XjHistoryCase implements WorkedCase {

    @Override
    public void verify(JsonNode workedCase) {
        String id = workedCase.get("id").asText();
        GradeHistoryRule rule = PopulationRules.read("/XJ/history", GradeHistoryRule.class);
        Map<String, HistoryOutcome> outcomes = new LinkedHashMap<>();
        for (JsonNode u : workedCase.get("inputs").get("units")) {
            String unit = u.get("id").asText();
            outcomes.put(unit, rule.evaluate(unit, PopulationRules.texts(u.get("history"))));
        }
        JsonNode units = workedCase.get("expected").get("units");
        assertEquals(units.size(), outcomes.size(), id + " unit count");
        units.fields().forEachRemaining(e -> {
            HistoryOutcome o = outcomes.get(e.getKey());
            String where = id + " " + e.getKey() + "; " + o;
            assertEquals(e.getValue().get("current_grade").asText(), o.currentGrade(), where + " current_grade");
            assertEquals(PopulationRules.texts(e.getValue().get("sanctions")), o.sanctions(), where + " sanctions");
            assertEquals(e.getValue().get("organisational_handling_proposed").asBoolean(),
                    o.organisationalHandlingProposed(), where + " organisational_handling_proposed");
        });
    }
}
