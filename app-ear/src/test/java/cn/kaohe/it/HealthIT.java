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
        // Flyway versions 2.x (organisation, people, audit) or later
        String[] schema = health.get("schemaVersion").asText().split("\\.");
        int major = Integer.parseInt(schema[0]);
        int minor = schema.length > 1 ? Integer.parseInt(schema[1]) : 0;
        assertTrue(major > 2 || major == 2 && minor >= 3, "schema version " + health.get("schemaVersion"));
        assertTrue(health.get("units").asLong() >= 0);
    }
}
