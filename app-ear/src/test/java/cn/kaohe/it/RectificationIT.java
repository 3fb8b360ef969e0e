package cn.kaohe.it;

import static cn.kaohe.it.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
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
 * Rectification notices through the REST API: the lifecycle issue → respond → reject → respond → close (SDO-01/02),
 * optimistic locking, overdue detection (HOS-18) and the ledger, another unit's reporter refused, the working-day
 * calendar, and a linked overdue notice doubling the deduction in a scoring run (VIL-24).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class RectificationIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    /** A VIL period with one enrolled village; returns {period, unit}. */
    private String[] villagePeriod(Api office) throws Exception {
        String key = Api.unique("VIL");
        office.importTemplate("vil", key, null);
        String period = Api.unique("RECT");
        office.period(period, key, 1);
        String unit = Api.unique("V");
        office.unit(unit, "整改村", "村");
        office.enrol(period, unit, "village");
        return new String[] {period, unit};
    }

    private Http user(List<String> roles, List<String> units) throws Exception {
        return new Http(base).as(Fixtures.user(Http.admin(base), roles, units), Fixtures.PASSWORD);
    }

    private static ObjectNode notice(String period, String unit, String title) {
        return Api.object().put("periodCode", period).put("unitCode", unit).put("title", title)
                .put("problem", "村委会档案管理不规范，限期整改。");
    }

    private static JsonNode ok(int status, Http.Reply reply) throws Exception {
        assertEquals(status, reply.status(), reply.body());
        return reply.json();
    }

    private Http.Reply upload(String login, long notice, String fileName, byte[] bytes) throws Exception {
        String url = Http.withSlash(base) + "api/rectification/notices/" + notice + "/evidence?fileName="
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((login + ":" + Fixtures.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
        return new Http.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    @Test
    void issueRespondRejectRespondAndCloseWithEvidenceAuditAndOptimisticLocking() throws Exception {
        Api setup = new Api(base);
        String[] pu = villagePeriod(setup);
        Http office = user(List.of("ASSESSMENT_OFFICE"), List.of());
        String reporterLogin = Fixtures.user(Http.admin(base), List.of("UNIT_REPORTER"), List.of(pu[1]));
        Http reporter = new Http(base).as(reporterLogin, Fixtures.PASSWORD);

        JsonNode issued = ok(201, office.post("api/rectification/notices",
                notice(pu[0], pu[1], "档案整改").put("responsibleLeader", "张副县长").toString()));
        long id = issued.get("id").asLong();
        assertEquals("ISSUED", issued.get("status").asText());
        assertEquals(10, issued.get("workingDays").asInt(), "HOS-18: 10 working days by default");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertEquals(today.toString(), issued.get("issueDate").asText());
        LocalDate deadline = LocalDate.parse(issued.get("deadline").asText());
        // no holidays configured around today: the 10th weekday after today (counted here independently)
        LocalDate expected = today;
        for (int counted = 0; counted < 10; ) {
            expected = expected.plusDays(1);
            if (expected.getDayOfWeek() != DayOfWeek.SATURDAY && expected.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        assertEquals(expected, deadline);
        assertFalse(issued.get("overdue").asBoolean());
        long v1 = issued.get("version").asLong();

        // the office cannot answer in the unit's name; the reporter must say something
        assertEquals(403, office.post("api/rectification/notices/" + id + "/response",
                Api.object().put("text", "代答").put("version", v1).toString()).status());
        JsonNode empty = ok(400, reporter.post("api/rectification/notices/" + id + "/response",
                Api.object().put("text", " ").put("version", v1).toString(), "en"));
        assertEquals("text", empty.get("errors").get(0).get("field").asText());

        JsonNode file = ok(201, upload(reporterLogin, id, "整改照片.png", PNG));
        assertEquals("image/png", file.get("contentType").asText());
        assertEquals(400, upload(reporterLogin, id, "整改照片.exe", PNG).status(), "only allowed file types");

        JsonNode responded = ok(200, reporter.post("api/rectification/notices/" + id + "/response",
                Api.object().put("text", "已补齐档案目录。").put("version", v1).toString()));
        assertEquals("RESPONDED", responded.get("status").asText());
        assertEquals(1, responded.get("responseCount").asInt());
        assertEquals(1, responded.get("evidence").size());
        long v2 = responded.get("version").asLong();

        // a stale version is a conflict naming the notice, never an overwrite
        JsonNode stale = ok(409, office.post("api/rectification/notices/" + id + "/verification",
                Api.object().put("accepted", true).put("version", v1).toString(), "en"));
        assertEquals("urn:kaohe:problem:conflict", stale.get("type").asText());
        assertTrue(stale.get("detail").asText().contains("notice " + id), stale.toString());

        // SDO-02: sending back needs a reason
        JsonNode noReason = ok(400, office.post("api/rectification/notices/" + id + "/verification",
                Api.object().put("accepted", false).put("version", v2).toString()));
        assertEquals("note", noReason.get("errors").get(0).get("field").asText());
        JsonNode rejected = ok(200, office.post("api/rectification/notices/" + id + "/verification",
                Api.object().put("accepted", false).put("note", "目录不全，缺2015年卷。").put("version", v2).toString()));
        assertEquals("REJECTED", rejected.get("status").asText());
        assertFalse(rejected.hasNonNull("closedOn"), "JSON-B leaves out a null closedOn");

        // a rejected notice cannot be closed before the unit answers again
        assertEquals(409, office.post("api/rectification/notices/" + id + "/verification",
                Api.object().put("accepted", true).put("version", rejected.get("version").asLong()).toString())
                .status());
        JsonNode again = ok(200, reporter.post("api/rectification/notices/" + id + "/response",
                Api.object().put("text", "已补齐2015年卷。").put("version", rejected.get("version").asLong()).toString()));
        assertEquals("RESPONDED", again.get("status").asText());
        assertEquals(2, again.get("responseCount").asInt());

        JsonNode closed = ok(200, office.post("api/rectification/notices/" + id + "/verification",
                Api.object().put("accepted", true).put("note", "核查通过，予以销号。")
                        .put("version", again.get("version").asLong()).toString()));
        assertEquals("CLOSED", closed.get("status").asText());
        assertEquals(today.toString(), closed.get("closedOn").asText());
        assertEquals(409, reporter.post("api/rectification/notices/" + id + "/response",
                Api.object().put("text", "再次反馈").put("version", closed.get("version").asLong()).toString()).status());
        assertEquals(409, upload(reporterLogin, id, "迟到.png", PNG).status());

        // the evidence can be read back by the office
        Http.Reply content = office.get("api/rectification/evidence/" + file.get("id").asLong() + "/content");
        assertEquals(200, content.status());

        Http auditor = user(List.of("AUDITOR"), List.of());
        List<String> actions = new ArrayList<>();
        ok(200, auditor.get("api/audit?entityType=RectificationNotice&entityId=" + id))
                .forEach(e -> actions.add(e.get("action").asText()));
        assertTrue(actions.containsAll(List.of("CREATE", "RESPOND", "REJECT", "CLOSE")), actions.toString());
        assertEquals(2, actions.stream().filter("RESPOND"::equals).count(), actions.toString());
    }

    @Test
    void anotherUnitsReporterIsRefusedAndSeesNothingOfIt() throws Exception {
        Api setup = new Api(base);
        String[] pu = villagePeriod(setup);
        String other = Api.unique("V");
        setup.unit(other, "邻村", "村");
        setup.enrol(pu[0], other, "village");
        Http office = user(List.of("ASSESSOR"), List.of());
        Http stranger = user(List.of("UNIT_REPORTER"), List.of(other));
        JsonNode issued = ok(201, office.post("api/rectification/notices", notice(pu[0], pu[1], "道路整改").toString()));
        long id = issued.get("id").asLong();

        Http.Reply refused = stranger.post("api/rectification/notices/" + id + "/response",
                Api.object().put("text", "冒名反馈").put("version", issued.get("version").asLong()).toString(), "zh-CN");
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals(403, stranger.get("api/rectification/notices/" + id).status());
        assertEquals(403, stranger.get("api/rectification/notices?unit=" + pu[1]).status());
        JsonNode own = ok(200, stranger.get("api/rectification/notices"));
        own.get("notices").forEach(n -> assertEquals(other, n.get("unitCode").asText(), n.toString()));
        assertEquals(0, own.get("counts").get("total").asInt());
        // nothing changed
        assertEquals("ISSUED", ok(200, office.get("api/rectification/notices/" + id)).get("status").asText());
    }

    @Test
    void anOverdueNoticeIsFlaggedInTheLedgerAndCountedPerUnit() throws Exception {
        Api setup = new Api(base);
        String[] pu = villagePeriod(setup);
        Http office = user(List.of("ASSESSMENT_OFFICE"), List.of());
        // issued long ago (a paper notice entered late): 10 working days have long passed
        JsonNode late = ok(201, office.post("api/rectification/notices", notice(pu[0], pu[1], "逾期事项")
                .put("issueDate", "2026-01-05").put("workingDays", 5).toString()));
        assertEquals("2026-01-12", late.get("deadline").asText(), "Mon 5 Jan + 5 working days (no holidays then)");
        assertTrue(late.get("overdue").asBoolean());
        JsonNode fresh = ok(201, office.post("api/rectification/notices", notice(pu[0], pu[1], "新事项").toString()));
        assertFalse(fresh.get("overdue").asBoolean());
        // a date in the future is refused
        JsonNode future = ok(400, office.post("api/rectification/notices", notice(pu[0], pu[1], "未来")
                .put("issueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString()).toString()));
        assertEquals("issueDate", future.get("errors").get(0).get("field").asText());

        JsonNode unitLedger = ok(200, office.get("api/rectification/notices?period=" + pu[0] + "&unit=" + pu[1]));
        assertEquals(2, unitLedger.get("counts").get("total").asInt());
        assertEquals(1, unitLedger.get("counts").get("overdue").asInt());
        assertEquals(2, unitLedger.get("counts").get("issued").asInt());
        JsonNode overdueOnly = ok(200, office.get("api/rectification/notices?period=" + pu[0] + "&overdue=true"));
        assertEquals(1, overdueOnly.get("notices").size());
        assertEquals(late.get("id").asLong(), overdueOnly.get("notices").get(0).get("id").asLong());
        JsonNode notOverdue = ok(200, office.get("api/rectification/notices?period=" + pu[0] + "&overdue=false"));
        assertEquals(fresh.get("id").asLong(), notOverdue.get("notices").get(0).get("id").asLong());
        assertEquals(0, ok(200, office.get("api/rectification/notices?period=" + pu[0] + "&status=CLOSED"))
                .get("counts").get("total").asInt());
        assertEquals(400, office.get("api/rectification/notices?status=DONE").status());

        // the unit's reporter sees the same ledger for their unit
        Http reporter = user(List.of("UNIT_REPORTER"), List.of(pu[1]));
        JsonNode theirs = ok(200, reporter.get("api/rectification/notices?period=" + pu[0]));
        assertEquals(2, theirs.get("counts").get("total").asInt());
        assertEquals(1, theirs.get("counts").get("overdue").asInt());
    }

    @Test
    void theOfficeEntersHolidaysAndMakeUpDaysAndDeadlinesFollowThem() throws Exception {
        Http office = user(List.of("ASSESSMENT_OFFICE"), List.of());
        JsonNode previous = ok(200, office.get("api/rectification/calendar/2026"));
        try {
            ArrayNode days = Api.array();
            for (String d : List.of("2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07")) {
                days.add(Api.object().put("date", d).put("kind", "HOLIDAY").put("name", "国庆节"));
            }
            days.add(Api.object().put("date", "2026-09-20").put("kind", "WORKDAY").put("name", "国庆节调休"));
            days.add(Api.object().put("date", "2026-10-10").put("kind", "WORKDAY").put("name", "国庆节调休"));
            ObjectNode body = Api.object().put("year", 2026);
            body.set("days", days);
            JsonNode saved = ok(200, office.put("api/rectification/calendar/2026", body.toString()));
            assertEquals(7, saved.get("days").size());

            ArrayNode bad = Api.array().add(Api.object().put("date", "2027-01-01").put("kind", "HOLIDAY"))
                    .add(Api.object().put("date", "2026-05-01").put("kind", "PARTY"));
            ObjectNode badBody = Api.object().put("year", 2026);
            badBody.set("days", bad);
            JsonNode refused = ok(400, office.put("api/rectification/calendar/2026", badBody.toString()));
            List<String> fields = new ArrayList<>();
            refused.get("errors").forEach(e -> fields.add(e.get("field").asText()));
            assertEquals(List.of("days[0].date", "days[1].kind"), fields);
            assertEquals(7, ok(200, office.get("api/rectification/calendar/2026")).get("days").size(),
                    "a refused calendar changes nothing");

            Api setup = new Api(base);
            String[] pu = villagePeriod(setup);
            // HOS-18: issued Wed 30 Sep: Thu 8, Fri 9, Sat 10 (make-up), Mon 12..Fri 16, Mon 19, Tue 20 Oct
            JsonNode issued = ok(201, office.post("api/rectification/notices", notice(pu[0], pu[1], "节后整改")
                    .put("issueDate", "2026-09-30").toString()));
            assertEquals("2026-10-20", issued.get("deadline").asText());
        } finally {
            ObjectNode restore = Api.object().put("year", 2026);
            restore.set("days", previous.get("days"));
            ok(200, office.put("api/rectification/calendar/2026", restore.toString()));
        }
    }

    private static JsonNode sheet(String deduction) {
        ObjectNode value = Api.object();
        value.putArray("items").add(Api.object().put("name", "考核项目").put("points", "100").put("deductions", deduction));
        return value;
    }

    private static JsonNode votes(String label, int count) {
        ObjectNode value = Api.object();
        value.putObject("votes").put(label, count);
        return value;
    }

    private BigDecimal deduction(Api office, String period, String unit) throws Exception {
        JsonNode run = office.runToCompletion(period, null);
        JsonNode result = expect(200, office.get("runs/" + run.get("id").asLong() + "/results/" + unit));
        return new BigDecimal(result.get("explanation").get("deduction").asText());
    }

    @Test
    void anOverdueLinkedNoticeDoublesTheDeductionAndClosingItUndoesThat() throws Exception {
        Api office = new Api(base);
        String[] pu = villagePeriod(office);
        String period = pu[0];
        String unit = pu[1];
        ArrayNode rows = Api.array();
        rows.add(Api.row(unit, "quantitative/common/sheet", sheet("0")));
        rows.add(Api.row(unit, "quantitative/stage", sheet("0")));
        rows.add(Api.row(unit, "qualitative/leadership", votes("好", 12)));
        rows.add(Api.row(unit, "qualitative/social", votes("满意", 40)));
        rows.add(Api.row(unit, "qualitative/member_rep", votes("满意", 30)));
        office.importRows(period, rows);
        // VIL-23: a county-level inspection finding, 0.1; its rectification status not yet known
        JsonNode record = expect(201, office.post("periods/" + period + "/adjustments", Api.object()
                .put("unitCode", unit).put("table", "inspection").put("key", "county")
                .put("reason", "明察暗访发现村务公开栏未更新")));
        assertEquals(0, new BigDecimal("0.1").compareTo(deduction(office, period, unit)), "no notice: counted once");

        Http officeHttp = user(List.of("ASSESSMENT_OFFICE"), List.of());
        // a notice linked to another unit's record is refused
        JsonNode wrongLink = ok(400, officeHttp.post("api/rectification/notices", notice(period, unit, "错链")
                .put("adjustmentId", record.get("id").asLong() + 100000).toString()));
        assertEquals("adjustmentId", wrongLink.get("errors").get(0).get("field").asText());

        JsonNode issued = ok(201, officeHttp.post("api/rectification/notices", notice(period, unit, "村务公开整改")
                .put("adjustmentId", record.get("id").asLong()).put("issueDate", "2026-03-02").toString()));
        assertTrue(issued.get("overdue").asBoolean());
        // VIL-24: 整改不到位的,每起加倍扣分 — overdue and not closed: doubled
        assertEquals(0, new BigDecimal("0.2").compareTo(deduction(office, period, unit)), "overdue: doubled");

        Http reporter = user(List.of("UNIT_REPORTER"), List.of(unit));
        JsonNode responded = ok(200, reporter.post("api/rectification/notices/" + issued.get("id").asLong()
                + "/response", Api.object().put("text", "公开栏已更新。").put("version", issued.get("version").asLong())
                .toString()));
        assertEquals(0, new BigDecimal("0.2").compareTo(deduction(office, period, unit)),
                "answered but not verified: still not rectified");
        ok(200, officeHttp.post("api/rectification/notices/" + issued.get("id").asLong() + "/verification",
                Api.object().put("accepted", true).put("version", responded.get("version").asLong()).toString()));
        assertEquals(0, new BigDecimal("0.1").compareTo(deduction(office, period, unit)), "closed: rectified, once");
    }
}
