package cn.kaohe.it;

import static cn.kaohe.it.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The office's management operations behind the /office pages (RULES.md §13 "Organisation and people", "Periods and
 * calendars"): changing units and categories with optimistic locking, period deadlines, the sub-periods and
 * indicators the pages offer, and the office's limited user management. Every test makes its own data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class OfficeAdminIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private JsonNode audit(String entityType, String entityId) throws Exception {
        Http auditor = new Http(base).as(Fixtures.user(Http.admin(base), List.of("AUDITOR"), List.of()),
                Fixtures.PASSWORD);
        return auditor.get("api/audit?entityType=" + entityType + "&entityId=" + entityId).json();
    }

    @Test
    void theOfficeMovesAUnitUnderAnotherParentAndAStaleVersionIsRefusedNamingBothVersions() throws Exception {
        Api office = new Api(base);
        String county = Api.unique("C");
        String township = Api.unique("T");
        String department = Api.unique("D");
        office.unit(county, "县政府", "县");
        office.unit(township, "南牛乡", "乡镇");
        office.unit(department, "教育局", "部门");
        JsonNode read = expect(200, office.get("units/" + township));
        String otherCategory = expect(200, office.get("units/" + department)).get("category").asText();

        JsonNode changed = expect(200, office.put("units/" + township + "?version=" + read.get("version").asLong(),
                Api.object().put("name", "南牛镇").put("category", otherCategory).put("parentCode", county)));
        assertEquals("南牛镇", changed.get("name").asText());
        assertEquals(county, changed.get("parentCode").asText());
        assertEquals(otherCategory, changed.get("category").asText());
        assertTrue(changed.get("version").asLong() > read.get("version").asLong());

        // a second editor still holding the first version: 409 naming the unit and both versions, nothing changed
        Http.Reply stale = office.put("units/" + township + "?version=" + read.get("version").asLong(),
                Api.object().put("name", "覆盖").put("category", otherCategory));
        assertEquals(409, stale.status(), stale.body());
        JsonNode error = stale.json().get("errors").get(0);
        assertEquals("admin.unit.conflict", error.get("key").asText());
        assertTrue(error.get("message").asText().contains(township), error.toString());
        assertEquals("南牛镇", expect(200, office.get("units/" + township)).get("name").asText());

        JsonNode tree = expect(200, office.get("units/tree"));
        boolean nested = false;
        for (JsonNode root : tree) {
            if (root.get("code").asText().equals(county)) {
                for (JsonNode child : root.get("children")) {
                    nested |= child.get("code").asText().equals(township);
                }
            }
        }
        assertTrue(nested, "the township is now a child of the county in the tree");

        JsonNode entries = audit("OrgUnit", township);
        List<String> actions = new ArrayList<>();
        entries.forEach(e -> actions.add(e.get("action").asText()));
        assertTrue(actions.contains("UPDATE"), actions.toString());
        JsonNode update = null;
        for (JsonNode e : entries) {
            if (e.get("action").asText().equals("UPDATE")) {
                update = e;
            }
        }
        assertTrue(update.get("before").asText().contains("南牛乡"), update.toString());
        assertTrue(update.get("after").asText().contains("南牛镇"), update.toString());
    }

    @Test
    void aUnitCannotReportToItselfOrToItsOwnDescendant() throws Exception {
        Api office = new Api(base);
        String county = Api.unique("C");
        String township = Api.unique("T");
        office.unit(county, "县政府", "县");
        office.unit(township, "南牛乡", "乡镇");
        JsonNode t = expect(200, office.get("units/" + township));
        expect(200, office.put("units/" + township + "?version=" + t.get("version").asLong(), Api.object()
                .put("name", "南牛乡").put("category", t.get("category").asText()).put("parentCode", county)));

        JsonNode c = expect(200, office.get("units/" + county));
        for (String parent : List.of(county, township)) {
            Http.Reply refused = office.put("units/" + county + "?version=" + c.get("version").asLong(), Api.object()
                    .put("name", "县政府").put("category", c.get("category").asText()).put("parentCode", parent));
            assertEquals(400, refused.status(), refused.body());
            JsonNode error = refused.json().get("errors").get(0);
            assertEquals("parentCode", error.get("field").asText());
            assertEquals("admin.unit.parent.cycle", error.get("key").asText());
        }
        JsonNode unchanged = expect(200, office.get("units/" + county));
        assertTrue(!unchanged.has("parentCode") || unchanged.get("parentCode").isNull(), unchanged.toString());
    }

    @Test
    void theOfficeRenamesACategoryOnceAndAStaleRenameIsRefused() throws Exception {
        Api office = new Api(base);
        String code = Api.unique("CAT");
        JsonNode created = expect(201, office.post("unit-categories", Api.object().put("code", code).put("name", "一档")));
        long version = created.get("version").asLong();
        JsonNode renamed = expect(200, office.put("unit-categories/" + code + "?version=" + version,
                Api.object().put("name", "一档（乡镇）")));
        assertEquals("一档（乡镇）", renamed.get("name").asText());
        Http.Reply stale = office.put("unit-categories/" + code + "?version=" + version,
                Api.object().put("name", "二档"));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("admin.category.conflict", stale.json().get("errors").get(0).get("key").asText());
        Http.Reply blank = office.put("unit-categories/" + code + "?version=" + renamed.get("version").asLong(),
                Api.object().put("name", " "));
        assertEquals(400, blank.status(), blank.body());
        assertEquals("name", blank.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void aPeriodGetsTheSubPeriodsItsSchemeNeedsAndTheOfficeSetsTheirDeadlines() throws Exception {
        Api office = new Api(base);
        String key = Api.unique("ZD");
        office.importTemplate("zd", key, null);
        JsonNode labels = expect(200, office.get("periods/sub-periods?scheme=" + key + "&version=1"));
        List<String> offered = new ArrayList<>();
        labels.forEach(l -> offered.add(l.asText()));
        // ZD-06 (mid-year and year-end) and ZD-10 (quarters) split the ZD scheme
        assertTrue(offered.contains("mid") && offered.contains("q1"), offered.toString());

        String period = Api.unique("P");
        JsonNode created = office.period(period, key, 1);
        List<String> subPeriods = new ArrayList<>();
        created.get("subPeriods").forEach(s -> subPeriods.add(s.get("code").asText()));
        assertEquals(offered, subPeriods);

        long version = created.get("lockVersion").asLong();
        JsonNode set = expect(200, office.put("periods/" + period + "/deadlines?version=" + version, Api.array()
                .add(Api.object().put("subPeriod", "mid").put("deadline", "2026-07-10"))));
        for (JsonNode s : set.get("subPeriods")) {
            if (s.get("code").asText().equals("mid")) {
                assertEquals("2026-07-10", s.get("deadline").asText());
            } else {
                assertTrue(!s.has("deadline") || s.get("deadline").isNull(), s.toString());
            }
        }
        Http.Reply stale = office.put("periods/" + period + "/deadlines?version=" + version, Api.array()
                .add(Api.object().put("subPeriod", "mid").put("deadline", "2026-07-31")));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("admin.period.conflict", stale.json().get("errors").get(0).get("key").asText());

        Http.Reply unknown = office.put("periods/" + period + "/deadlines?version="
                + set.get("lockVersion").asLong(), Api.array()
                .add(Api.object().put("subPeriod", "week-99").put("deadline", "2026-07-31")));
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("period.subPeriod.unknown", unknown.json().get("errors").get(0).get("key").asText());
        JsonNode after = expect(200, office.get("periods/" + period));
        for (JsonNode s : after.get("subPeriods")) {
            if (s.get("code").asText().equals("mid")) {
                assertEquals("2026-07-10", s.get("deadline").asText(), "refused changes saved nothing");
            }
        }
    }

    @Test
    void theIndicatorsOfAPeriodAreThePathsAnAssignmentAccepts() throws Exception {
        Api office = new Api(base);
        String key = Api.unique("ZD");
        office.importTemplate("zd", key, null);
        String period = Api.unique("P");
        office.period(period, key, 1);
        String lead = Api.unique("STAT");
        office.unit(lead, "统计局", "部门");
        JsonNode indicators = expect(200, office.get("periods/" + period + "/indicators"));
        assertTrue(indicators.size() > 5, indicators.toString());
        JsonNode nested = null;
        for (JsonNode i : indicators) {
            if (i.get("depth").asInt() > 0 && nested == null) {
                nested = i;
            }
        }
        assertTrue(nested != null && nested.get("path").asText().contains("/"), indicators.toString());
        JsonNode assigned = expect(200, office.post("periods/" + period + "/assignments", Api.object()
                .put("category", nested.get("category").asText()).put("indicatorPath", nested.get("path").asText())
                .put("leadUnitCode", lead)));
        assertEquals(nested.get("path").asText(), assigned.get(0).get("indicatorPath").asText());
    }

    @Test
    void theOfficeManagesReportersButNeitherGrantsNorTouchesTheAdministratorRole() throws Exception {
        Http admin = Http.admin(base);
        String officeLogin = Fixtures.user(admin, List.of("ASSESSMENT_OFFICE"), List.of());
        Http office = new Http(base).as(officeLogin, Fixtures.PASSWORD);
        String category = Fixtures.category(admin, "村");
        String unit = Fixtures.unit(admin, category, "第1村");

        String reporter = Fixtures.unique("r").toLowerCase();
        Http.Reply created = office.post("api/users", Fixtures.userJson(reporter, Fixtures.PASSWORD,
                List.of("UNIT_REPORTER"), List.of(unit)));
        assertEquals(201, created.status(), created.body());
        assertEquals(unit, created.json().get("unitCodes").get(0).asText());

        // reset the reporter's password: the new one works, the old one no longer
        long version = created.json().get("version").asLong();
        Http.Reply reset = office.put("api/users/" + reporter + "?version=" + version, Fixtures.userJson(reporter,
                "Another-pass-456", List.of("UNIT_REPORTER"), List.of(unit)));
        assertEquals(200, reset.status(), reset.body());
        assertEquals(200, new Http(base).as(reporter, "Another-pass-456").get("api/users/me").status());
        assertEquals(401, new Http(base).as(reporter, Fixtures.PASSWORD).get("api/users/me").status());

        Http.Reply grant = office.post("api/users", Fixtures.userJson(Fixtures.unique("a").toLowerCase(),
                Fixtures.PASSWORD, List.of("SYSTEM_ADMIN"), List.of()), "en");
        assertEquals(403, grant.status(), grant.body());
        assertEquals("only a system administrator grants the system administrator role.",
                grant.json().get("detail").asText());

        String otherAdmin = Fixtures.user(admin, List.of("SYSTEM_ADMIN"), List.of());
        long adminVersion = admin.get("api/users/" + otherAdmin).json().get("version").asLong();
        Http.Reply takeOver = office.put("api/users/" + otherAdmin + "?version=" + adminVersion,
                Fixtures.userJson(otherAdmin, "Taken-over-789", List.of("SYSTEM_ADMIN"), List.of()));
        assertEquals(403, takeOver.status(), takeOver.body());
        assertEquals(403, office.post("api/users/" + otherAdmin + "/unlock", "").status());
        assertEquals(200, new Http(base).as(otherAdmin, Fixtures.PASSWORD).get("api/users/me").status(),
                "the administrator's password is unchanged");

        long officeVersion = admin.get("api/users/" + officeLogin).json().get("version").asLong();
        var self = (com.fasterxml.jackson.databind.node.ObjectNode) Http.JSON.readTree(Fixtures.userJson(officeLogin,
                null, List.of("ASSESSMENT_OFFICE"), List.of()));
        self.put("enabled", false);
        Http.Reply selfDisable = office.put("api/users/" + officeLogin + "?version=" + officeVersion, self.toString());
        assertEquals(400, selfDisable.status(), selfDisable.body());
        assertEquals("admin.user.selfDisable", selfDisable.json().get("errors").get(0).get("key").asText());
        assertTrue(admin.get("api/users/" + officeLogin).json().get("enabled").asBoolean());
    }

    @Test
    void theOfficeImportsUnitsAllOrNothing() throws Exception {
        Http admin = Http.admin(base);
        Http office = new Http(base).as(Fixtures.user(admin, List.of("ASSESSMENT_OFFICE"), List.of()),
                Fixtures.PASSWORD);
        String good = Fixtures.unique("IMP");
        String bad = Fixtures.unique("IMX");
        Http.Reply refused = office.post("api/units/import", "{\"G\":{\"categories\":[{\"code\":\"" + bad
                + "\",\"name\":\"导入\",\"units\":[\"甲村\",\"\"]}]}}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("G.categories[0].units[1]", refused.json().get("errors").get(0).get("field").asText());
        assertEquals(404, office.get("api/units/" + bad + "-01").status(), "nothing saved");

        Http.Reply imported = office.post("api/units/import", "{\"G\":{\"categories\":[{\"code\":\"" + good
                + "\",\"name\":\"导入\",\"units\":[\"甲村\",\"乙村\"]}]}}");
        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.json().get("unitsCreated").asInt());
        assertEquals("乙村", office.get("api/units/" + good + "-02").json().get("name").asText());
    }
}
