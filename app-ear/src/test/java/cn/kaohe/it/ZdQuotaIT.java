package cn.kaohe.it;

import static cn.kaohe.it.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
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
 * ZD-29 through the services: the ZD seed scheme with its population rules, 7 townships and 32 departments reported
 * through the REST API, one whole-period batch run. The quota (25% of the group, HALF_UP, score ≥ 90, RULES.md ZD-29)
 * gives 2 先进 of 7 townships and 8 of 32 departments; the test derives the expected units from the rule and the
 * inputs it sent, then checks the stored results.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class ZdQuotaIT {

    private static final String RULES = """
        [ { "tierId": "township",
            "quota": { "ruleId": "ZD-29", "award": "先进", "percent": "25", "rounding": "HALF_UP", "scoreFloor": "90",
                       "tiePolicy": "REPORT" },
            "triggers": [ { "ruleId": "ZD-37", "scope": "BOTTOM", "places": 3, "threshold": "60", "inclusive": false,
                            "outcome": "REFER_TO_CADRE_MANAGEMENT", "consequences": ["按照干部管理权限抄送有关部门"] } ] },
          { "tierId": "department",
            "quota": { "ruleId": "ZD-29", "award": "先进", "percent": "25", "rounding": "HALF_UP", "scoreFloor": "90",
                       "tiePolicy": "REPORT" },
            "triggers": [] } ]
        """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private static JsonNode items(String points, int actual) {
        ObjectNode item = Api.object().put("name", "主要经济指标").put("points", points).put("target", "100")
                .put("actual", String.valueOf(actual));
        ObjectNode value = Api.object();
        value.putArray("items").add(item);
        return value;
    }

    @Test
    void zd29GivesTwoOfSevenTownshipsAndEightOfThirtyTwoDepartments() throws Exception {
        Api api = new Api(base);
        String key = Api.unique("ZD");
        api.importTemplate("zd", key, Api.parse(RULES));
        String period = Api.unique("ZD-2026");
        JsonNode opened = api.period(period, key, 1);
        List<String> subPeriods = new ArrayList<>();
        opened.get("subPeriods").forEach(s -> subPeriods.add(s.get("code").asText()));
        assertEquals(List.of("mid", "year_end", "q1", "q2", "q3", "q4"), subPeriods);

        // townships: items worth 90 prorated (ZD-05) + leader 10; actual a of target 100 → 0.9·a + 10
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        Map<String, String> tierOf = new LinkedHashMap<>();
        int[] townshipActual = {100, 98, 96, 94, 88, 80, 70};
        ArrayNode rows = Api.array();
        for (int i = 0; i < townshipActual.length; i++) {
            String unit = Api.unique("T" + (i + 1));
            api.unit(unit, "乡镇" + (i + 1), "乡镇");
            api.enrol(period, unit, "township");
            for (String half : List.of("mid", "year_end")) {
                rows.add(Api.row(unit, "indicator[" + half + "]/items", items("90", townshipActual[i])));
                rows.add(Api.row(unit, "leader[" + half + "]/score", Api.parse("10")));
            }
            expected.put(unit, new BigDecimal("0.9").multiply(BigDecimal.valueOf(townshipActual[i])).add(BigDecimal.TEN));
            tierOf.put(unit, "township");
        }
        // departments: items worth 60 + public 30 (four quarters) + leader 10; actual 100 − 2i → 40 + 0.6·a
        for (int i = 0; i < 32; i++) {
            String unit = Api.unique("D" + (i + 1));
            api.unit(unit, "部门" + (i + 1), "部门");
            api.enrol(period, unit, "department");
            int actual = 100 - 2 * i;
            for (String half : List.of("mid", "year_end")) {
                rows.add(Api.row(unit, "indicator[" + half + "]/items", items("60", actual)));
                rows.add(Api.row(unit, "leader[" + half + "]/score", Api.parse("10")));
            }
            for (String q : List.of("q1", "q2", "q3", "q4")) {
                rows.add(Api.row(unit, "public[" + q + "]/score", Api.parse("30")));
            }
            expected.put(unit, new BigDecimal("0.6").multiply(BigDecimal.valueOf(actual)).add(new BigDecimal("40")));
            tierOf.put(unit, "department");
        }
        assertEquals(rows.size(), api.importRows(period, rows).size());

        // the fifth township (89.2) claims a city commendation (ZD-15, 2 points) with its document as evidence;
        // the sixth claims one without evidence, which ZD-19 refuses
        List<String> units = new ArrayList<>(tierOf.keySet());
        String fifth = units.get(4);
        String sixth = units.get(5);
        JsonNode claim = expect(201, api.post("periods/" + period + "/adjustments", Api.object().put("unitCode", fifth)
                .put("table", "commendation").put("key", "party_gov/city").put("work", "招商引资")
                .put("documentDate", "2026-05-04")));
        assertEquals("BONUS", claim.get("kind").asText());
        expect(201, api.upload("adjustment", claim.get("id").asLong(), "表彰文件.pdf",
                "%PDF-1.4\n% 表彰决定\n".getBytes(StandardCharsets.UTF_8)));
        expect(201, api.post("periods/" + period + "/adjustments", Api.object().put("unitCode", sixth)
                .put("table", "commendation").put("key", "party_gov/city").put("work", "环境整治")));
        expected.put(fifth, expected.get(fifth).add(new BigDecimal("2")));

        JsonNode run = api.runToCompletion(period, null);
        assertEquals(39, run.get("unitsTotal").asInt());
        assertEquals(39, run.get("unitsDone").asInt());
        assertEquals(64, run.get("inputSha256").asText().length());

        JsonNode results = expect(200, api.get("runs/" + run.get("id").asLong() + "/results"));
        assertEquals(39, results.size());
        Map<String, JsonNode> byUnit = new LinkedHashMap<>();
        results.forEach(r -> byUnit.put(r.get("unitCode").asText(), r));
        for (Map.Entry<String, BigDecimal> e : expected.entrySet()) {
            JsonNode r = byUnit.get(e.getKey());
            assertEquals("COMPLETE", r.get("status").asText(), r.toString());
            assertEquals(0, e.getValue().compareTo(new BigDecimal(r.get("finalScore").asText())), r.toString());
        }

        for (String tier : List.of("township", "department")) {
            List<String> group = tierOf.entrySet().stream().filter(e -> e.getValue().equals(tier))
                    .map(Map.Entry::getKey).toList();
            // ZD-29: 25% of the group, HALF_UP; only scores ≥ 90 (inclusive), highest first
            int quota = new BigDecimal(group.size()).multiply(new BigDecimal("0.25"))
                    .setScale(0, RoundingMode.HALF_UP).intValueExact();
            List<String> advanced = group.stream()
                    .filter(u -> expected.get(u).compareTo(new BigDecimal("90")) >= 0)
                    .sorted(Comparator.comparing(expected::get).reversed())
                    .limit(quota).toList();
            List<String> placed = group.stream().filter(u -> "先进".equals(byUnit.get(u).path("award").asText(null)))
                    .toList();
            assertEquals(tier.equals("township") ? 2 : 8, advanced.size());
            assertEquals(new java.util.HashSet<>(advanced), new java.util.HashSet<>(placed), tier);
            for (String u : group) {
                JsonNode r = byUnit.get(u);
                assertTrue(r.get("rank").asInt() >= 1, r.toString());
                if (!advanced.contains(u)) {
                    assertNull(r.path("award").asText(null), r.toString());
                }
            }
        }
        JsonNode fifthResult = expect(200, api.get("runs/" + run.get("id").asLong() + "/results/" + fifth));
        assertEquals(0, new BigDecimal("2").compareTo(new BigDecimal(fifthResult.get("explanation").path("bonus").asText("0"))));
        JsonNode sixthResult = expect(200, api.get("runs/" + run.get("id").asLong() + "/results/" + sixth));
        assertEquals(0, BigDecimal.ZERO.compareTo(new BigDecimal(sixthResult.get("explanation").path("bonus").asText("0"))),
                sixthResult.toString());
        assertEquals("OUTSIDE_QUOTA", fifthResult.get("quotaStatus").asText());
    }
}
