package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A call refused by {@code @RolesAllowed} is logged as a warning (who was refused what), never as a server error;
 * the application logs it (AccessRefusedMapper) and configure-security.cli stops the container's ERROR line.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefusalLoggingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private static List<String> lines(String level, String text) throws IOException {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(" " + level + " ") && line.contains(text))
                .toList();
    }

    @Test
    void aRefusedCallIsAWarningAndNotAnError() throws Exception {
        Http admin = Http.admin(base);
        String leader = Fixtures.user(admin, List.of("LEADER"), List.of());
        int errorsBefore = lines("ERROR", "EJBAccessException").size();

        Http.Reply refused = new Http(base).as(leader, Fixtures.PASSWORD).get("api/audit/verify");
        assertEquals(403, refused.status(), refused.body());

        assertEquals(errorsBefore, lines("ERROR", "EJBAccessException").size(),
                "a refused call must not be logged as ERROR");
        List<String> warnings = lines("WARNING", "refused: " + leader + " GET /audit/verify");
        assertEquals(1, warnings.size(), "the refusal is logged once, as a warning naming the user and request");
    }
}
