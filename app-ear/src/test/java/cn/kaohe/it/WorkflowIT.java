package cn.kaohe.it;

import static cn.kaohe.it.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The assessment workflow per unit and period through the REST API (RULES.md §13 "Workflow"; TB-10, TB-12, TS-09,
 * TS-10): draft → submitted → (returned → resubmitted) → scored → reviewed → approved → publicity → published, with
 * objections, reopening, locking of entries, optimistic locking, own-submission refusal and result visibility. The
 * timer's job runs at chosen instants through {@link ClockServlet}; no test waits for the clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class WorkflowIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Deployment(name = "kaohe", testable = false, order = 1)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Test-only: runs the workflow timer's job at a chosen instant. */
    @Deployment(name = "clock", testable = false, order = 2)
    static WebArchive clock() {
        return ShrinkWrap.create(WebArchive.class, "kaohe-it-clock.war").addClass(ClockServlet.class)
                .addAsManifestResource(new StringAsset("Dependencies: deployment.kaohe.ear.app-ejb.jar\n"),
                        "MANIFEST.MF");
    }

    @ArquillianResource
    @OperateOnDeployment("kaohe")
    private URL base;

    @ArquillianResource
    @OperateOnDeployment("clock")
    private URL clockBase;

    /** Runs the timer job at {@code at}: {reminders made, units published, units waiting for answers}. */
    private int[] timer(Instant at) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Http.withSlash(clockBase) + "clock?at=" + at)).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        String[] parts = response.body().strip().split(" ");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    /** A ZD period with townships and one user per role of the procedure; each unit has its own reporter. */
    private final class Flow {
        final Api office;
        /** A second office user who reviews: the first one enters data and so may not review it. */
        final Api reviewer;
        final Api assessor;
        final Api leader;
        final String period;
        final List<String> units = new ArrayList<>();
        final Map<String, Api> reporters = new LinkedHashMap<>();

        Flow(int unitCount, LocalDate midDeadline) throws Exception {
            office = new Api(base);
            String key = Api.unique("ZD");
            office.importTemplate("zd", key, null);
            period = Api.unique("WF");
            ObjectNode request = Api.object().put("code", period).put("name", "流程 " + period).put("year", 2026)
                    .put("schemeKey", key).put("schemeVersion", 1);
            if (midDeadline != null) {
                request.putArray("deadlines").add(Api.object().put("subPeriod", "mid")
                        .put("deadline", midDeadline.toString()));
            }
            expect(201, office.post("periods", request));
            for (int i = 0; i < unitCount; i++) {
                String unit = Api.unique("T");
                office.unit(unit, "乡镇" + i, "乡镇");
                office.enrol(period, unit, "township");
                units.add(unit);
                reporters.put(unit, new Api(base, List.of("UNIT_REPORTER"), List.of(unit)));
            }
            reviewer = new Api(base);
            assessor = new Api(base, List.of("ASSESSOR"), List.of());
            leader = new Api(base, List.of("LEADER"), List.of());
        }

        String unit(int i) {
            return units.get(i);
        }

        Api reporter(int i) {
            return reporters.get(units.get(i));
        }

        String path(String unit) {
            return "workflow/" + period + "/units/" + unit;
        }

        JsonNode state(Api as, String unit) throws Exception {
            return expect(200, as.get(path(unit)));
        }

        /** Takes {@code action} as {@code as}, from the version the office reads now. */
        Http.Reply act(Api as, String unit, String action, String reason) throws Exception {
            long version = state(office, unit).get("version").asLong();
            return act(as, unit, action, reason, version);
        }

        Http.Reply act(Api as, String unit, String action, String reason, long version) throws Exception {
            ObjectNode body = Api.object().put("action", action).put("version", version);
            if (reason != null) {
                body.put("reason", reason);
            }
            return as.post(path(unit) + "/transitions", body);
        }

        JsonNode ok(Api as, String unit, String action, String reason) throws Exception {
            return expect(200, act(as, unit, action, reason));
        }

        /** Submit, score, review, approve. */
        void approve(int i) throws Exception {
            ok(reporter(i), unit(i), "SUBMIT", null);
            ok(assessor, unit(i), "SCORE", null);
            ok(reviewer, unit(i), "REVIEW", null);
            assertEquals("APPROVED", ok(leader, unit(i), "APPROVE", null).get("state").asText());
        }

        List<String> history(String unit) throws Exception {
            List<String> actions = new ArrayList<>();
            expect(200, office.get(path(unit) + "/history")).forEach(t -> actions.add(t.get("action").asText()));
            return actions;
        }

        Http.Reply enter(Api as, String unit, String path, String value) throws Exception {
            return as.post("periods/" + period + "/entries", Api.row(unit, path, Api.parse(value)));
        }
    }

    private static String firstKey(Http.Reply reply) throws java.io.IOException {
        return reply.json().get("errors").get(0).get("key").asText();
    }

    @Test
    void aUnitGoesFromDraftToPublishedWithEveryStepInItsHistoryAndTheAuditLog() throws Exception {
        Flow f = new Flow(1, null);
        String unit = f.unit(0);
        JsonNode draft = f.state(f.reporter(0), unit);
        assertEquals("DRAFT", draft.get("state").asText());
        assertEquals(0, draft.get("version").asLong());
        assertEquals(List.of("SUBMIT"), List.of(draft.get("actions").get(0).asText()));

        expect(201, f.enter(f.reporter(0), unit, "leader[mid]/score", "8"));
        JsonNode submitted = f.ok(f.reporter(0), unit, "SUBMIT", null);
        assertEquals("SUBMITTED", submitted.get("state").asText());
        assertEquals(f.reporter(0).login(), submitted.get("submittedBy").asText());
        f.ok(f.assessor, unit, "SCORE", null);
        f.ok(f.reviewer, unit, "REVIEW", null);
        f.ok(f.leader, unit, "APPROVE", null);

        Instant started = Instant.now();
        JsonNode publicity = expect(200, f.office.post("workflow/" + f.period + "/publicity",
                Api.object().put("days", 5)));
        assertEquals(1, publicity.size());
        assertEquals("PUBLICITY", publicity.get(0).get("state").asText());
        JsonNode settings = expect(200, f.office.get("workflow/" + f.period + "/settings"));
        Instant ends = java.time.LocalDateTime.parse(settings.get("publicityEndsAt").asText())
                .toInstant(java.time.ZoneOffset.UTC);
        // 5 working days counted from the next working day: at least 7 calendar days, at most 9 (TS-10 公示)
        assertTrue(ends.isAfter(started.plus(Duration.ofDays(6))) && ends.isBefore(started.plus(Duration.ofDays(10))),
                settings.toString());

        timer(ends.minusSeconds(60));
        assertEquals("PUBLICITY", f.state(f.office, unit).get("state").asText(), "publicity runs to its end");
        timer(ends);
        JsonNode published = f.state(f.office, unit);
        assertEquals("PUBLISHED", published.get("state").asText());
        assertEquals("system", published.get("changedBy").asText());

        assertEquals(List.of("SUBMIT", "SCORE", "REVIEW", "APPROVE", "START_PUBLICITY", "PUBLISH"), f.history(unit));
        JsonNode history = expect(200, f.office.get(f.path(unit) + "/history"));
        assertEquals(f.leader.login(), history.get(3).get("actor").asText());
        assertEquals("REVIEWED", history.get(3).get("from").asText());
        assertEquals("APPROVED", history.get(3).get("to").asText());

        Api auditor = new Api(base, List.of("AUDITOR"), List.of());
        JsonNode audit = expect(200, auditor.get("audit?entityType=UnitWorkflow&entityId=" + f.period + "/" + unit));
        List<String> audited = new ArrayList<>();
        audit.forEach(e -> audited.add(e.get("action").asText()));
        assertTrue(audited.containsAll(List.of("SUBMIT", "SCORE", "REVIEW", "APPROVE", "START_PUBLICITY", "PUBLISH")),
                audited.toString());
        assertEquals(6, audited.size(), audited.toString());
    }

    @Test
    void aReturnNeedsAReasonSendsTheUnitBackToEditAndTheResubmissionGoesOn() throws Exception {
        Flow f = new Flow(1, null);
        String unit = f.unit(0);
        long entry = expect(201, f.enter(f.reporter(0), unit, "leader[mid]/score", "8")).get("id").asLong();
        f.ok(f.reporter(0), unit, "SUBMIT", null);

        Http.Reply noReason = f.act(f.assessor, unit, "RETURN", "  ");
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("reason", noReason.json().get("errors").get(0).get("field").asText());
        assertEquals("workflow.reason.required", firstKey(noReason));

        JsonNode returned = f.ok(f.assessor, unit, "RETURN", "年中得分缺少佐证材料");
        assertEquals("RETURNED", returned.get("state").asText());
        long version = expect(200, f.reporter(0).get("entries/" + entry)).get("version").asLong();
        expect(200, f.reporter(0).put("entries/" + entry, Api.object().put("version", version)
                .set("value", Api.parse("9"))));
        f.ok(f.reporter(0), unit, "SUBMIT", null);
        f.ok(f.assessor, unit, "SCORE", null);

        assertEquals(List.of("SUBMIT", "RETURN", "SUBMIT", "SCORE"), f.history(unit));
        JsonNode history = expect(200, f.reporter(0).get(f.path(unit) + "/history"));
        assertEquals("年中得分缺少佐证材料", history.get(1).get("reason").asText());
        assertEquals(f.assessor.login(), history.get(1).get("actor").asText());
    }

    @Test
    void publicityCountsWorkingDaysOnTheOfficesCalendarSkippingItsHolidays() throws Exception {
        Flow f = new Flow(1, null);
        f.approve(0);
        ZoneId china = ZoneId.of("Asia/Shanghai");
        LocalDate today = LocalDate.now(china);
        // the office has entered the next three weekdays as public holidays (a 国庆-like week starting tomorrow)
        List<LocalDate> holidays = new ArrayList<>();
        for (LocalDate d = today.plusDays(1); holidays.size() < 3; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                holidays.add(d);
            }
        }
        // 2 working days of publicity: the 2nd weekday after the holidays; ends at 00:00 China time the day after
        LocalDate lastDay = holidays.get(2);
        for (int counted = 0; counted < 2; ) {
            lastDay = lastDay.plusDays(1);
            if (lastDay.getDayOfWeek().getValue() <= 5) {
                counted++;
            }
        }
        java.time.LocalDateTime expectedEnd = lastDay.plusDays(1).atStartOfDay(china)
                .withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime();
        Map<Integer, JsonNode> previous = new LinkedHashMap<>();
        for (LocalDate h : holidays) {
            if (!previous.containsKey(h.getYear())) {
                previous.put(h.getYear(), expect(200, f.office.get("rectification/calendar/" + h.getYear())));
            }
        }
        try {
            for (Map.Entry<Integer, JsonNode> year : previous.entrySet()) {
                ArrayNode days = Api.array();
                year.getValue().get("days").forEach(d -> {
                    if (!holidays.contains(LocalDate.parse(d.get("date").asText()))) {
                        days.add(d);
                    }
                });
                holidays.stream().filter(h -> h.getYear() == year.getKey()).forEach(h -> days.add(Api.object()
                        .put("date", h.toString()).put("kind", "HOLIDAY").put("name", "公示测试假日")));
                ObjectNode body = Api.object().put("year", year.getKey());
                body.set("days", days);
                expect(200, f.office.put("rectification/calendar/" + year.getKey(), body));
            }
            expect(200, f.office.post("workflow/" + f.period + "/publicity", Api.object().put("days", 2)));
            JsonNode settings = expect(200, f.office.get("workflow/" + f.period + "/settings"));
            assertEquals(expectedEnd, java.time.LocalDateTime.parse(settings.get("publicityEndsAt").asText()),
                    "holidays " + holidays + ": " + settings);
            assertEquals(expectedEnd, java.time.LocalDateTime.parse(f.state(f.office, f.unit(0))
                    .get("publicityEndsAt").asText()));
        } finally {
            for (Map.Entry<Integer, JsonNode> year : previous.entrySet()) {
                ObjectNode restore = Api.object().put("year", year.getKey());
                restore.set("days", year.getValue().get("days"));
                expect(200, f.office.put("rectification/calendar/" + year.getKey(), restore));
            }
        }
    }

    @Test
    void aUnitsEntriesAreLockedAfterSubmissionForTheUnitAndFromReviewOnForEveryone() throws Exception {
        Flow f = new Flow(1, null);
        String unit = f.unit(0);
        long entry = expect(201, f.enter(f.reporter(0), unit, "leader[mid]/score", "8")).get("id").asLong();
        f.ok(f.reporter(0), unit, "SUBMIT", null);

        Http.Reply created = f.enter(f.reporter(0), unit, "leader[year_end]/score", "8");
        assertEquals(400, created.status(), created.body());
        assertEquals("workflow.locked", firstKey(created));
        String message = created.json().get("errors").get(0).get("message").asText();
        assertTrue(message.contains(unit) && message.contains("SUBMITTED"), message);
        long version = expect(200, f.reporter(0).get("entries/" + entry)).get("version").asLong();
        Http.Reply updated = f.reporter(0).put("entries/" + entry, Api.object().put("version", version)
                .set("value", Api.parse("9")));
        assertEquals(400, updated.status(), updated.body());
        assertEquals("workflow.locked", firstKey(updated));
        assertEquals(8, expect(200, f.reporter(0).get("entries/" + entry)).get("value").asInt());
        // evidence belongs to the report: no file added by the unit after submission, nothing stored
        Http.Reply evidence = f.reporter(0).upload("entry", entry, "补充材料.pdf",
                "%PDF-1.4 late".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, evidence.status(), evidence.body());
        assertEquals("workflow.locked", firstKey(evidence));
        assertEquals(0, expect(200, f.reporter(0).get("evidence/entry/" + entry)).size());

        // while submitted, the office still enters (late data, scoring); from review on, nobody
        expect(201, f.enter(f.office, unit, "leader[year_end]/score", "7"));
        f.ok(f.assessor, unit, "SCORE", null);
        f.ok(f.reviewer, unit, "REVIEW", null);
        Http.Reply late = f.enter(f.office, unit, "indicator[mid]/items", "{\"items\":[{\"name\":\"主要经济指标\","
                + "\"points\":\"90\",\"target\":\"100\",\"actual\":\"95\"}]}");
        assertEquals(400, late.status(), late.body());
        assertEquals("workflow.locked", firstKey(late));
    }

    @Test
    void wrongRolesAndWrongStatesAreRefusedNamingTheActionTheRolesAndTheStates() throws Exception {
        Flow f = new Flow(2, null);
        String unit = f.unit(0);

        Http.Reply reporterApproves = f.reporter(0).post(f.path(unit) + "/transitions",
                Api.object().put("action", "APPROVE").put("version", 0));
        assertEquals(403, reporterApproves.status(), reporterApproves.body());
        assertEquals("your roles may not take the action APPROVE; it needs one of: LEADER.",
                reporterApproves.json().get("detail").asText());

        Http.Reply assessorSubmits = f.act(f.assessor, unit, "SUBMIT", null);
        assertEquals(403, assessorSubmits.status(), assessorSubmits.body());
        assertTrue(assessorSubmits.json().get("detail").asText().contains("ASSESSMENT_OFFICE, UNIT_REPORTER"),
                assessorSubmits.body());

        Http.Reply leaderTooEarly = f.act(f.leader, unit, "APPROVE", null);
        assertEquals(409, leaderTooEarly.status(), leaderTooEarly.body());
        assertEquals("workflow.state.invalid", firstKey(leaderTooEarly));
        assertEquals("unit " + unit + " is DRAFT: the action APPROVE is possible only from REVIEWED.",
                leaderTooEarly.json().get("errors").get(0).get("message").asText());

        Http.Reply otherUnit = f.act(f.reporter(1), unit, "SUBMIT", null);
        assertEquals(403, otherUnit.status(), otherUnit.body());
        assertEquals("you may not see or report data of unit " + unit + ".", otherUnit.json().get("detail").asText());
        assertEquals(403, f.reporter(1).get(f.path(unit)).status());

        Http.Reply unknown = f.act(f.office, unit, "FINISH", null);
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("workflow.action.unknown", firstKey(unknown));
        Http.Reply notDirect = f.act(f.office, unit, "PUBLISH", null);
        assertEquals(400, notDirect.status(), notDirect.body());
        assertEquals("workflow.action.notDirect", firstKey(notDirect));

        Http.Reply noneApproved = f.office.post("workflow/" + f.period + "/publicity", Api.object());
        assertEquals(400, noneApproved.status(), noneApproved.body());
        assertEquals("workflow.publicity.noneApproved", firstKey(noneApproved));

        assertEquals("DRAFT", f.state(f.office, unit).get("state").asText());
        assertEquals(List.of(), f.history(unit));
    }

    @Test
    void nobodyScoresReviewsOrApprovesWhatTheySubmittedOrEnteredThemselves() throws Exception {
        Flow f = new Flow(1, null);
        String unit = f.unit(0);
        // a leader who also reports for the unit submits it, then tries to approve it
        Api leaderReporter = new Api(base, List.of("LEADER", "UNIT_REPORTER"), List.of(unit));
        expect(201, f.enter(f.office, unit, "leader[mid]/score", "8"));
        f.ok(leaderReporter, unit, "SUBMIT", null);
        f.ok(f.assessor, unit, "SCORE", null);

        Http.Reply officeReviewsOwnData = f.act(f.office, unit, "REVIEW", null);
        assertEquals(403, officeReviewsOwnData.status(), officeReviewsOwnData.body());
        assertEquals("you may not REVIEW unit " + unit + ": you submitted or entered its data yourself, and nobody"
                + " approves their own submission.", officeReviewsOwnData.json().get("detail").asText());
        f.ok(f.reviewer, unit, "REVIEW", null);

        Http.Reply ownApproval = f.act(leaderReporter, unit, "APPROVE", null);
        assertEquals(403, ownApproval.status(), ownApproval.body());
        assertTrue(ownApproval.json().get("detail").asText().startsWith("you may not APPROVE unit " + unit),
                ownApproval.body());
        assertEquals("REVIEWED", f.state(f.office, unit).get("state").asText());
        f.ok(f.leader, unit, "APPROVE", null);
    }

    @Test
    void twoConcurrentTransitionsFromTheSameVersionGiveOneSuccessAndOneConflict() throws Exception {
        Flow f = new Flow(1, null);
        String unit = f.unit(0);
        f.ok(f.reporter(0), unit, "SUBMIT", null);
        long read = f.state(f.office, unit).get("version").asLong();

        CompletableFuture<Http.Reply> score = CompletableFuture.supplyAsync(() -> call(() ->
                f.act(f.assessor, unit, "SCORE", null, read)));
        CompletableFuture<Http.Reply> back = CompletableFuture.supplyAsync(() -> call(() ->
                f.act(f.office, unit, "RETURN", "同时退回", read)));
        List<Integer> statuses = new ArrayList<>(List.of(score.get().status(), back.get().status()));
        statuses.sort(null);
        assertEquals(List.of(200, 409), statuses, score.get().body() + " / " + back.get().body());
        assertEquals(2, f.history(unit).size(), "exactly one of the two was recorded");

        // a stale version afterwards names the unit, the versions and who changed it
        Http.Reply stale = f.act(f.office, unit, "REOPEN", "重新开启", read);
        assertEquals(409, stale.status(), stale.body());
        assertEquals("workflow.conflict", firstKey(stale));
        String message = stale.json().get("errors").get(0).get("message").asText();
        assertTrue(message.contains(unit) && message.contains("version " + read), message);
    }

    private interface Request {
        Http.Reply send() throws Exception;
    }

    private static Http.Reply call(Request request) {
        try {
            return request.send();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void objectionsDuringPublicityAreAnsweredAndPublicityClosesOnlyWhenEveryObjectionIsAnswered() throws Exception {
        Flow f = new Flow(3, null);
        for (int i = 0; i < 3; i++) {
            f.approve(i);
        }
        Http.Reply tooEarly = f.reporter(1).post(f.path(f.unit(0)) + "/objections", Api.object().put("text", "分数偏高"));
        assertEquals(409, tooEarly.status(), tooEarly.body());
        assertEquals("workflow.objection.notInPublicity", firstKey(tooEarly));

        expect(200, f.office.put("workflow/" + f.period + "/settings", Api.object().put("publicityDays", 3)
                .put("reminderDays", 3)));
        assertEquals(3, expect(200, f.office.post("workflow/" + f.period + "/publicity", Api.object())).size());
        Instant ends = java.time.LocalDateTime.parse(expect(200, f.office.get("workflow/" + f.period + "/settings"))
                .get("publicityEndsAt").asText()).toInstant(java.time.ZoneOffset.UTC);

        // another unit objects to unit 0; anyone objects to unit 2
        JsonNode dismissed = expect(201, f.reporter(1).post(f.path(f.unit(0)) + "/objections",
                Api.object().put("text", "第0单位的招商引资得分与公开数据不符")));
        JsonNode upheld = expect(201, f.leader.post(f.path(f.unit(2)) + "/objections",
                Api.object().put("text", "第2单位漏报一项扣分")));
        Http.Reply empty = f.reporter(1).post(f.path(f.unit(0)) + "/objections", Api.object().put("text", ""));
        assertEquals(400, empty.status(), empty.body());
        assertEquals("workflow.reason.required", firstKey(empty));

        // the reporter of unit 0 sees the objection about its unit; the reporter of unit 2 sees none of unit 0's
        assertEquals(1, expect(200, f.reporter(0).get("workflow/" + f.period + "/objections")).size());
        assertEquals(1, expect(200, f.reporter(2).get("workflow/" + f.period + "/objections")).size());
        assertEquals(2, expect(200, f.office.get("workflow/" + f.period + "/objections")).size());

        timer(ends.plus(Duration.ofDays(1)));
        assertEquals("PUBLICITY", f.state(f.office, f.unit(0)).get("state").asText(), "open objection: stays");
        assertEquals("PUBLISHED", f.state(f.office, f.unit(1)).get("state").asText());
        assertEquals("PUBLICITY", f.state(f.office, f.unit(2)).get("state").asText(), "open objection: stays");

        Http.Reply unanswered = f.office.post("workflow/objections/" + dismissed.get("id").asLong() + "/answer",
                Api.object().put("upheld", false));
        assertEquals(400, unanswered.status(), unanswered.body());
        assertEquals("answer", unanswered.json().get("errors").get(0).get("field").asText());
        assertEquals(403, f.leader.post("workflow/objections/" + dismissed.get("id").asLong() + "/answer",
                Api.object().put("answer", "不成立").put("upheld", false)).status());

        JsonNode answer = expect(200, f.office.post("workflow/objections/" + dismissed.get("id").asLong() + "/answer",
                Api.object().put("answer", "经核实，得分依据县统计局数据，异议不成立").put("upheld", false)));
        assertEquals(false, answer.get("upheld").asBoolean());
        assertEquals(f.office.login(), answer.get("answeredBy").asText());
        Http.Reply again = f.office.post("workflow/objections/" + dismissed.get("id").asLong() + "/answer",
                Api.object().put("answer", "再次答复").put("upheld", true));
        assertEquals(409, again.status(), again.body());
        assertEquals("workflow.objection.answered", firstKey(again));

        // TS-10: an upheld objection reopens review
        expect(200, f.office.post("workflow/objections/" + upheld.get("id").asLong() + "/answer",
                Api.object().put("answer", "异议成立，退回重新审核").put("upheld", true)));
        assertEquals("REVIEWED", f.state(f.office, f.unit(2)).get("state").asText());
        assertEquals("UPHOLD_OBJECTION", f.history(f.unit(2)).get(f.history(f.unit(2)).size() - 1));

        timer(ends.plus(Duration.ofDays(1)));
        assertEquals("PUBLISHED", f.state(f.office, f.unit(0)).get("state").asText());
        assertEquals("REVIEWED", f.state(f.office, f.unit(2)).get("state").asText());
    }

    @Test
    void theOfficeReopensAPublishedUnitOnlyWithAReasonAndTheUnitEditsAgain() throws Exception {
        Flow f = new Flow(1, null);
        String unit = f.unit(0);
        long entry = expect(201, f.enter(f.reporter(0), unit, "leader[mid]/score", "8")).get("id").asLong();
        f.approve(0);
        expect(200, f.office.post("workflow/" + f.period + "/publicity", Api.object().put("days", 1)));
        timer(Instant.now().plus(Duration.ofDays(5)));
        assertEquals("PUBLISHED", f.state(f.office, unit).get("state").asText());

        Http.Reply noReason = f.act(f.office, unit, "REOPEN", null);
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("workflow.reason.required", firstKey(noReason));
        assertEquals(403, f.act(f.leader, unit, "REOPEN", "领导要求").status());

        JsonNode reopened = f.ok(f.office, unit, "REOPEN", "县纪委反映数据有误，重新核查");
        assertEquals("RETURNED", reopened.get("state").asText());
        long version = expect(200, f.reporter(0).get("entries/" + entry)).get("version").asLong();
        expect(200, f.reporter(0).put("entries/" + entry, Api.object().put("version", version)
                .set("value", Api.parse("7"))));
        JsonNode history = expect(200, f.office.get(f.path(unit) + "/history"));
        JsonNode last = history.get(history.size() - 1);
        assertEquals("REOPEN", last.get("action").asText());
        assertEquals("PUBLISHED", last.get("from").asText());
        assertEquals("县纪委反映数据有误，重新核查", last.get("reason").asText());
    }

    @Test
    void aReporterSeesTheOwnResultFromApprovalAndOtherUnitsResultsOnlyFromPublicityOn() throws Exception {
        Flow f = new Flow(2, null);
        ArrayNode rows = Api.array();
        for (String unit : f.units) {
            for (String half : List.of("mid", "year_end")) {
                ObjectNode items = Api.object();
                items.putArray("items").add(Api.object().put("name", "主要经济指标").put("points", "90")
                        .put("target", "100").put("actual", "95"));
                rows.add(Api.row(unit, "indicator[" + half + "]/items", items));
                rows.add(Api.row(unit, "leader[" + half + "]/score", Api.parse("10")));
            }
        }
        f.office.importRows(f.period, rows);
        long run = f.office.runToCompletion(f.period, null).get("id").asLong();
        String own = f.unit(0);
        String other = f.unit(1);
        Api reporter = f.reporter(0);

        // a draft: not even the unit's own result is released to its reporter
        assertEquals(0, expect(200, reporter.get("runs/" + run + "/results")).size());
        assertEquals(403, reporter.get("runs/" + run + "/results/" + own).status());
        assertEquals(403, reporter.get("runs/" + run + "/results/" + other).status());
        assertEquals(2, expect(200, f.leader.get("runs/" + run + "/results")).size(), "a leader sees every unit");

        // approved (审定): the own result is released to the unit
        f.approve(0);
        List<String> visible = new ArrayList<>();
        expect(200, reporter.get("runs/" + run + "/results")).forEach(r -> visible.add(r.get("unitCode").asText()));
        assertEquals(List.of(own), visible);
        expect(200, reporter.get("runs/" + run + "/results/" + own));
        assertEquals(403, reporter.get("runs/" + run + "/results/" + other).status());

        f.approve(1);
        assertEquals(403, reporter.get("runs/" + run + "/results/" + other).status(), "approved is not yet public");
        expect(200, f.office.post("workflow/" + f.period + "/publicity", Api.object()));
        JsonNode shown = expect(200, reporter.get("runs/" + run + "/results/" + other));
        assertNotNull(shown.get("finalScore"));
        List<String> now = new ArrayList<>();
        expect(200, reporter.get("runs/" + run + "/results")).forEach(r -> now.add(r.get("unitCode").asText()));
        assertEquals(List.of(own, other).stream().sorted().toList(), now.stream().sorted().toList());
    }

    @Test
    void remindersGoOnceToReportersOfUnitsThatHaveNotSubmittedWithinTheConfiguredWindow() throws Exception {
        LocalDate today = LocalDate.now(CHINA);
        Flow f = new Flow(2, today.plusDays(2));
        String late = f.unit(0);
        f.ok(f.reporter(1), f.unit(1), "SUBMIT", null);

        expect(200, f.office.put("workflow/" + f.period + "/settings", Api.object().put("publicityDays", 5)
                .put("reminderDays", 1)));
        timer(Instant.now());
        assertEquals(0, mine(f.reporter(0), f.period).size(), "the deadline is two days away, the window one day");

        Http.Reply bad = f.office.put("workflow/" + f.period + "/settings", Api.object().put("publicityDays", 0)
                .put("reminderDays", 3));
        assertEquals(400, bad.status(), bad.body());
        assertEquals("publicityDays", bad.json().get("errors").get(0).get("field").asText());
        expect(200, f.office.put("workflow/" + f.period + "/settings", Api.object().put("publicityDays", 5)
                .put("reminderDays", 3)));
        timer(Instant.now());
        timer(Instant.now().plus(Duration.ofHours(1)));
        List<JsonNode> reminders = mine(f.reporter(0), f.period);
        assertEquals(1, reminders.size(), "once, however often the timer runs");
        JsonNode reminder = reminders.get(0);
        assertEquals("DEADLINE", reminder.get("kind").asText());
        assertEquals(late, reminder.get("unitCode").asText());
        assertEquals("mid", reminder.get("subject").asText());
        assertEquals(today.plusDays(2).toString(), reminder.get("dueDate").asText());
        assertEquals("workflow.notification.DEADLINE", reminder.get("messageKey").asText());
        assertEquals(0, mine(f.reporter(1), f.period).size(), "a unit that submitted is not reminded");

        assertTrue(!reminder.hasNonNull("readAt"), reminder.toString());
        expect(200, f.reporter(0).post("workflow/notifications/read", ""));
        assertTrue(mine(f.reporter(0), f.period).get(0).hasNonNull("readAt"));
        assertTrue(mine(f.reporter(1), f.period).isEmpty());
    }

    private static List<JsonNode> mine(Api reporter, String period) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        expect(200, reporter.get("workflow/notifications")).forEach(n -> {
            if (n.get("periodCode").asText().equals(period)) {
                found.add(n);
            }
        });
        return found;
    }
}
