package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void reportsUpOnTheConfiguredDatabaseWithEclipseLinkAndMigratedSchema() throws Exception {
        Http.Reply reply = new Http(base).get("api/health", null);
        assertEquals(200, reply.status(), reply.body());
        JsonNode health = reply.json();
        assertEquals("UP", health.get("status").asText());
        String expected = System.getProperty("kaohe.expectedDatabase");
        assertTrue(health.get("database").asText().startsWith(expected),
                "expected to run on " + expected + " but runs on " + health.get("database"));
        // EclipseLink, not Hibernate, is the JPA provider inside WildFly
        assertTrue(health.get("jpaProvider").asText().startsWith("org.eclipse.persistence."),
                "JPA provider is " + health.get("jpaProvider"));
        // every migration applied: the newest is 3.1 (schemes, periods, reporting, runs) or later
        String schema = health.get("schemaVersion").asText();
        assertTrue(schema.matches("[0-9]+(\\.[0-9]+)*") && compareVersions(schema, "3.1") >= 0,
                "schema version " + schema);
        assertTrue(health.get("units").asLong() >= 0);
    }

    @Test
    void servesTheOpenApiDocumentWithoutSigningIn() throws Exception {
        Http.Reply json = new Http(base).get("api/openapi", null);
        assertEquals(200, json.status(), json.body());
        JsonNode doc = json.json();
        assertTrue(doc.get("openapi").asText().startsWith("3."), doc.get("openapi").asText());
        assertTrue(doc.path("paths").path("/periods/{code}/runs").has("post"), "scoring runs are described");
        assertTrue(doc.path("components").path("schemas").has("UnitSummary"), "types from app-ejb are described");
        Http.Reply yaml = new Http(base).get("api/openapi?format=yaml", null);
        assertEquals(200, yaml.status());
        assertTrue(yaml.body().contains("openapi: 3."), yaml.body());
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int d = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }
}
