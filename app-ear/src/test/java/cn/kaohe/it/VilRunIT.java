package cn.kaohe.it;

import static cn.kaohe.it.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A VIL period through the services: five villages and a community report, one village has a deduction (VIL-23/24,
 * not rectified: doubled) and one a veto (VIL-26), the period is scored by the batch job and ranked per category. The
 * run is reproduced: the same inputs give the same run and hash, "verify" rescores every snapshot identically, and a
 * changed entry gives a new hash while the old run still verifies.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class VilRunIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private static JsonNode sheet(String... deductions) {
        ObjectNode value = Api.object();
        ArrayNode items = value.putArray("items");
        int i = 1;
        for (String d : deductions) {
            items.add(Api.object().put("name", "考核项目" + i++).put("points", String.valueOf(100 / deductions.length))
                    .put("deductions", d));
        }
        return value;
    }

    private static JsonNode votes(String label, int count) {
        ObjectNode value = Api.object();
        value.putObject("votes").put(label, count);
        return value;
    }

    private static void report(ArrayNode rows, String unit, int deduction) {
        rows.add(Api.row(unit, "quantitative/common/sheet", sheet(String.valueOf(deduction), "0")));
        rows.add(Api.row(unit, "quantitative/stage", sheet("0")));
        rows.add(Api.row(unit, "qualitative/leadership", votes("好", 12)));
        rows.add(Api.row(unit, "qualitative/social", votes("满意", 40)));
        rows.add(Api.row(unit, "qualitative/member_rep", votes("满意", 30)));
    }

    @Test
    void scoresAndRanksAVillagePeriodAndReproducesTheRun() throws Exception {
        Api api = new Api(base);
        String key = Api.unique("VIL");
        api.importTemplate("vil", key, null);
        String period = Api.unique("VIL-2026");
        api.period(period, key, 1);

        List<String> villages = new ArrayList<>();
        ArrayNode rows = Api.array();
        for (int i = 0; i < 5; i++) {
            String v = Api.unique("V" + (i + 1));
            api.unit(v, "村" + (i + 1), "村");
            api.enrol(period, v, "village");
            report(rows, v, i);
            villages.add(v);
        }
        String community = Api.unique("C1");
        api.unit(community, "社区1", "社区");
        api.enrol(period, community, "community");
        report(rows, community, 0);
        JsonNode entries = api.importRows(period, rows);
        assertEquals(30, entries.size());

        // VIL-23/24: a county inspection finding, not rectified (counts twice)
        JsonNode deduction = expect(201, api.post("periods/" + period + "/adjustments", Api.object()
                .put("unitCode", villages.get(1)).put("table", "inspection").put("key", "county")
                .put("rectified", false).put("reason", "明察暗访发现环境卫生问题")));
        assertEquals("DEDUCTION", deduction.get("kind").asText());
        // VIL-26: a one-vote veto in safety, with its document
        JsonNode veto = expect(201, api.post("periods/" + period + "/vetoes", Api.object()
                .put("unitCode", villages.get(4)).put("area", "安全生产").put("reason", "发生安全生产责任事故")));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        expect(201, api.upload("veto", veto.get("id").asLong(), "事故通报.png", png));

        JsonNode run = api.runToCompletion(period, null);
        long runId = run.get("id").asLong();
        assertEquals(6, run.get("unitsDone").asInt());
        JsonNode results = expect(200, api.get("runs/" + runId + "/results"));
        Map<String, JsonNode> byUnit = new LinkedHashMap<>();
        results.forEach(r -> byUnit.put(r.get("unitCode").asText(), r));

        // ranks follow the exact scores within the village category; the community is ranked on its own
        for (int i = 0; i < 5; i++) {
            assertEquals(i + 1, byUnit.get(villages.get(i)).get("rank").asInt(), byUnit.get(villages.get(i)).toString());
        }
        for (int i = 1; i < 5; i++) {
            BigDecimal higher = new BigDecimal(byUnit.get(villages.get(i - 1)).get("finalScore").asText());
            BigDecimal lower = new BigDecimal(byUnit.get(villages.get(i)).get("finalScore").asText());
            assertTrue(higher.compareTo(lower) > 0, higher + " > " + lower);
        }
        assertEquals(1, byUnit.get(community).get("rank").asInt());
        assertEquals("优秀", byUnit.get(villages.get(0)).get("grade").asText());

        JsonNode vetoed = expect(200, api.get("runs/" + runId + "/results/" + villages.get(4)));
        assertEquals("不合格", vetoed.get("grade").asText());
        List<String> flags = new ArrayList<>();
        vetoed.get("explanation").get("flags").forEach(f -> flags.add(f.asText()));
        assertTrue(flags.contains("VETO:安全生产"), flags.toString());
        assertFalse(vetoed.get("honoursEligible").asBoolean());

        JsonNode deducted = expect(200, api.get("runs/" + runId + "/results/" + villages.get(1)));
        assertEquals(0, new BigDecimal("0.2").compareTo(new BigDecimal(deducted.get("explanation").get("deduction").asText())),
                deducted.get("explanation").toString());
        assertEquals(deducted.get("inputSha256").asText().length(), 64);
        assertEquals(villages.get(1), deducted.get("input").get("unit").asText());

        // the same inputs: the same run, the same hash, no duplicated results
        JsonNode again = api.runToCompletion(period, null);
        assertEquals(runId, again.get("id").asLong());
        assertEquals(run.get("inputSha256").asText(), again.get("inputSha256").asText());
        assertEquals(6, expect(200, api.get("runs/" + runId + "/results")).size());
        assertEquals(1, expect(200, api.get("periods/" + period + "/runs")).size());

        JsonNode verified = expect(200, api.post("runs/" + runId + "/verify", ""));
        assertTrue(verified.get("reproduced").asBoolean(), verified.toString());
        assertTrue(verified.get("snapshotIntact").asBoolean(), verified.toString());
        assertTrue(verified.get("inputsUnchanged").asBoolean(), verified.toString());
        assertEquals(run.get("inputSha256").asText(), verified.get("recomputedSha256").asText());

        // a changed entry: a new run with a new hash; the old run still reproduces, but its inputs are no longer current
        JsonNode first = entries.get(0);
        expect(200, api.put("entries/" + first.get("id").asLong(), Api.object()
                .put("version", first.get("version").asLong()).set("value", sheet("5", "0"))));
        JsonNode changed = api.runToCompletion(period, null);
        assertNotEquals(runId, changed.get("id").asLong());
        assertNotEquals(run.get("inputSha256").asText(), changed.get("inputSha256").asText());
        JsonNode stale = expect(200, api.post("runs/" + runId + "/verify", ""));
        assertTrue(stale.get("reproduced").asBoolean(), stale.toString());
        assertFalse(stale.get("inputsUnchanged").asBoolean(), stale.toString());

        // one unit, scored at once: no ranking without its tier
        JsonNode single = api.runToCompletion(period, villages.get(2));
        assertEquals(1, single.get("unitsTotal").asInt());
        JsonNode singleResult = expect(200, api.get("runs/" + single.get("id").asLong() + "/results/" + villages.get(2)));
        assertEquals(byUnit.get(villages.get(2)).get("finalScore").asText(), singleResult.get("finalScore").asText());
        assertNull(singleResult.path("rank").numberValue());
    }
}
