package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/** Test data made through the REST API as the first administrator; every name is unique per call. */
final class Fixtures {

    static final String PASSWORD = "Secret-pass-123";

    private Fixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new unit category; returns its code. */
    static String category(Http admin, String name) throws Exception {
        String code = unique("CAT");
        Http.Reply created = admin.post("api/unit-categories",
                Http.JSON.createObjectNode().put("code", code).put("name", name).toString());
        assertEquals(201, created.status(), created.body());
        return code;
    }

    static String unitJson(String code, String name, String category, String parentCode) {
        return Http.JSON.createObjectNode().put("code", code).put("name", name).put("category", category)
                .put("parentCode", parentCode).toString();
    }

    /** A new unit in {@code category}; returns its code. */
    static String unit(Http admin, String category, String name) throws Exception {
        String code = unique("U");
        Http.Reply created = admin.post("api/units", unitJson(code, name, category, null));
        assertEquals(201, created.status(), created.body());
        return code;
    }

    static String userJson(String login, String password, List<String> roles, List<String> units) {
        ObjectNode user = Http.JSON.createObjectNode().put("login", login).put("displayName", "测试用户 " + login)
                .put("password", password);
        roles.forEach(user.putArray("roles")::add);
        units.forEach(user.putArray("unitCodes")::add);
        return user.toString();
    }

    /** A new user with {@code roles} acting for {@code units}, password {@link #PASSWORD}; returns the login. */
    static String user(Http admin, List<String> roles, List<String> units) throws Exception {
        String login = unique("u").toLowerCase();
        Http.Reply created = admin.post("api/users", userJson(login, PASSWORD, roles, units));
        assertEquals(201, created.status(), created.body());
        return login;
    }
}
