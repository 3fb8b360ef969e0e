package cn.kaohe.scoring.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaohe.scoring.compliance.CheckResult;
import cn.kaohe.scoring.compliance.ConsistencySpec;
import cn.kaohe.scoring.compliance.Figures;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kind {@code misc_plan}: SDO-06 data consistency of a plan's kilometres and investment, with the checks read from
 * {@code population-rules.json}. Each expected field other than {@code consistent} is a check id: a sum check
 * expects its sum, a ratio check the ratio of every pair.
 */
public class MiscPlanCase implements WorkedCase {

    @Override
    public void verify(JsonNode workedCase) {
        String id = workedCase.get("id").asText();
        ConsistencySpec spec = PopulationRules.read("/SDO/consistency", ConsistencySpec.class);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        flatten("", workedCase.get("inputs").get("plan"), values);
        ConsistencySpec.Report report = spec.evaluate(Figures.of(values));

        JsonNode expected = workedCase.get("expected");
        expected.fields().forEachRemaining(e -> {
            if (e.getKey().equals("consistent")) {
                assertEquals(e.getValue().asBoolean(), report.consistent(), id + " consistent " + report);
                return;
            }
            CheckResult r = report.result(e.getKey());
            List<BigDecimal> computed = r.computed();
            if (e.getValue().isArray()) {
                assertEquals(e.getValue().size(), computed.size(), id + " " + e.getKey() + " " + r.detail());
                for (int i = 0; i < computed.size(); i++) {
                    PopulationRules.assertDecimal(e.getValue().get(i), computed.get(i),
                            id + " " + e.getKey() + "[" + i + "] " + r.detail());
                }
            } else {
                assertEquals(1, computed.size(), id + " " + e.getKey());
                PopulationRules.assertDecimal(e.getValue(), computed.get(0), id + " " + e.getKey() + " " + r.detail());
            }
        });
    }

    /** Names every number of the plan: {@code total_km}, {@code phases[0].km} … */
    private static void flatten(String prefix, JsonNode node, Map<String, BigDecimal> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(
                    e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), out);
            }
        } else if (!node.isNull()) {
            out.put(prefix, new BigDecimal(node.asText()));
        }
    }
}
