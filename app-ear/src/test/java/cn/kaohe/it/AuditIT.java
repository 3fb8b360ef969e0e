package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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

/** The audit log: changes are recorded with who and what, searchable by the office and auditors, tamper-evident. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class AuditIT {

    @Deployment(name = "kaohe", testable = false, order = 1)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Test-only: raw SQL access to the application's datasource, to play the intruder. */
    @Deployment(name = "intruder", testable = false, order = 2)
    static WebArchive intruder() {
        return ShrinkWrap.create(WebArchive.class, "kaohe-it-intruder.war").addClass(TamperServlet.class);
    }

    @ArquillianResource
    @OperateOnDeployment("kaohe")
    private URL base;

    @ArquillianResource
    @OperateOnDeployment("intruder")
    private URL intruder;

    private String tamper(long position, String afterJson) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Http.withSlash(intruder) + "tamper?position=" + position))
                .POST(HttpRequest.BodyPublishers.ofString(afterJson)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    @Test
    void recordsWhoCreatedAUnitAndDetectsATamperedRow() throws Exception {
        Http admin = Http.admin(base);
        String category = Fixtures.category(admin, "审计");
        String unit = Fixtures.unit(admin, category, "被审计单位");
        Http auditor = new Http(base).as(Fixtures.user(admin, List.of("AUDITOR"), List.of()), Fixtures.PASSWORD);
        Http office = new Http(base).as(Fixtures.user(admin, List.of("ASSESSMENT_OFFICE"), List.of()),
                Fixtures.PASSWORD);

        JsonNode entries = auditor.get("api/audit?entityType=OrgUnit&entityId=" + unit).json();
        assertEquals(1, entries.size(), entries.toString());
        JsonNode entry = entries.get(0);
        assertEquals("admin", entry.get("actor").asText());
        assertEquals("CREATE", entry.get("action").asText());
        assertTrue(entry.get("after").asText().contains("被审计单位"), entry.toString());
        assertEquals(1, office.get("api/audit?actor=admin&entityType=OrgUnit&entityId=" + unit).json().size());

        JsonNode intact = auditor.get("api/audit/verify").json();
        assertTrue(intact.get("intact").asBoolean(), intact.toString());
        assertTrue(intact.get("entries").asLong() >= entry.get("position").asLong());

        long position = entry.get("position").asLong();
        String original = tamper(position, entry.get("after").asText().replace("被审计单位", "篡改后的单位"));
        try {
            JsonNode broken = auditor.get("api/audit/verify").json();
            assertEquals(false, broken.get("intact").asBoolean(), broken.toString());
            assertEquals(position, broken.get("firstBroken").asLong(), broken.toString());
        } finally {
            tamper(position, original);
        }
        assertTrue(auditor.get("api/audit/verify").json().get("intact").asBoolean());
    }

    @Test
    void recordsUserChangesWithoutThePassword() throws Exception {
        Http admin = Http.admin(base);
        String login = Fixtures.user(admin, List.of("LEADER"), List.of());
        long version = admin.get("api/users/" + login).json().get("version").asLong();
        assertEquals(200, admin.put("api/users/" + login + "?version=" + version,
                Fixtures.userJson(login, null, List.of("LEADER", "AUDITOR"), List.of())).status());
        // a stale version is a conflict, never a silent overwrite
        assertEquals(409, admin.put("api/users/" + login + "?version=" + version,
                Fixtures.userJson(login, null, List.of("LEADER"), List.of())).status());

        Http auditor = new Http(base).as(Fixtures.user(admin, List.of("AUDITOR"), List.of()), Fixtures.PASSWORD);
        JsonNode entries = auditor.get("api/audit?entityType=AppUser&entityId=" + login).json();
        assertEquals(2, entries.size(), entries.toString());
        assertEquals("UPDATE", entries.get(0).get("action").asText());
        assertTrue(entries.get(0).get("after").asText().contains("AUDITOR"));
        assertTrue(entries.get(0).get("before").asText().contains("LEADER"));
        entries.forEach(e -> assertTrue(!e.toString().contains("pbkdf2"), "no password hash in the audit log"));
    }
}
