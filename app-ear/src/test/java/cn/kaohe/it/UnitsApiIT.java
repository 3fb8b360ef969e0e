package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * {@code /api/units} and {@code /api/unit-categories} on the configured database, as the first administrator:
 * create, list, import, and every refusal leaves no trace.
 */
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
        return Fixtures.unique(prefix);
    }

    private static String unit(String code, String name, String category, String parentCode) {
        return Fixtures.unitJson(code, name, category, parentCode);
    }

    private List<String> codes(Http http) throws Exception {
        List<String> codes = new ArrayList<>();
        http.get("api/units", null).json().forEach(u -> codes.add(u.get("code").asText()));
        return codes;
    }

    @Test
    void createsAUnitTreeWithCategoriesAndListsIt() throws Exception {
        Http http = Http.admin(base);
        String countyCategory = Fixtures.category(http, "县");
        String townCategory = Fixtures.category(http, "乡镇政府");
        String county = uniqueCode("ZD");
        Http.Reply parent = http.post("api/units", unit(county, "正定县", countyCategory, null), null);
        assertEquals(201, parent.status(), parent.body());

        String town = uniqueCode("ZD-TOWN");
        Http.Reply created = http.post("api/units", unit(town, "南牛乡", townCategory, county), null);
        assertEquals(201, created.status(), created.body());
        assertTrue(created.json().get("id").asLong() > 0);
        assertEquals(county, created.json().get("parentCode").asText());

        JsonNode fetched = http.get("api/units/" + town, null).json();
        assertEquals("南牛乡", fetched.get("name").asText());
        assertEquals(townCategory, fetched.get("category").asText());
        assertEquals("乡镇政府", fetched.get("categoryName").asText());
        assertTrue(codes(http).containsAll(List.of(county, town)));

        JsonNode countyNode = null;
        for (JsonNode root : http.get("api/units/tree").json()) {
            if (root.get("code").asText().equals(county)) {
                countyNode = root;
            }
        }
        assertTrue(countyNode != null, "the county is a root of the tree");
        assertEquals(1, countyNode.get("children").size());
        assertEquals(town, countyNode.get("children").get(0).get("code").asText());
        assertEquals(0, countyNode.get("children").get(0).get("children").size());
    }

    @Test
    void refusesADuplicateCodeNamingTheFieldAndSavesNothing() throws Exception {
        Http http = Http.admin(base);
        String category = Fixtures.category(http, "部门");
        String code = uniqueCode("DUP");
        assertEquals(201, http.post("api/units", unit(code, "教育局", category, null), null).status());
        int before = codes(http).size();

        Http.Reply refused = http.post("api/units", unit(code, "另一个教育局", category, null), "zh-CN");
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
    void refusesACodeThatNamesASubResourceOfTheUnitsApi() throws Exception {
        Http http = Http.admin(base);
        String category = Fixtures.category(http, "部门");
        for (String reserved : List.of("tree", "Import")) {
            Http.Reply refused = http.post("api/units", unit(reserved, "保留字单位", category, null), "en");
            assertEquals(400, refused.status(), refused.body());
            JsonNode error = refused.json().get("errors").get(0);
            assertEquals("code", error.get("field").asText());
            assertEquals("unit.code.reserved", error.get("key").asText());
            assertTrue(error.get("message").asText().startsWith("\"" + reserved + "\" is a reserved word"),
                    error.get("message").asText());
        }
        // the sub-resource itself still answers
        assertEquals(200, http.get("api/units/tree", null).status());
    }

    @Test
    void refusesAnEmptyAndAnOverLongNameInTheRequestedLanguage() throws Exception {
        Http http = Http.admin(base);
        String category = Fixtures.category(http, "部门");
        String empty = uniqueCode("EMPTY");
        Http.Reply refused = http.post("api/units", unit(empty, "   ", category, null), "en");
        assertEquals(400, refused.status());
        JsonNode error = refused.json().get("errors").get(0);
        assertEquals("name", error.get("field").asText());
        assertEquals("must not be empty.", error.get("message").asText());

        String longer = uniqueCode("LONG");
        Http.Reply tooLong = http.post("api/units", unit(longer, "长".repeat(101), category, null), null);
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
        Http.Reply refused = Http.admin(base).post("api/units", unit("bad code!", "", "NO-SUCH-CATEGORY",
                "NO-SUCH-PARENT"), "en");
        assertEquals(400, refused.status());
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("code", "name", "category", "parentCode"), fields);
        assertEquals("unit.category.unknown", refused.json().get("errors").get(2).get("key").asText());
    }

    @Test
    void refusesMalformedJsonAsProblemDetails() throws Exception {
        Http.Reply refused = Http.admin(base).post("api/units", "{\"code\": ", "en");
        assertEquals(400, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals(400, refused.json().get("status").asInt());
    }

    private static String importFile(String townCategory, String deptCategory, List<String> towns,
            List<String> depts) {
        var root = Http.JSON.createObjectNode();
        root.put("about", "test import");
        var categories = root.putObject("ZD").put("title", "正定县").putArray("categories");
        var town = categories.addObject().put("code", townCategory).put("name", "乡镇政府");
        towns.forEach(town.putArray("units")::add);
        var dept = categories.addObject().put("code", deptCategory).put("name", "县政府工作部门");
        depts.forEach(dept.putArray("units")::add);
        return root.toString();
    }

    @Test
    void importsAUnitsFileUnderACountyAllOrNothing() throws Exception {
        Http http = Http.admin(base);
        String county = uniqueCode("CNTY");
        assertEquals(201, http.post("api/units", unit(county, "正定县", Fixtures.category(http, "县"), null)).status());
        String townCategory = uniqueCode("T");
        String deptCategory = uniqueCode("D");

        Http.Reply imported = http.post("api/units/import?parentCode=" + county,
                importFile(townCategory, deptCategory, List.of("南牛乡", "新城铺镇"), List.of("教育局")));
        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.json().get("categoriesCreated").asInt());
        assertEquals(3, imported.json().get("unitsCreated").asInt());
        JsonNode second = http.get("api/units/" + townCategory + "-02").json();
        assertEquals("新城铺镇", second.get("name").asText());
        assertEquals(county, second.get("parentCode").asText());
        assertEquals(townCategory, second.get("category").asText());

        // a second file: one new category, one empty name, and a code that exists already -> nothing saved
        String fresh = uniqueCode("F");
        Http.Reply refused = http.post("api/units/import", importFile(fresh, townCategory,
                List.of("第1村", " "), List.of("重复")), "en");
        assertEquals(400, refused.status(), refused.body());
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("ZD.categories[0].units[1]", "ZD.categories[1].units[0]"), fields);
        assertEquals("unit.code.duplicate", refused.json().get("errors").get(1).get("key").asText());
        assertEquals(404, http.get("api/units/" + fresh + "-01").status());
        List<String> categories = new ArrayList<>();
        http.get("api/unit-categories").json().forEach(c -> categories.add(c.get("code").asText()));
        assertFalse(categories.contains(fresh), "a rejected import creates no category");
    }
}
