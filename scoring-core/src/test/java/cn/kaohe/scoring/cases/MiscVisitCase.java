package cn.kaohe.scoring.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaohe.scoring.compliance.Checklist;
import cn.kaohe.scoring.compliance.RateResult;
import cn.kaohe.scoring.compliance.Tally;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Kind {@code misc_visit}: SAFE6-02 三个100% checklist, from {@code population-rules.json}. */
public class MiscVisitCase implements WorkedCase {

    @Override
    public void verify(JsonNode workedCase) {
        String id = workedCase.get("id").asText();
        Checklist checklist = PopulationRules.read("/SAFE/threeHundred", Checklist.class);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        workedCase.get("inputs").get("rates").fields().forEachRemaining(e -> tallies.put(e.getKey(),
                Tally.of(PopulationRules.decimal(e.getValue().get("done")),
                        PopulationRules.decimal(e.getValue().get("total")))));
        Checklist.Result result = checklist.evaluate(tallies);

        JsonNode expected = workedCase.get("expected");
        assertEquals(expected.get("rates").size(), result.results().size(), id + " rate count");
        expected.get("rates").fields().forEachRemaining(e -> {
            RateResult r = result.results().get(e.getKey());
            PopulationRules.assertDecimal(e.getValue().get("pct_2dp"), r.displayPercent(),
                    id + " " + e.getKey() + " pct_2dp " + r.explain());
            assertEquals(e.getValue().get("met_100").asBoolean(), r.met(), id + " " + e.getKey() + " met_100");
        });
        assertEquals(expected.get("all_three_100_met").asBoolean(), result.allMet(), id + " all_three_100_met");
    }
}
