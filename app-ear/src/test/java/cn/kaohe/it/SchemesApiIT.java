package cn.kaohe.it;

import static cn.kaohe.it.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Versioned schemes: validation by scoring-core, edits while unfrozen, frozen once a period uses a version. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class SchemesApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private static ObjectNode upload(String key, JsonNode scheme, long version) {
        ObjectNode body = Api.object().put("key", key).put("name", "泰顺方案").put("year", 2026).put("version", version);
        body.set("scheme", scheme);
        return body;
    }

    @Test
    void importsSeedTemplatesWithTheirMetadata() throws Exception {
        Api api = new Api(base);
        String key = Api.unique("TS");
        JsonNode imported = api.importTemplate("ts", key, null);
        assertEquals(1, imported.get("versionNo").asInt());
        assertEquals("ts", imported.get("sourceTemplate").asText());
        assertEquals("ts", imported.get("schemeId").asText());
        assertEquals(64, imported.get("contentSha256").asText().length());
        assertFalse(imported.get("frozen").asBoolean());
        JsonNode detail = expect(200, api.get("schemes/" + key + "/versions/1"));
        assertEquals("ts", detail.get("scheme").get("id").asText());

        Http.Reply unknown = api.post("schemes/templates/nope", Api.object().put("key", key).put("name", "x").put("year", 2026));
        assertEquals(400, unknown.status());
        assertEquals("scheme.template.unknown", unknown.json().get("errors").get(0).get("key").asText());
    }

    @Test
    void refusesAnInvalidSchemeNamingEveryProblemAndStoresNothing() throws Exception {
        Api api = new Api(base);
        String template = Api.unique("TS");
        JsonNode scheme = expect(200, api.get("schemes/" + api.importTemplate("ts", template, null).get("key").asText()
                + "/versions/1")).get("scheme");
        ObjectNode broken = scheme.deepCopy();
        broken.put("colour", "red");
        broken.put("size", "large");

        String key = Api.unique("BROKEN");
        Http.Reply refused = api.post("schemes", upload(key, broken, 0));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        JsonNode errors = refused.json().get("errors");
        assertTrue(errors.size() >= 2, errors.toString());
        errors.forEach(e -> assertEquals("scheme.problem", e.get("key").asText()));
        assertTrue(errors.toString().contains("colour"), errors.toString());
        assertTrue(errors.toString().contains("$.size"), errors.toString());

        // scoring-core's problems in the caller's language
        Http.Reply chinese = api.post("schemes", upload(key, broken, 0), "zh-CN");
        assertTrue(chinese.json().get("errors").toString().contains("无法识别的字段“colour”"), chinese.body());

        assertEquals(0, expect(200, api.get("schemes/" + key + "/versions")).size());
    }

    @Test
    void aVersionUsedByAPeriodIsFrozenAndANewVersionIsUploadedInstead() throws Exception {
        Api api = new Api(base);
        String key = Api.unique("ZD");
        JsonNode v1 = api.importTemplate("zd", key, null);
        JsonNode scheme = expect(200, api.get("schemes/" + key + "/versions/1")).get("scheme");

        // unfrozen: edits are allowed with the version read, refused with a stale one
        JsonNode edited = expect(200, api.put("schemes/" + key + "/versions/1",
                upload(key, scheme, v1.get("lockVersion").asLong())));
        assertEquals("泰顺方案", edited.get("name").asText());
        Http.Reply stale = api.put("schemes/" + key + "/versions/1", upload(key, scheme, v1.get("lockVersion").asLong()));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("scheme.conflict", stale.json().get("errors").get(0).get("key").asText());

        api.period(Api.unique("P"), key, 1);
        assertTrue(expect(200, api.get("schemes/" + key + "/versions/1")).get("metadata").get("frozen").asBoolean());
        Http.Reply frozen = api.put("schemes/" + key + "/versions/1", upload(key, scheme, edited.get("lockVersion").asLong()));
        assertEquals(409, frozen.status(), frozen.body());
        assertEquals("scheme.frozen", frozen.json().get("errors").get(0).get("key").asText());

        JsonNode v2 = expect(201, api.post("schemes", upload(key, scheme, 0)));
        assertEquals(2, v2.get("versionNo").asInt());
        assertFalse(v2.get("frozen").asBoolean());
        assertEquals(2, expect(200, api.get("schemes/" + key + "/versions")).size());
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedAsAConflictAndStoresNothing() throws Exception {
        Api api = new Api(base);
        String key = Api.unique("VIL");
        api.importTemplate("vil", key, null);
        JsonNode scheme = expect(200, api.get("schemes/" + key + "/versions/1")).get("scheme");

        JsonNode v2 = expect(201, api.post("schemes/" + key + "/versions?basedOn=1", upload(key, scheme, 0)));
        assertEquals(2, v2.get("versionNo").asInt());
        assertEquals("vil", v2.get("sourceTemplate").asText(), "the new version keeps its template");

        // a second editor who also opened version 1 saves later
        Http.Reply late = api.post("schemes/" + key + "/versions?basedOn=1", upload(key, scheme, 0), "zh-CN");
        assertEquals(409, late.status(), late.body());
        assertEquals("designer.scheme.newerVersion", late.json().get("errors").get(0).get("key").asText());
        assertTrue(late.json().get("detail").asText().contains("第 2 版"), late.body());
        assertEquals(2, expect(200, api.get("schemes/" + key + "/versions")).size());
    }
}
