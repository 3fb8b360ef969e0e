package cn.kaohe.it;

import static cn.kaohe.it.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.statistics.TierStatistics;
import com.fasterxml.jackson.databind.JsonNode;
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
 * The results API (issue 5, items 5, 6, 7): the ranking per tier is the run's stored ranking, tier statistics are
 * scoring-core's {@code TierStatistics} of the stored scores, a result sheet's breakdown adds up to its final score,
 * what-if answers are consistent with the sheet, the year-over-year trend finds the earlier year's run of the same
 * units, and reporters see only their own sheet once it is approved (no ranking before publicity).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class ResultsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private static Map<String, JsonNode> byUnit(JsonNode rows) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.get("unitCode").asText(), r));
        return out;
    }

    private static BigDecimal decimal(JsonNode n) {
        return new BigDecimal(n.asText());
    }

    @Test
    void rankingStatisticsSheetsWhatIfAndTrendComeFromTheStoredRun() throws Exception {
        ResultsScenario s = ResultsScenario.prepare(new Api(base), 5);
        // the same villages a year earlier, all with the same small deduction (RULES VIL: 考核项目 deductions)
        String earlier = s.earlierPeriod(2025, 5);
        long earlierRun = s.api.runToCompletion(earlier, null).get("id").asLong();
        long run = s.run();
        Map<String, JsonNode> stored = byUnit(expect(200, s.api.get("runs/" + run + "/results")));

        Api leader = new Api(base, List.of("LEADER"), List.of());
        JsonNode ranking = expect(200, leader.get("results/" + run + "/ranking"));
        assertEquals(stored.size(), ranking.size());
        int previousRank = 0;
        String previousTier = null;
        for (JsonNode row : ranking) {
            JsonNode st = stored.get(row.get("unitCode").asText());
            assertEquals(st.get("finalScore").asText(), row.get("finalScore").asText(), row.toString());
            assertEquals(st.get("grade").asText(), row.get("grade").asText(), row.toString());
            assertEquals(st.get("rank").asInt(), row.get("rank").asInt(), row.toString());
            assertEquals(st.get("category").asText(), row.get("category").asText());
            // tier by tier, by rank within the tier
            if (row.get("category").asText().equals(previousTier)) {
                assertTrue(row.get("rank").asInt() >= previousRank, ranking.toString());
            }
            previousTier = row.get("category").asText();
            previousRank = row.get("rank").asInt();
        }
        Map<String, JsonNode> rows = byUnit(ranking);
        String vetoed = s.villages.get(4);
        assertTrue(rows.get(vetoed).get("vetoed").asBoolean(), rows.get(vetoed).toString());
        assertTrue(rows.get(vetoed).get("lastInTier").asBoolean(), rows.get(vetoed).toString());
        assertFalse(rows.get(s.villages.get(0)).get("vetoed").asBoolean());
        assertEquals("结果村1", rows.get(s.villages.get(0)).get("unitName").asText());
        assertEquals(1, expect(200, leader.get("results/" + run + "/ranking?category=community")).size());

        // statistics: scoring-core's TierStatistics of the stored final scores of the village tier
        List<BigDecimal> villageScores = new ArrayList<>();
        s.villages.forEach(v -> villageScores.add(decimal(stored.get(v).get("finalScore"))));
        TierStatistics expected = TierStatistics.of(villageScores);
        JsonNode tiers = expect(200, leader.get("results/" + run + "/tiers"));
        JsonNode village = null;
        for (JsonNode t : tiers) {
            if (t.get("category").asText().equals("village")) {
                village = t;
            }
        }
        assertNotNull(village, tiers.toString());
        JsonNode stats = village.get("statistics");
        assertEquals(5, stats.get("n").asInt());
        assertEquals(0, expected.mean().compareTo(decimal(stats.get("mean"))), stats.toString());
        assertEquals(0, expected.median().compareTo(decimal(stats.get("median"))), stats.toString());
        assertEquals(0, expected.standardDeviation().compareTo(decimal(stats.get("standardDeviation"))));
        assertEquals(0, expected.firstQuartile().compareTo(decimal(stats.get("firstQuartile"))));
        assertEquals(0, expected.thirdQuartile().compareTo(decimal(stats.get("thirdQuartile"))));
        int graded = 0;
        for (JsonNode g : village.get("grades")) {
            long count = s.villages.stream().filter(v -> stored.get(v).get("grade").asText()
                    .equals(g.get("grade").asText())).count();
            assertEquals(count, g.get("count").asLong(), village.toString());
            graded += g.get("count").asInt();
        }
        assertEquals(5, graded);
        assertFalse(village.get("components").isEmpty(), village.toString());

        // the sheet: the stored result, and a breakdown that adds up exactly to the final score
        String deducted = s.villages.get(1);
        JsonNode sheet = expect(200, leader.get("results/" + run + "/sheets/" + deducted));
        assertEquals(stored.get(deducted).get("finalScore").asText(), sheet.get("finalScore").asText());
        assertEquals(stored.get(deducted).get("inputSha256").asText(), sheet.get("inputSha256").asText());
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode part : sheet.get("breakdown")) {
            sum = sum.add(decimal(part.get("amount")));
        }
        assertEquals(0, sum.compareTo(decimal(sheet.get("finalScore"))), sheet.get("breakdown").toString());
        assertFalse(sheet.get("indicators").isEmpty());
        boolean inspection = false;
        for (JsonNode a : sheet.get("adjustments")) {
            inspection |= a.get("table").asText().equals("inspection") && a.get("applied").asBoolean();
        }
        assertTrue(inspection, sheet.get("adjustments").toString());
        JsonNode vetoedSheet = expect(200, leader.get("results/" + run + "/sheets/" + vetoed));
        assertTrue(vetoedSheet.get("flags").toString().contains("VETO:安全生产"), vetoedSheet.toString());

        // what-if: the best grade for a unit below it; points needed = threshold − unrounded total (when reachable)
        List<String> grades = new ArrayList<>();
        village.get("grades").forEach(g -> grades.add(g.get("grade").asText()));
        String top = grades.get(0);
        String below = s.villages.stream().limit(4).filter(v -> !stored.get(v).get("grade").asText().equals(top))
                .findFirst().orElseThrow(() -> new AssertionError("the scenario needs a village below " + top
                        + ": " + stored));
        JsonNode belowSheet = expect(200, leader.get("results/" + run + "/sheets/" + below));
        JsonNode answer = expect(200, leader.get("results/" + run + "/whatif/" + below + "?grade="
                + java.net.URLEncoder.encode(top, java.nio.charset.StandardCharsets.UTF_8)));
        assertFalse(answer.get("alreadyThere").asBoolean(), answer.toString());
        assertEquals(belowSheet.get("finalScore").asText(), answer.get("currentScore").asText());
        assertTrue(answer.get("reachable").asBoolean(), answer.toString());
        BigDecimal needed = decimal(answer.get("threshold")).subtract(decimal(belowSheet.get("rawTotal")))
                .max(BigDecimal.ZERO);
        assertEquals(0, needed.compareTo(decimal(answer.get("pointsNeeded"))), answer.toString());
        assertTrue(decimal(answer.get("pointsNeeded")).signum() > 0, answer.toString());
        // the same for one sheet item: the deductions value that reaches the grade, confirmed by the engine
        String item = null;
        for (JsonNode l : belowSheet.get("indicators")) {
            if (l.get("path").asText().startsWith("quantitative/common/sheet#") && item == null) {
                item = l.get("path").asText();
            }
        }
        assertNotNull(item, belowSheet.get("indicators").toString());
        JsonNode byItem = expect(200, leader.get("results/" + run + "/whatif/" + below + "?grade="
                + java.net.URLEncoder.encode(top, java.nio.charset.StandardCharsets.UTF_8) + "&indicator="
                + java.net.URLEncoder.encode(item, java.nio.charset.StandardCharsets.UTF_8) + "&scale=1"));
        JsonNode ia = byItem.get("indicator");
        assertEquals(item, ia.get("path").asText());
        if (!ia.hasNonNull("unreachable")) {
            assertEquals(top, ia.get("resultGrade").asText(), byItem.toString());
            assertTrue(decimal(ia.get("value")).compareTo(decimal(ia.get("currentValue"))) < 0, byItem.toString());
        } else {
            assertEquals("CAPPED_AT_FULL_MARKS", ia.get("unreachable").asText(), byItem.toString());
        }
        JsonNode vetoedAnswer = expect(200, leader.get("results/" + run + "/whatif/" + vetoed + "?grade="
                + java.net.URLEncoder.encode(top, java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("VETOED", vetoedAnswer.get("unreachable").asText(), vetoedAnswer.toString());
        assertEquals(400, leader.get("results/" + run + "/whatif/" + below).status(), "a grade is required");

        // year over year: 2025 then 2026, means by TierStatistics of each year's stored scores
        JsonNode trend = expect(200, leader.get("results/" + run + "/trend?category=village&unit=" + below));
        assertEquals(2, trend.size(), trend.toString());
        assertEquals(2025, trend.get(0).get("year").asInt());
        assertEquals(earlierRun, trend.get(0).get("runId").asLong());
        assertEquals(2026, trend.get(1).get("year").asInt());
        Map<String, JsonNode> earlierStored = byUnit(expect(200, s.api.get("runs/" + earlierRun + "/results")));
        List<BigDecimal> earlierScores = new ArrayList<>();
        s.villages.forEach(v -> earlierScores.add(decimal(earlierStored.get(v).get("finalScore"))));
        assertEquals(0, TierStatistics.of(earlierScores).mean().compareTo(decimal(trend.get(0).get("mean"))));
        assertEquals(0, expected.mean().compareTo(decimal(trend.get(1).get("mean"))));
        assertEquals(earlierStored.get(below).get("finalScore").asText(), trend.get(0).get("unitScore").asText());
        assertEquals(400, leader.get("results/" + run + "/trend?category=nosuch").status());

        // reporters: nothing before their unit is approved (审定); then their own sheet (also as "latest"), but neither
        // the ranking (not every unit is in publicity) nor another unit's sheet (not in publicity)
        String own = s.villages.get(0);
        Api reporter = new Api(base, List.of("UNIT_REPORTER"), List.of(own));
        assertEquals(403, reporter.get("results/" + run + "/sheets/" + own).status(), "not yet approved");
        assertEquals(403, reporter.get("results/latest").status(), "not yet approved");
        s.approve(base, own);
        assertEquals(stored.get(own).get("finalScore").asText(),
                expect(200, reporter.get("results/" + run + "/sheets/" + own)).get("finalScore").asText());
        JsonNode latest = expect(200, reporter.get("results/latest"));
        assertEquals(own, latest.get("unitCode").asText());
        assertEquals(run, latest.get("runId").asLong());
        assertEquals(403, reporter.get("results/" + run + "/ranking").status());
        assertEquals(403, reporter.get("results/" + run + "/tiers").status());
        assertEquals(403, reporter.get("results/" + run + "/sheets/" + deducted).status());
        assertEquals(403, reporter.get("results/" + run + "/whatif/" + own + "?grade=x").status());
    }
}
