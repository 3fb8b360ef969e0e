package cn.kaohe.it;

import static cn.kaohe.it.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The unit reporter's read side (UnitReportService through {@code /api/reporting}): the dashboard with deadlines and
 * what is due, the entry form of a unit, and the self-assessment preview — the score a scoring run gives the same
 * data, INCOMPLETE (never zero) while data is missing, claims refused without evidence (VIL-19) until it is attached.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class UnitReportIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    static JsonNode sheet(String points, String deductions) {
        ObjectNode value = Api.object();
        value.putArray("items").add(Api.object().put("name", "考核项目1").put("points", points)
                .put("deductions", deductions));
        return value;
    }

    static JsonNode votes(String label, int count) {
        ObjectNode value = Api.object();
        value.putObject("votes").put(label, count);
        return value;
    }

    /** A VIL period whose "usual" part (VIL-04 分散考核) closed in 2020, with two villages. */
    static String[] vilPeriod(Api office) throws Exception {
        String key = Api.unique("VIL");
        office.importTemplate("vil", key, null);
        String period = Api.unique("VIL-2026");
        ObjectNode request = Api.object().put("code", period).put("name", "村级考核 " + period).put("year", 2026)
                .put("schemeKey", key).put("schemeVersion", 1);
        request.putArray("deadlines").add(Api.object().put("subPeriod", "usual").put("deadline", "2020-01-10"))
                .add(Api.object().put("subPeriod", "year_end").put("deadline", "2099-12-31"));
        expect(201, office.post("periods", request));
        String own = Api.unique("V1");
        String other = Api.unique("V2");
        office.unit(own, "东村", "村");
        office.unit(other, "西村", "村");
        office.enrol(period, own, "village");
        office.enrol(period, other, "village");
        return new String[] {period, own, other};
    }

    @Test
    void thePreviewIsTheScoreARunGivesAndMissingDataIsIncompleteNeverZero() throws Exception {
        Api office = new Api(base);
        String[] p = vilPeriod(office);
        String period = p[0];
        String unit = p[1];
        Api reporter = new Api(base, List.of("UNIT_REPORTER"), List.of(unit));

        // the dashboard: six places (VIL-04 splits 共性部分 into year_end and usual), nothing entered, usual overdue
        JsonNode desks = expect(200, reporter.get("reporting/dashboard"));
        assertEquals(1, desks.size(), desks.toString());
        JsonNode desk = desks.get(0);
        assertEquals(period, desk.get("periodCode").asText());
        assertEquals(unit, desk.get("unitCode").asText());
        assertEquals(6, desk.get("places").asInt(), desk.toString());
        assertEquals(0, desk.get("entered").asInt());
        assertEquals(6, desk.get("due").size());
        for (JsonNode sub : desk.get("subPeriods")) {
            assertEquals(sub.get("code").asText().equals("usual"), sub.get("overdue").asBoolean(), sub.toString());
        }

        JsonNode empty = expect(200, reporter.get("reporting/periods/" + period + "/units/" + unit + "/preview"));
        assertEquals("INCOMPLETE", empty.get("status").asText(), empty.toString());
        // JSON-B leaves out a null member: no finalScore at all
        assertFalse(empty.hasNonNull("finalScore"), "missing data is no score, never zero: " + empty);
        assertTrue(empty.get("explanation").get("problems").toString().contains("input.missing"), empty.toString());

        ArrayNode rows = Api.array();
        rows.add(Api.row(unit, "quantitative/common[year_end]/sheet", sheet("100", "3")));
        rows.add(Api.row(unit, "quantitative/stage", sheet("100", "0")));
        rows.add(Api.row(unit, "qualitative/leadership", votes("好", 12)));
        rows.add(Api.row(unit, "qualitative/social", votes("满意", 40)));
        rows.add(Api.row(unit, "qualitative/member_rep", votes("满意", 30)));
        JsonNode entered = expect(200, reporter.post("periods/" + period + "/entries/import", Api.object().set("rows", rows)));
        assertEquals(5, entered.size());

        // the usual part closed: the reporter is refused, the office enters it as late data
        Http.Reply late = reporter.post("periods/" + period + "/entries",
                Api.row(unit, "quantitative/common[usual]/sheet", sheet("100", "1")));
        assertEquals(400, late.status(), late.body());
        assertEquals("entry.deadlinePassed", late.json().get("errors").get(0).get("key").asText());
        JsonNode usual = expect(201, office.post("periods/" + period + "/entries",
                Api.row(unit, "quantitative/common[usual]/sheet", sheet("100", "1"))));
        // nor may the reporter change it afterwards
        Http.Reply change = reporter.put("entries/" + usual.get("id").asLong(), Api.object()
                .put("version", usual.get("version").asLong()).set("value", sheet("100", "0")));
        assertEquals(400, change.status(), change.body());
        assertEquals("entry.deadlinePassed", change.json().get("errors").get(0).get("key").asText());

        // VIL-19: a commendation counts only with its evidence
        JsonNode claim = expect(201, reporter.post("periods/" + period + "/adjustments", Api.object()
                .put("unitCode", unit).put("table", "commendation").put("key", "party_gov/county")
                .put("work", "人居环境整治").put("documentDate", "2026-05-04")));
        JsonNode refused = expect(200, reporter.get("reporting/periods/" + period + "/units/" + unit + "/preview"));
        JsonNode line = refused.get("explanation").get("adjustments").get(0);
        assertFalse(line.get("applied").asBoolean(), line.toString());
        assertEquals("NO_EVIDENCE", line.get("reason").asText());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        expect(201, reporter.upload("adjustment", claim.get("id").asLong(), "表彰文件.png", png));

        JsonNode preview = expect(200, reporter.get("reporting/periods/" + period + "/units/" + unit + "/preview"));
        assertEquals("COMPLETE", preview.get("status").asText(), preview.toString());
        assertTrue(preview.get("explanation").get("adjustments").get(0).get("applied").asBoolean());
        List<String> paths = new ArrayList<>();
        preview.get("explanation").get("indicators").forEach(i -> paths.add(i.get("path").asText()));
        assertTrue(paths.contains("qualitative/social"), paths.toString());

        // the same mapping as a scoring run: the same input hash, the same score
        JsonNode run = office.runToCompletion(period, unit);
        JsonNode result = expect(200, office.get("runs/" + run.get("id").asLong() + "/results/" + unit));
        assertEquals(result.get("inputSha256").asText(), preview.get("inputSha256").asText());
        assertEquals(result.get("finalScore").asText(), preview.get("finalScore").asText());
        assertEquals(result.get("grade").asText(), preview.get("grade").asText());

        JsonNode book = expect(200, reporter.get("reporting/periods/" + period + "/units/" + unit));
        assertEquals(6, book.get("desk").get("entered").asInt(), book.get("desk").toString());
        assertTrue(book.get("desk").get("due").isEmpty(), book.get("desk").toString());
        assertEquals(1, book.get("claims").size());
        assertEquals(1, book.get("claims").get(0).get("evidence").size());
        assertTrue(book.get("bonusTables").toString().contains("party_gov/county"), book.get("bonusTables").toString());
        JsonNode place = book.get("places").get(0);
        assertEquals("quantitative/common[year_end]/sheet", place.get("path").asText());
        assertEquals("ITEMS", place.get("input").asText());
        assertEquals("year_end", place.get("subPeriod").asText());
        assertEquals("2099-12-31", place.get("deadline").asText());
    }

    @Test
    void aReporterIsRefusedAnotherUnitsFormAndPreview() throws Exception {
        Api office = new Api(base);
        String[] p = vilPeriod(office);
        Api reporter = new Api(base, List.of("UNIT_REPORTER"), List.of(p[1]));
        for (String path : List.of("reporting/periods/" + p[0] + "/units/" + p[2],
                "reporting/periods/" + p[0] + "/units/" + p[2] + "/preview")) {
            Http.Reply refused = reporter.get(path);
            assertEquals(403, refused.status(), path + ": " + refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        }
        assertEquals(200, reporter.get("reporting/periods/" + p[0] + "/units/" + p[1] + "/preview").status());
        // the office sees both units' previews; an unknown period is a 400 naming it
        assertEquals(200, office.get("reporting/periods/" + p[0] + "/units/" + p[2] + "/preview").status());
        Http.Reply unknown = reporter.get("reporting/periods/NO-SUCH-PERIOD/units/" + p[1] + "/preview");
        assertEquals(400, unknown.status(), unknown.body());
        // a reporter's dashboard shows only their own unit
        JsonNode desks = expect(200, reporter.get("reporting/dashboard"));
        desks.forEach(d -> assertEquals(p[1], d.get("unitCode").asText()));
    }
}
