package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HTTP Basic verifications are remembered for a few minutes (DatabaseIdentityStore, CredentialCache), but never past
 * a change of the password, and roles always come fresh from the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CredentialCacheIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aChangedPasswordEndsTheRememberedVerificationAtOnce() throws Exception {
        Http admin = Http.admin(base);
        String login = Fixtures.user(admin, List.of("LEADER"), List.of());
        Http old = new Http(base).as(login, Fixtures.PASSWORD);
        assertEquals(200, old.get("api/units").status());
        assertEquals(200, old.get("api/units").status()); // now remembered

        ObjectNode change = (ObjectNode) Http.JSON.readTree(Fixtures.userJson(login, "Changed-pass-456",
                List.of("LEADER"), List.of()));
        long version = admin.get("api/users/" + login).json().get("version").asLong();
        Http.Reply changed = admin.put("api/users/" + login + "?version=" + version, change.toString());
        assertEquals(200, changed.status(), changed.body());

        assertEquals(401, old.get("api/units").status(), "the old password must stop working at once");
        assertEquals(200, new Http(base).as(login, "Changed-pass-456").get("api/units").status());
    }

    @Test
    void rolesComeFreshFromTheDatabaseOnARememberedPassword() throws Exception {
        Http admin = Http.admin(base);
        String login = Fixtures.user(admin, List.of("LEADER"), List.of());
        Http user = new Http(base).as(login, Fixtures.PASSWORD);
        assertEquals(403, user.get("api/audit/verify").status());

        ObjectNode auditor = (ObjectNode) Http.JSON.readTree(Fixtures.userJson(login, null, List.of("AUDITOR"),
                List.of()));
        long version = admin.get("api/users/" + login).json().get("version").asLong();
        assertEquals(200, admin.put("api/users/" + login + "?version=" + version, auditor.toString()).status());

        assertEquals(200, user.get("api/audit/verify").status(), "the new role applies to the next request");
    }
}
