package cn.kaohe.it;

import static cn.kaohe.it.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A whole-period run whose ranking step fails (the database refuses it) is reported FAILED; starting the same run
 * again restarts the batch job where it stopped: the same run, every unit scored once, ranked, and verifiable.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class RunRestartIT {

    @Deployment(name = "kaohe", testable = false, order = 1)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Test-only: breaks and repairs the database under the application. */
    @Deployment(name = "fault", testable = false, order = 2)
    static WebArchive fault() {
        return ShrinkWrap.create(WebArchive.class, "kaohe-it-fault.war").addClass(FaultServlet.class);
    }

    @ArquillianResource
    @OperateOnDeployment("kaohe")
    private URL base;

    @ArquillianResource
    @OperateOnDeployment("fault")
    private URL faults;

    private void fault(String action) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Http.withSlash(faults) + "fault?" + action)).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, response.statusCode(), response.body());
    }

    private static JsonNode await(Api api, long run, String status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode view = expect(200, api.get("runs/" + run));
            if (view.get("status").asText().equals(status)) {
                return view;
            }
            Thread.sleep(250);
        }
        fail("run " + run + " did not become " + status);
        return null;
    }

    @Test
    void aFailedRunIsRestartedWhereItStoppedAndCompletesOnce() throws Exception {
        Api api = new Api(base);
        String key = Api.unique("ZD");
        api.importTemplate("zd", key, Api.parse("""
                [ { "tierId": "township",
                    "quota": { "ruleId": "ZD-29", "award": "先进", "percent": "25", "rounding": "HALF_UP",
                               "scoreFloor": "90", "tiePolicy": "REPORT" }, "triggers": [] } ]
                """));
        String period = Api.unique("P");
        api.period(period, key, 1);
        ArrayNode rows = Api.array();
        List<String> units = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) { // more than one chunk of 25
            String unit = Api.unique("R" + i);
            api.unit(unit, "乡镇" + i, "乡镇");
            api.enrol(period, unit, "township");
            units.add(unit);
            for (String half : List.of("mid", "year_end")) {
                ObjectNode value = Api.object();
                value.putArray("items").add(Api.object().put("name", "主要经济指标").put("points", "90")
                        .put("target", "100").put("actual", String.valueOf(70 + i)));
                rows.add(Api.row(unit, "indicator[" + half + "]/items", value));
                rows.add(Api.row(unit, "leader[" + half + "]/score", Api.parse("10")));
            }
        }
        api.importRows(period, rows);

        fault("fault=rank-refused");
        long runId;
        try {
            JsonNode started = expect(202, api.post("periods/" + period + "/runs", ""));
            runId = started.get("id").asLong();
            JsonNode failed = await(api, runId, "FAILED");
            assertEquals(30, failed.get("unitsDone").asInt(), "the scoring step completed before ranking failed");
        } finally {
            fault("repair=rank-refused");
        }

        JsonNode restarted = expect(202, api.post("periods/" + period + "/runs", ""));
        assertEquals(runId, restarted.get("id").asLong(), "the same inputs restart the same run");
        JsonNode completed = await(api, runId, "COMPLETED");
        assertEquals(30, completed.get("unitsDone").asInt());

        JsonNode results = expect(200, api.get("runs/" + runId + "/results"));
        assertEquals(30, results.size());
        Set<String> seen = new HashSet<>();
        for (JsonNode r : results) {
            assertTrue(seen.add(r.get("unitCode").asText()), "each unit once: " + r.get("unitCode"));
            assertFalse(r.get("rank").isNull(), "ranked after the restart: " + r);
        }
        assertEquals(new HashSet<>(units), seen);
        assertEquals(1, expect(200, api.get("periods/" + period + "/runs")).size(), "no second run");
        JsonNode verified = expect(200, api.post("runs/" + runId + "/verify", ""));
        assertTrue(verified.get("snapshotIntact").asBoolean(), verified.toString());
        assertTrue(verified.get("reproduced").asBoolean(), verified.toString());
        assertEquals(completed.get("inputSha256").asText(), verified.get("recomputedSha256").asText());
    }
}
