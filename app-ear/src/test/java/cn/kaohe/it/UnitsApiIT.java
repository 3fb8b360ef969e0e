package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /api/units} on the configured database: create, list, and every refusal leaves no trace. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class UnitsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String unit(String code, String name, String category, String parentCode) {
        return Http.JSON.createObjectNode().put("code", code).put("name", name).put("category", category)
                .put("parentCode", parentCode).toString();
    }

    private List<String> codes(Http http) throws Exception {
        List<String> codes = new ArrayList<>();
        http.get("api/units", null).json().forEach(u -> codes.add(u.get("code").asText()));
        return codes;
    }

    @Test
    void createsAUnitWithParentAndListsIt() throws Exception {
        Http http = new Http(base);
        String county = uniqueCode("ZD");
        Http.Reply parent = http.post("api/units", unit(county, "正定县", "县", null), null);
        assertEquals(201, parent.status(), parent.body());

        String town = uniqueCode("ZD-TOWN");
        Http.Reply created = http.post("api/units", unit(town, "南牛乡", "乡镇", county), null);
        assertEquals(201, created.status(), created.body());
        assertTrue(created.json().get("id").asLong() > 0);
        assertEquals(county, created.json().get("parentCode").asText());

        JsonNode fetched = http.get("api/units/" + town, null).json();
        assertEquals("南牛乡", fetched.get("name").asText());
        assertEquals("乡镇", fetched.get("category").asText());
        assertTrue(codes(http).containsAll(List.of(county, town)));
    }

    @Test
    void refusesADuplicateCodeNamingTheFieldAndSavesNothing() throws Exception {
        Http http = new Http(base);
        String code = uniqueCode("DUP");
        assertEquals(201, http.post("api/units", unit(code, "教育局", "部门", null), null).status());
        int before = codes(http).size();

        Http.Reply refused = http.post("api/units", unit(code, "另一个教育局", "部门", null), "zh-CN");
        assertEquals(400, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        JsonNode error = refused.json().get("errors").get(0);
        assertEquals("code", error.get("field").asText());
        assertEquals("unit.code.duplicate", error.get("key").asText());
        assertEquals("代码 " + code + " 已被其他单位使用，请换一个代码。", error.get("message").asText());

        assertEquals(before, codes(http).size());
        assertEquals("教育局", http.get("api/units/" + code, null).json().get("name").asText());
    }

    @Test
    void refusesAnEmptyAndAnOverLongNameInTheRequestedLanguage() throws Exception {
        Http http = new Http(base);
        String empty = uniqueCode("EMPTY");
        Http.Reply refused = http.post("api/units", unit(empty, "   ", "部门", null), "en");
        assertEquals(400, refused.status());
        JsonNode error = refused.json().get("errors").get(0);
        assertEquals("name", error.get("field").asText());
        assertEquals("must not be empty.", error.get("message").asText());

        String longer = uniqueCode("LONG");
        Http.Reply tooLong = http.post("api/units", unit(longer, "长".repeat(101), "部门", null), null);
        assertEquals(400, tooLong.status());
        JsonNode longError = tooLong.json().get("errors").get(0);
        assertEquals("name", longError.get("field").asText());
        assertEquals("最多 100 个字符，现有 101 个。", longError.get("message").asText());

        List<String> codes = codes(http);
        assertFalse(codes.contains(empty));
        assertFalse(codes.contains(longer));
    }

    @Test
    void listsEveryProblemOfARequestAtOnce() throws Exception {
        Http.Reply refused = new Http(base).post("api/units", unit("bad code!", "", "", "NO-SUCH-PARENT"), "en");
        assertEquals(400, refused.status());
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("code", "name", "category", "parentCode"), fields);
    }

    @Test
    void refusesMalformedJsonAsProblemDetails() throws Exception {
        Http.Reply refused = new Http(base).post("api/units", "{\"code\": ", "en");
        assertEquals(400, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals(400, refused.json().get("status").asInt());
    }
}
