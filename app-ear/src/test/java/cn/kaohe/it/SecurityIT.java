package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.junit.jupiter.api.function.Executable;

/**
 * Who may do what, through the REST API with HTTP Basic: the permission matrix (every role × every boundary
 * operation, allowed or denied), the data-level check for unit reporters, anonymous callers, and lockout.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class SecurityIT {

    private static final List<String> ROLES = List.of("SYSTEM_ADMIN", "ASSESSMENT_OFFICE", "ASSESSOR",
            "UNIT_REPORTER", "LEADER", "AUDITOR");
    private static final Set<String> EVERYONE = Set.copyOf(ROLES);
    private static final Set<String> OFFICE = Set.of("SYSTEM_ADMIN", "ASSESSMENT_OFFICE");
    private static final Set<String> ADMIN = Set.of("SYSTEM_ADMIN");
    private static final Set<String> AUDIT = Set.of("ASSESSMENT_OFFICE", "AUDITOR");
    private static final Set<String> ASSESSMENT_OFFICE = Set.of("ASSESSMENT_OFFICE");
    private static final Set<String> SUBMITTERS = Set.of("ASSESSMENT_OFFICE", "UNIT_REPORTER");
    private static final Set<String> LEADERS = Set.of("LEADER");
    private static final Set<String> GRID = Set.of("ASSESSMENT_OFFICE", "ASSESSOR");
    /** Who may export a run's results (workbook, PDF notices). */
    private static final Set<String> EXPORTS = Set.of("SYSTEM_ADMIN", "ASSESSMENT_OFFICE", "LEADER", "AUDITOR");
    private static final Set<String> REPORTING = Set.of("ASSESSMENT_OFFICE", "ASSESSOR", "UNIT_REPORTER");
    /** Who may see results before publication (ResultVisibility). */
    private static final Set<String> RESULTS = Set.of("ASSESSMENT_OFFICE", "LEADER", "ASSESSOR", "AUDITOR");
    /** Who may see a published run's ranking and statistics: also the unit reporters (ResultVisibility). */
    private static final Set<String> PUBLISHED_RESULTS = Set.of("ASSESSMENT_OFFICE", "LEADER", "ASSESSOR", "AUDITOR",
            "UNIT_REPORTER");
    /** Who may fetch a published unit's result notice: the exporters and the unit's own reporter. */
    private static final Set<String> PUBLISHED_NOTICE = Set.of("SYSTEM_ADMIN", "ASSESSMENT_OFFICE", "LEADER",
            "AUDITOR", "UNIT_REPORTER");
    private static final Set<String> OWN_SHEET = Set.of("ASSESSMENT_OFFICE", "LEADER", "ASSESSOR", "AUDITOR",
            "UNIT_REPORTER");

    @Deployment(name = "kaohe", testable = false, order = 1)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Test-only: runs the workflow timer's job at a chosen instant (to publish the matrix's scored unit). */
    @Deployment(name = "clock", testable = false, order = 2)
    static WebArchive clock() {
        return ShrinkWrap.create(WebArchive.class, "kaohe-it-security-clock.war").addClass(ClockServlet.class)
                .addAsManifestResource(new StringAsset("Dependencies: deployment.kaohe.ear.app-ejb.jar\n"),
                        "MANIFEST.MF");
    }

    @ArquillianResource
    @OperateOnDeployment("kaohe")
    private URL base;

    @ArquillianResource
    @OperateOnDeployment("clock")
    private URL clockBase;

    /** One boundary operation, called by one client; answers the HTTP status. */
    @FunctionalInterface
    interface Call {
        Http.Reply on(Http client) throws Exception;
    }

    record Operation(String name, Set<String> allowed, Call call) {
    }

    /** A period whose "leader" indicator is assigned to the assessor's unit, a completed run, a filled template. */
    record Exchange(String period, long run, String unit, byte[] workbook) {
    }

    private Exchange exchange(String leadUnit) throws Exception {
        GridExchangeIT.Setup s = GridExchangeIT.setup(base);
        expect(200, s.office().post("periods/" + s.period() + "/assignments", Api.object()
                .put("category", "department").put("indicatorPath", "leader").put("leadUnitCode", leadUnit)));
        // the lead department's template: the office may upload it too (it enters every indicator)
        byte[] template = new Api(base, List.of("ASSESSOR"), List.of(leadUnit))
                .download("periods/" + s.period() + "/grid/template", "zh-CN").body();
        java.util.Map<String, java.util.Map<String, Object>> values = new java.util.HashMap<>();
        java.util.Map<String, Object> leader = new java.util.HashMap<>();
        leader.put("leader[mid]/score", 8);
        values.put(s.education(), leader);
        byte[] workbook = GridExchangeIT.fill(template, values);
        long run = s.office().runToCompletion(s.period(), null).get("id").asLong();
        return new Exchange(s.period(), run, s.education(), workbook);
    }

    private static JsonNode expect(int status, Http.Reply reply) throws Exception {
        return Api.expect(status, reply);
    }

    /**
    /**
     * Rectification set-up for the matrix: a period with the reporter's unit enrolled, an office client to issue fresh
     * notices and a second reporter of the same unit to answer them, so every call meets a notice in the right state.
     */
    private record Rect(String period, String unit, Http office, Http reporter, long notice, long evidence) {

        /** A new notice to the unit; returns {id, version}. */
        long[] issue() throws Exception {
            JsonNode n = office.post("api/rectification/notices", Http.JSON.createObjectNode().put("periodCode", period)
                    .put("unitCode", unit).put("title", "矩阵整改").put("problem", "矩阵问题").toString()).json();
            return new long[] {n.get("id").asLong(), n.get("version").asLong()};
        }

        /** A new notice the unit has answered; returns {id, version}. */
        long[] responded() throws Exception {
            long[] n = issue();
            JsonNode r = reporter.post("api/rectification/notices/" + n[0] + "/response", Http.JSON.createObjectNode()
                    .put("text", "已整改").put("version", n[1]).toString()).json();
            return new long[] {n[0], r.get("version").asLong()};
        }
    }

    private Rect rect(URL base, String ownUnit) throws Exception {
        Api setup = new Api(base);
        String key = Fixtures.unique("VIL");
        setup.importTemplate("vil", key, null);
        String period = Fixtures.unique("SEC");
        setup.period(period, key, 1);
        setup.enrol(period, ownUnit, "village");
        Http admin = Http.admin(base);
        Http office = new Http(base).as(Fixtures.user(admin, List.of("ASSESSMENT_OFFICE"), List.of()), Fixtures.PASSWORD);
        String reporterLogin = Fixtures.user(admin, List.of("UNIT_REPORTER"), List.of(ownUnit));
        Rect partial = new Rect(period, ownUnit, office, new Http(base).as(reporterLogin, Fixtures.PASSWORD), 0, 0);
        long[] notice = partial.issue();
        Http.Reply file = partial.reporter().post("api/rectification/notices/" + notice[0]
                + "/evidence?fileName=matrix.pdf", "%PDF-1.4 matrix");
        assertEquals(201, file.status(), file.body());
        return new Rect(period, ownUnit, office, partial.reporter(), notice[0], file.json().get("id").asLong());
    }

    private static final Set<String> ISSUERS = Set.of("ASSESSMENT_OFFICE", "ASSESSOR");
    private static final Set<String> REPORTER = Set.of("UNIT_REPORTER");

    /**
     * A ZD period with the reporter's unit enrolled, and helper users who drive the unit's workflow into the state an
     * operation needs (so every role meets the same state), then the operation is called by the role under test.
     */
    private final class Workflow {
        final String period;
        final String unit;
        final Api office;
        final Api reopener;
        final Api reporter;
        final Api assessor;
        final Api leader;

        Workflow(String unit) throws Exception {
            this.unit = unit;
            office = new Api(base);
            reopener = new Api(base);
            reporter = new Api(base, List.of("UNIT_REPORTER"), List.of(unit));
            assessor = new Api(base, List.of("ASSESSOR"), List.of());
            leader = new Api(base, List.of("LEADER"), List.of());
            String key = Api.unique("ZD");
            office.importTemplate("zd", key, null);
            period = Api.unique("SEC");
            office.period(period, key, 1);
            office.enrol(period, unit, "township");
        }

        String path() {
            return "api/workflow/" + period + "/units/" + unit;
        }

        JsonNode state() throws Exception {
            return Api.expect(200, office.get("workflow/" + period + "/units/" + unit));
        }

        String transition(String action, String reason) throws Exception {
            var body = Api.object().put("action", action).put("version", state().get("version").asLong());
            if (reason != null) {
                body.put("reason", reason);
            }
            return body.toString();
        }

        private void step(Api as, String action, String reason) throws Exception {
            Api.expect(200, as.post("workflow/" + period + "/units/" + unit + "/transitions",
                    Api.parse(transition(action, reason))));
        }

        /** Back to RETURNED unless DRAFT or RETURNED already. */
        void editable() throws Exception {
            String now = state().get("state").asText();
            if (!now.equals("DRAFT") && !now.equals("RETURNED")) {
                step(reopener, "REOPEN", "矩阵测试重置");
            }
        }

        /** Back to RETURNED (or DRAFT), then forward to {@code target}. */
        void driveTo(String target) throws Exception {
            if (state().get("state").asText().equals(target)) {
                return;
            }
            editable();
            for (String[] s : List.of(new String[] {"SUBMITTED", "SUBMIT"}, new String[] {"SCORED", "SCORE"},
                    new String[] {"REVIEWED", "REVIEW"}, new String[] {"APPROVED", "APPROVE"},
                    new String[] {"PUBLICITY", "START_PUBLICITY"})) {
                Api as = switch (s[1]) {
                    case "SUBMIT" -> reporter;
                    case "SCORE" -> assessor;
                    case "REVIEW" -> reopener;
                    case "APPROVE" -> leader;
                    default -> office;
                };
                if (s[1].equals("START_PUBLICITY")) {
                    Api.expect(200, office.post("workflow/" + period + "/publicity", Api.object()));
                } else {
                    step(as, s[1], null);
                }
                if (s[0].equals(target)) {
                    return;
                }
            }
        }

        /** A new objection to the unit (in publicity), filed by the helper reporter; its id. */
        long objection() throws Exception {
            driveTo("PUBLICITY");
            return Api.expect(201, reporter.post("workflow/" + period + "/units/" + unit + "/objections",
                    Api.object().put("text", "矩阵异议"))).get("id").asLong();
        }
    }

    private List<Operation> operations(Http admin, String category, String ownUnit, String target, Workflow wf, Rect rect, String adminTarget, String editable, String scheme, String period, Exchange x, long run,
            String reportPeriod) {
        String periodPath = "api/workflow/" + wf.period;
        String grid = "api/periods/" + x.period() + "/grid";
        String exports = "api/runs/" + x.run() + "/export/";
        return List.of(
                new Operation("GET /api/workflow/{period}/units", EVERYONE, c -> c.get(periodPath + "/units")),
                new Operation("GET /api/workflow/{period}/units/{own}", EVERYONE, c -> c.get(wf.path())),
                new Operation("GET /api/workflow/{period}/units/{own}/history", EVERYONE,
                        c -> c.get(wf.path() + "/history")),
                new Operation("POST /api/workflow/{period}/units/{own}/transitions SUBMIT", SUBMITTERS, c -> {
                    wf.editable();
                    Http.Reply reply = c.post(wf.path() + "/transitions", wf.transition("SUBMIT", null));
                    if (reply.status() == 200) {
                        wf.step(wf.reopener, "REOPEN", "矩阵测试重置");
                    }
                    return reply;
                }),
                new Operation("POST /api/workflow/{period}/units/{own}/transitions APPROVE", LEADERS, c -> {
                    wf.driveTo("REVIEWED");
                    return c.post(wf.path() + "/transitions", wf.transition("APPROVE", null));
                }),
                new Operation("GET /api/workflow/{period}/settings", EVERYONE, c -> c.get(periodPath + "/settings")),
                new Operation("PUT /api/workflow/{period}/settings", ASSESSMENT_OFFICE, c -> c.put(periodPath
                        + "/settings", "{\"publicityDays\":5,\"reminderDays\":3}")),
                new Operation("POST /api/workflow/{period}/publicity", ASSESSMENT_OFFICE, c -> {
                    wf.driveTo("APPROVED");
                    return c.post(periodPath + "/publicity", "{}");
                }),
                new Operation("GET /api/workflow/{period}/objections", EVERYONE, c -> c.get(periodPath + "/objections")),
                new Operation("POST /api/workflow/{period}/units/{unit}/objections", EVERYONE, c -> {
                    wf.driveTo("PUBLICITY");
                    return c.post(wf.path() + "/objections", "{\"text\":\"矩阵异议\"}");
                }),
                new Operation("POST /api/workflow/objections/{id}/answer", ASSESSMENT_OFFICE, c -> c.post(
                        "api/workflow/objections/" + wf.objection() + "/answer",
                        "{\"answer\":\"不成立\",\"upheld\":false}")),
                new Operation("GET /api/workflow/notifications", EVERYONE, c -> c.get("api/workflow/notifications")),
                new Operation("POST /api/workflow/notifications/read", EVERYONE,
                        c -> c.post("api/workflow/notifications/read", "")),

                new Operation("GET /api/rectification/notices", EVERYONE, c -> c.get("api/rectification/notices"
                        + "?period=" + rect.period())),
                new Operation("POST /api/rectification/notices", ISSUERS, c -> c.post("api/rectification/notices",
                        Http.JSON.createObjectNode().put("periodCode", rect.period()).put("unitCode", rect.unit())
                                .put("title", "矩阵").put("problem", "矩阵问题").toString())),
                new Operation("GET /api/rectification/notices/{id}", EVERYONE, c -> c.get("api/rectification/notices/"
                        + rect.notice())),
                new Operation("POST /api/rectification/notices/{id}/response", REPORTER, c -> {
                    long[] n = rect.issue();
                    return c.post("api/rectification/notices/" + n[0] + "/response", Http.JSON.createObjectNode()
                            .put("text", "已整改").put("version", n[1]).toString());
                }),
                new Operation("POST /api/rectification/notices/{id}/evidence", REPORTER, c -> c.post(
                        "api/rectification/notices/" + rect.notice() + "/evidence?fileName=m.pdf", "%PDF-1.4 m")),
                new Operation("POST /api/rectification/notices/{id}/verification", ISSUERS, c -> {
                    long[] n = rect.responded();
                    return c.post("api/rectification/notices/" + n[0] + "/verification", Http.JSON.createObjectNode()
                            .put("accepted", true).put("version", n[1]).toString());
                }),
                new Operation("GET /api/rectification/evidence/{id}/content", EVERYONE, c -> c.get(
                        "api/rectification/evidence/" + rect.evidence() + "/content")),
                new Operation("GET /api/rectification/calendar/{year}", EVERYONE, c -> c.get(
                        "api/rectification/calendar/2099")),
                new Operation("PUT /api/rectification/calendar/{year}", OFFICE, c -> c.put(
                        "api/rectification/calendar/2099", "{\"year\":2099,\"days\":[{\"date\":\"2099-01-01\","
                                + "\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}]}")),
                new Operation("GET /api/periods/{code}/grid", GRID, c -> c.get(grid)),
                new Operation("GET /api/periods/{code}/grid/preview/{unit}", GRID, c -> c.get(grid + "/preview/"
                        + x.unit())),
                new Operation("GET /api/periods/{code}/grid/template", GRID, c -> c.get(grid + "/template")),
                new Operation("POST /api/periods/{code}/grid/upload", GRID, c -> c.postFile(grid + "/upload",
                        x.workbook(), GridExchangeIT.XLSX)),
                new Operation("GET /api/runs/{id}/export/results.xlsx", EXPORTS, c -> c.get(exports + "results.xlsx")),
                new Operation("GET /api/runs/{id}/export/notice/{unit}.pdf", EXPORTS, c -> c.get(exports + "notice/"
                        + x.unit() + ".pdf")),
                new Operation("GET /api/runs/{id}/export/summary.pdf", EXPORTS, c -> c.get(exports + "summary.pdf")),
                new Operation("GET /api/units", EVERYONE, c -> c.get("api/units")),
                new Operation("GET /api/units/tree", EVERYONE, c -> c.get("api/units/tree")),
                new Operation("GET /api/units/{own}", EVERYONE, c -> c.get("api/units/" + ownUnit)),
                new Operation("POST /api/units", OFFICE, c -> c.post("api/units",
                        Fixtures.unitJson(Fixtures.unique("M"), "矩阵单位", category, null))),
                new Operation("PUT /api/units/{code}", OFFICE, c -> c.put("api/units/" + editable + "?version="
                        + admin.get("api/units/" + editable).json().get("version").asLong(),
                        "{\"name\":\"改名单位\",\"category\":\"" + category + "\"}")),
                new Operation("POST /api/units/import", OFFICE, c -> c.post("api/units/import",
                        "{\"X\":{\"categories\":[{\"code\":\"" + Fixtures.unique("I") + "\",\"name\":\"导入类别\","
                                + "\"units\":[\"导入单位\"]}]}}")),
                new Operation("GET /api/unit-categories", EVERYONE, c -> c.get("api/unit-categories")),
                new Operation("POST /api/unit-categories", OFFICE, c -> c.post("api/unit-categories",
                        "{\"code\":\"" + Fixtures.unique("C") + "\",\"name\":\"矩阵类别\"}")),
                new Operation("PUT /api/unit-categories/{code}", OFFICE, c -> c.put("api/unit-categories/" + category
                        + "?version=" + categoryVersion(admin, category), "{\"name\":\"矩阵类别改名\"}")),
                new Operation("GET /api/periods/sub-periods", EVERYONE, c -> c.get("api/periods/sub-periods?scheme="
                        + scheme + "&version=1")),
                new Operation("GET /api/periods/{code}/indicators", EVERYONE, c -> c.get("api/periods/" + period
                        + "/indicators")),
                new Operation("PUT /api/periods/{code}/deadlines", OFFICE, c -> c.put("api/periods/" + period
                        + "/deadlines?version=" + admin.get("api/periods/" + period).json().get("lockVersion").asLong(),
                        "[{\"subPeriod\":\"mid\",\"deadline\":\"2026-07-10\"}]")),
                new Operation("GET /api/users", OFFICE, c -> c.get("api/users")),
                new Operation("GET /api/users/{login}", OFFICE, c -> c.get("api/users/" + target)),
                new Operation("GET /api/users/me", EVERYONE, c -> c.get("api/users/me")),
                new Operation("POST /api/users", OFFICE, c -> c.post("api/users", Fixtures.userJson(
                        Fixtures.unique("n").toLowerCase(), Fixtures.PASSWORD, List.of("LEADER"), List.of()))),
                // data-level: only an administrator grants the administrator role or changes an administrator
                new Operation("POST /api/users (SYSTEM_ADMIN role)", ADMIN, c -> c.post("api/users",
                        Fixtures.userJson(Fixtures.unique("s").toLowerCase(), Fixtures.PASSWORD,
                                List.of("SYSTEM_ADMIN"), List.of()))),
                new Operation("PUT /api/users/{administrator}", ADMIN, c -> c.put("api/users/" + adminTarget
                        + "?version=" + admin.get("api/users/" + adminTarget).json().get("version").asLong(),
                        Fixtures.userJson(adminTarget, null, List.of("SYSTEM_ADMIN"), List.of()))),
                new Operation("PUT /api/users/{login}", OFFICE, c -> c.put("api/users/" + target + "?version="
                        + admin.get("api/users/" + target).json().get("version").asLong(),
                        Fixtures.userJson(target, null, List.of("LEADER"), List.of()))),
                new Operation("POST /api/users/{login}/unlock", OFFICE, c -> c.post("api/users/" + target
                        + "/unlock", "")),
                new Operation("GET /api/audit", AUDIT, c -> c.get("api/audit?limit=5")),
                new Operation("GET /api/audit/verify", AUDIT, c -> c.get("api/audit/verify")),
                // designer: every call saves on a fresh scheme key, so an allowed call never meets a newer version
                new Operation("POST /api/schemes/{key}/versions", OFFICE, c -> {
                    String key = Fixtures.unique("SEC");
                    Http.Reply v1 = admin.post("api/schemes/templates/vil", Http.JSON.createObjectNode()
                            .put("key", key).put("name", "矩阵方案").put("year", 2026).toString());
                    assertEquals(201, v1.status(), v1.body());
                    com.fasterxml.jackson.databind.node.ObjectNode body = Http.JSON.createObjectNode()
                            .put("name", "矩阵方案 v2").put("year", 2027);
                    body.set("scheme", admin.get("api/schemes/" + key + "/versions/1").json().get("scheme"));
                    return c.post("api/schemes/" + key + "/versions?basedOn=1", body.toString());
                }),
                new Operation("GET /api/reporting/dashboard", REPORTING, c -> c.get("api/reporting/dashboard")),
                new Operation("GET /api/reporting/periods/{p}/units/{own}", REPORTING,
                        c -> c.get("api/reporting/periods/" + reportPeriod + "/units/" + ownUnit)),
                new Operation("GET /api/reporting/periods/{p}/units/{own}/preview", REPORTING,
                        c -> c.get("api/reporting/periods/" + reportPeriod + "/units/" + ownUnit + "/preview")),
                // the run of a published period (its only unit is the reporter's own)
                new Operation("GET /api/results/{run}/ranking", PUBLISHED_RESULTS, c -> c.get("api/results/" + run
                        + "/ranking")),
                new Operation("GET /api/results/{run}/tiers", PUBLISHED_RESULTS, c -> c.get("api/results/" + run
                        + "/tiers")),
                new Operation("GET /api/results/{run}/trend", PUBLISHED_RESULTS, c -> c.get("api/results/" + run
                        + "/trend?category=village")),
                new Operation("GET /api/runs/{id}/export/notice/{own}.pdf (published)", PUBLISHED_NOTICE,
                        c -> c.get("api/runs/" + run + "/export/notice/" + ownUnit + ".pdf")),
                new Operation("GET /api/results/{run}/sheets/{own}", OWN_SHEET, c -> c.get("api/results/" + run
                        + "/sheets/" + ownUnit)),
                new Operation("GET /api/results/latest?unit={own}", OWN_SHEET, c -> c.get("api/results/latest?unit="
                        + ownUnit)),
                new Operation("GET /api/results/{run}/whatif/{own}", RESULTS, c -> c.get("api/results/" + run
                        + "/whatif/" + ownUnit + "?grade=%E4%BC%98%E7%A7%80")));
    }

    private static long categoryVersion(Http admin, String code) throws Exception {
        for (JsonNode c : admin.get("api/unit-categories").json()) {
            if (c.get("code").asText().equals(code)) {
                return c.get("version").asLong();
            }
        }
        throw new AssertionError("no category " + code);
    }

    @Test
    void everyRoleIsAllowedExactlyItsOperations() throws Exception {
        Http admin = Http.admin(base);
        String category = Fixtures.category(admin, "矩阵");
        String ownUnit = Fixtures.unit(admin, category, "填报单位");
        String target = Fixtures.user(admin, List.of("LEADER"), List.of());
        String adminTarget = Fixtures.user(admin, List.of("SYSTEM_ADMIN"), List.of());
        String editable = Fixtures.unit(admin, category, "可改单位");
        String scheme = Fixtures.unique("ZD");
        Http.Reply imported = admin.post("api/schemes/templates/zd", "{\"key\":\"" + scheme
                + "\",\"name\":\"矩阵方案\",\"year\":2026}");
        assertEquals(201, imported.status(), imported.body());
        String period = Fixtures.unique("P");
        Http.Reply opened = admin.post("api/periods", "{\"code\":\"" + period + "\",\"name\":\"矩阵考核期\","
                + "\"year\":2026,\"schemeKey\":\"" + scheme + "\",\"schemeVersion\":1}");
        assertEquals(201, opened.status(), opened.body());
        // the assessor acts for the lead department the grid's "leader" indicator is assigned to (XJ-13, ZD-43)
        String leadUnit = Fixtures.unit(admin, category, "牵头部门");
        Exchange exchange = exchange(leadUnit);
        // a VIL period with the reporter's unit enrolled (the unit reporting pages' service)
        Api office = new Api(base);
        String reportScheme = Api.unique("VIL");
        office.importTemplate("vil", reportScheme, null);
        String reportPeriod = Api.unique("P");
        office.period(reportPeriod, reportScheme, 1);
        office.enrol(reportPeriod, ownUnit, "village");
        long run = scoredPeriodOf(ownUnit);
        Map<String, Http> clients = new LinkedHashMap<>();
        for (String role : ROLES) {
            String login = Fixtures.user(admin, List.of(role), role.equals("UNIT_REPORTER") ? List.of(ownUnit)
                    : role.equals("ASSESSOR") ? List.of(leadUnit) : List.of());
            clients.put(role, new Http(base).as(login, Fixtures.PASSWORD));
        }
        List<Executable> checks = new ArrayList<>();
        int cells = 0;
        Workflow workflow = new Workflow(ownUnit);
        Rect rect = rect(base, ownUnit);
        for (Operation operation : operations(admin, category, ownUnit, target, workflow, rect, adminTarget, editable, scheme, period, exchange, run,
                reportPeriod)) {
            for (Map.Entry<String, Http> client : clients.entrySet()) {
                Http.Reply reply = operation.call().on(client.getValue());
                boolean allowed = operation.allowed().contains(client.getKey());
                String cell = client.getKey() + " × " + operation.name() + " → " + reply.status() + " "
                        + reply.body();
                cells++;
                if (allowed) {
                    checks.add(() -> assertTrue(reply.status() >= 200 && reply.status() < 300, "allowed: " + cell));
                } else {
                    checks.add(() -> assertEquals(403, reply.status(), "denied: " + cell));
                }
            }
            Http.Reply anonymous = operation.call().on(new Http(base));
            checks.add(() -> assertEquals(401, anonymous.status(), "anonymous × " + operation.name()));
            cells++;
        }
        assertEquals(62 * 7, cells);
        assertAll(checks);
    }

    /**
     * A VIL period with {@code unit} as its only village, scored, approved, through publicity and published by the
     * timer; returns the run.
     */
    private long scoredPeriodOf(String unit) throws Exception {
        Api office = new Api(base);
        String key = Api.unique("VILS");
        office.importTemplate("vil", key, null);
        String period = Api.unique("S2026");
        office.period(period, key, 1);
        office.enrol(period, unit, "village");
        com.fasterxml.jackson.databind.node.ArrayNode rows = Api.array();
        ResultsScenario.report(rows, unit, 0);
        office.importRows(period, rows);
        long run = office.runToCompletion(period, null).get("id").asLong();
        Api assessor = new Api(base, List.of("ASSESSOR"), List.of());
        Api reviewer = new Api(base);
        Api leader = new Api(base, List.of("LEADER"), List.of());
        String path = "workflow/" + period + "/units/" + unit;
        for (Object[] step : new Object[][] {{office, "SUBMIT"}, {assessor, "SCORE"}, {reviewer, "REVIEW"},
            {leader, "APPROVE"}}) {
            long version = Api.expect(200, office.get(path)).get("version").asLong();
            Api.expect(200, ((Api) step[0]).post(path + "/transitions", Api.object().put("action", (String) step[1])
                    .put("version", version)));
        }
        Api.expect(200, office.post("workflow/" + period + "/publicity", Api.object().put("days", 1)));
        java.net.http.HttpResponse<String> published = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.withSlash(clockBase) + "clock?at="
                        + java.time.Instant.now().plus(java.time.Duration.ofDays(10))))
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("PUBLISHED", Api.expect(200, office.get(path)).get("state").asText());
        return run;
    }

    @Test
    void aReporterSeesOnlyTheirOwnUnitsAndIsRefusedAnotherUnitsData() throws Exception {
        Http admin = Http.admin(base);
        String category = Fixtures.category(admin, "村");
        String own = Fixtures.unit(admin, category, "第1村");
        String other = Fixtures.unit(admin, category, "第2村");
        String login = Fixtures.user(admin, List.of("UNIT_REPORTER"), List.of(own));
        Http reporter = new Http(base).as(login, Fixtures.PASSWORD);

        List<String> visible = new ArrayList<>();
        reporter.get("api/units").json().forEach(u -> visible.add(u.get("code").asText()));
        assertEquals(List.of(own), visible);
        assertEquals(200, reporter.get("api/units/" + own).status());

        Http.Reply refused = reporter.get("api/units/" + other, "zh-CN");
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals("您无权查看或填报单位 " + other + " 的数据。", refused.json().get("detail").asText());
        // the office sees both
        List<String> all = new ArrayList<>();
        admin.get("api/units").json().forEach(u -> all.add(u.get("code").asText()));
        assertTrue(all.containsAll(List.of(own, other)));
    }

    @Test
    void anonymousCallersAreChallengedAndTheHealthCheckStaysOpen() throws Exception {
        Http.Reply challenged = new Http(base).get("api/units");
        assertEquals(401, challenged.status());
        assertEquals(200, new Http(base).get("api/health").status());
        assertEquals(401, new Http(base).as(Http.ADMIN, "wrong").get("api/users/me").status());
    }

    @Test
    void fiveWrongPasswordsLockTheUserEvenAgainstTheRightOneUntilUnlocked() throws Exception {
        Http admin = Http.admin(base);
        String login = Fixtures.user(admin, List.of("LEADER"), List.of());
        assertEquals(200, new Http(base).as(login, Fixtures.PASSWORD).get("api/users/me").status());
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, new Http(base).as(login, "wrong-" + i).get("api/users/me").status(), "attempt " + i);
        }
        assertEquals(401, new Http(base).as(login, Fixtures.PASSWORD).get("api/users/me").status(),
                "locked: the right password is refused too");
        JsonNode user = admin.get("api/users/" + login).json();
        assertNotNull(user.get("lockedUntil").textValue(), user.toString());

        JsonNode audit = Http.admin(base).as(Fixtures.user(admin, List.of("AUDITOR"), List.of()), Fixtures.PASSWORD)
                .get("api/audit?entityType=AppUser&entityId=" + login).json();
        List<String> actions = new ArrayList<>();
        audit.forEach(e -> actions.add(e.get("action").asText()));
        assertTrue(actions.contains("LOCK"), actions.toString());

        assertEquals(200, admin.post("api/users/" + login + "/unlock", "").status());
        assertEquals(200, new Http(base).as(login, Fixtures.PASSWORD).get("api/users/me").status());
        assertFalse(admin.get("api/users/" + login).json().hasNonNull("lockedUntil"));
    }

    @Test
    void aDisabledUserIsRefusedUntilEnabledAgain() throws Exception {
        Http admin = Http.admin(base);
        String login = Fixtures.user(admin, List.of("LEADER"), List.of());
        Http leader = new Http(base).as(login, Fixtures.PASSWORD);
        assertEquals(200, leader.get("api/units").status());

        var disable = Http.JSON.readTree(Fixtures.userJson(login, null, List.of("LEADER"), List.of()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) disable).put("enabled", false);
        long version = admin.get("api/users/" + login).json().get("version").asLong();
        Http.Reply disabled = admin.put("api/users/" + login + "?version=" + version, disable.toString());
        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.json().get("enabled").asBoolean());
        assertEquals(401, leader.get("api/units").status());

        ((com.fasterxml.jackson.databind.node.ObjectNode) disable).put("enabled", true);
        assertEquals(200, admin.put("api/users/" + login + "?version=" + disabled.json().get("version").asLong(),
                disable.toString()).status());
        assertEquals(200, leader.get("api/units").status());
    }
}
