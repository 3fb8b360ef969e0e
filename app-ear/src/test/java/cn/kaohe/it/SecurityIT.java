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
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
    /** Who may see results before publication (ResultVisibility). */
    private static final Set<String> RESULTS = Set.of("ASSESSMENT_OFFICE", "LEADER", "ASSESSOR", "AUDITOR");
    private static final Set<String> OWN_SHEET = Set.of("ASSESSMENT_OFFICE", "LEADER", "ASSESSOR", "AUDITOR",
            "UNIT_REPORTER");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    /** One boundary operation, called by one client; answers the HTTP status. */
    @FunctionalInterface
    interface Call {
        Http.Reply on(Http client) throws Exception;
    }

    record Operation(String name, Set<String> allowed, Call call) {
    }

    private List<Operation> operations(Http admin, String category, String ownUnit, String target, long run) {
        return List.of(
                new Operation("GET /api/units", EVERYONE, c -> c.get("api/units")),
                new Operation("GET /api/units/tree", EVERYONE, c -> c.get("api/units/tree")),
                new Operation("GET /api/units/{own}", EVERYONE, c -> c.get("api/units/" + ownUnit)),
                new Operation("POST /api/units", OFFICE, c -> c.post("api/units",
                        Fixtures.unitJson(Fixtures.unique("M"), "矩阵单位", category, null))),
                new Operation("POST /api/units/import", ADMIN, c -> c.post("api/units/import",
                        "{\"X\":{\"categories\":[{\"code\":\"" + Fixtures.unique("I") + "\",\"name\":\"导入类别\","
                                + "\"units\":[\"导入单位\"]}]}}")),
                new Operation("GET /api/unit-categories", EVERYONE, c -> c.get("api/unit-categories")),
                new Operation("POST /api/unit-categories", OFFICE, c -> c.post("api/unit-categories",
                        "{\"code\":\"" + Fixtures.unique("C") + "\",\"name\":\"矩阵类别\"}")),
                new Operation("GET /api/users", ADMIN, c -> c.get("api/users")),
                new Operation("GET /api/users/{login}", ADMIN, c -> c.get("api/users/" + target)),
                new Operation("GET /api/users/me", EVERYONE, c -> c.get("api/users/me")),
                new Operation("POST /api/users", ADMIN, c -> c.post("api/users", Fixtures.userJson(
                        Fixtures.unique("n").toLowerCase(), Fixtures.PASSWORD, List.of("LEADER"), List.of()))),
                new Operation("PUT /api/users/{login}", ADMIN, c -> c.put("api/users/" + target + "?version="
                        + admin.get("api/users/" + target).json().get("version").asLong(),
                        Fixtures.userJson(target, null, List.of("LEADER"), List.of()))),
                new Operation("POST /api/users/{login}/unlock", ADMIN, c -> c.post("api/users/" + target
                        + "/unlock", "")),
                new Operation("GET /api/audit", AUDIT, c -> c.get("api/audit?limit=5")),
                new Operation("GET /api/audit/verify", AUDIT, c -> c.get("api/audit/verify")),
                new Operation("GET /api/results/{run}/ranking", RESULTS, c -> c.get("api/results/" + run + "/ranking")),
                new Operation("GET /api/results/{run}/tiers", RESULTS, c -> c.get("api/results/" + run + "/tiers")),
                new Operation("GET /api/results/{run}/trend", RESULTS, c -> c.get("api/results/" + run
                        + "/trend?category=village")),
                new Operation("GET /api/results/{run}/sheets/{own}", OWN_SHEET, c -> c.get("api/results/" + run
                        + "/sheets/" + ownUnit)),
                new Operation("GET /api/results/latest?unit={own}", OWN_SHEET, c -> c.get("api/results/latest?unit="
                        + ownUnit)),
                new Operation("GET /api/results/{run}/whatif/{own}", RESULTS, c -> c.get("api/results/" + run
                        + "/whatif/" + ownUnit + "?grade=%E4%BC%98%E7%A7%80")));
    }

    @Test
    void everyRoleIsAllowedExactlyItsOperations() throws Exception {
        Http admin = Http.admin(base);
        String category = Fixtures.category(admin, "矩阵");
        String ownUnit = Fixtures.unit(admin, category, "填报单位");
        String target = Fixtures.user(admin, List.of("LEADER"), List.of());
        long run = scoredPeriodOf(ownUnit);
        Map<String, Http> clients = new LinkedHashMap<>();
        for (String role : ROLES) {
            String login = Fixtures.user(admin, List.of(role), role.equals("UNIT_REPORTER") ? List.of(ownUnit)
                    : List.of());
            clients.put(role, new Http(base).as(login, Fixtures.PASSWORD));
        }
        List<Executable> checks = new ArrayList<>();
        int cells = 0;
        for (Operation operation : operations(admin, category, ownUnit, target, run)) {
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
        assertEquals(21 * 7, cells);
        assertAll(checks);
    }

    /** A VIL period with {@code unit} as its only village, scored; returns the run. */
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
        return office.runToCompletion(period, null).get("id").asLong();
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
