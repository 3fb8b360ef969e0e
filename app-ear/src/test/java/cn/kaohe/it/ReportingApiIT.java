package cn.kaohe.it;

import static cn.kaohe.it.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reporting integrity: optimistic locking, all-or-nothing imports, evidence limits. Each test sets up its own period. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class ReportingApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    /** A ZD period with one township; returns {period, unit}. */
    private String[] townshipPeriod(Api api) throws Exception {
        String key = Api.unique("ZD");
        api.importTemplate("zd", key, null);
        String period = Api.unique("P");
        api.period(period, key, 1);
        String unit = Api.unique("T");
        api.unit(unit, "南牛乡", "乡镇");
        api.enrol(period, unit, "township");
        return new String[] {period, unit};
    }

    @Test
    void twoEditorsOfTheSameEntryGetAConflictNamingItNeverASilentOverwrite() throws Exception {
        Api api = new Api(base);
        String[] p = townshipPeriod(api);
        JsonNode entry = expect(201, api.post("periods/" + p[0] + "/entries",
                Api.row(p[1], "leader[mid]/score", Api.parse("8"))));
        long id = entry.get("id").asLong();
        long read = entry.get("version").asLong();

        JsonNode first = expect(200, api.put("entries/" + id, Api.object().put("version", read)
                .set("value", Api.parse("9"))));
        assertEquals(9, first.get("value").asInt());

        Http.Reply refused = api.put("entries/" + id, Api.object().put("version", read).set("value", Api.parse("7")));
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        JsonNode error = refused.json().get("errors").get(0);
        assertEquals("entry.conflict", error.get("key").asText());
        String message = error.get("message").asText();
        assertTrue(message.contains("entry " + id) && message.contains(p[1]) && message.contains("leader[mid]/score"),
                message);

        assertEquals(9, expect(200, api.get("entries/" + id)).get("value").asInt());
    }

    @Test
    void aRejectedImportNamesEveryBadRowAndStoresNothing() throws Exception {
        Api api = new Api(base);
        String[] p = townshipPeriod(api);
        ArrayNode rows = Api.array();
        rows.add(Api.row(p[1], "leader[mid]/score", Api.parse("9")));
        rows.add(Api.row(p[1], "leader[year_end]/score", Api.parse("10")));
        rows.add(Api.row(p[1], "no_such_indicator", Api.parse("1")));
        rows.add(Api.row("NOT-ENROLLED", "leader[mid]/score", Api.parse("9")));
        rows.add(Api.row(p[1], "leader[mid]/score", Api.parse("\"many\"")));
        rows.add(Api.row(p[1], "leader[q9]/score", Api.parse("9")));
        JsonNode body = Api.object().set("rows", rows);
        Http.Reply refused = api.post("periods/" + p[0] + "/entries/import", body);
        assertEquals(400, refused.status(), refused.body());
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertTrue(fields.contains("rows[2].path"), fields.toString());
        assertTrue(fields.contains("rows[3].unitCode"), fields.toString());
        assertTrue(fields.contains("rows[4].value"), fields.toString());
        assertTrue(fields.contains("rows[5].path"), fields.toString());
        assertTrue(fields.stream().noneMatch(f -> f.startsWith("rows[0]") || f.startsWith("rows[1]")), fields.toString());

        assertEquals(0, expect(200, api.get("periods/" + p[0] + "/entries")).size());
    }

    @Test
    void evidenceIsCheckedForSizeTypeAndContentAndHashed() throws Exception {
        Api api = new Api(base);
        String[] p = townshipPeriod(api);
        long entry = expect(201, api.post("periods/" + p[0] + "/entries",
                Api.row(p[1], "leader[mid]/score", Api.parse("8")))).get("id").asLong();

        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, tooLarge, 0, 9);
        Http.Reply large = api.upload("entry", entry, "大文件.pdf", tooLarge);
        assertEquals(400, large.status(), large.body());
        assertEquals("evidence.tooLarge", large.json().get("errors").get(0).get("key").asText());

        Http.Reply exe = api.upload("entry", entry, "tool.exe", "MZ".getBytes());
        assertEquals(400, exe.status(), exe.body());
        assertEquals("evidence.type", exe.json().get("errors").get(0).get("key").asText());

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        Http.Reply disguised = api.upload("entry", entry, "scan.pdf", png);
        assertEquals(400, disguised.status(), disguised.body());
        assertEquals("evidence.mismatch", disguised.json().get("errors").get(0).get("key").asText());

        byte[] docx = docx();
        JsonNode stored = expect(201, api.upload("entry", entry, "情况说明.docx", docx));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(docx)),
                stored.get("sha256").asText());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                stored.get("contentType").asText());
        assertEquals(docx.length, stored.get("size").asInt());

        JsonNode files = expect(200, api.get("evidence/entry/" + entry));
        assertEquals(1, files.size());
        assertEquals("情况说明.docx", files.get(0).get("fileName").asText());
    }

    @Test
    void aUnitReporterWritesAndReadsOnlyTheirOwnUnitAndCannotScore() throws Exception {
        Api office = new Api(base);
        String[] p = townshipPeriod(office);
        String other = Api.unique("T");
        office.unit(other, "新城铺镇", "乡镇");
        office.enrol(p[0], other, "township");
        expect(201, office.post("periods/" + p[0] + "/entries", Api.row(other, "leader[mid]/score", Api.parse("7"))));

        Api reporter = new Api(base, List.of("UNIT_REPORTER"), List.of(p[1]));
        expect(201, reporter.post("periods/" + p[0] + "/entries", Api.row(p[1], "leader[mid]/score", Api.parse("9"))));
        assertEquals(403, reporter.post("periods/" + p[0] + "/entries",
                Api.row(other, "leader[year_end]/score", Api.parse("9"))).status());
        JsonNode seen = expect(200, reporter.get("periods/" + p[0] + "/entries"));
        assertEquals(1, seen.size());
        assertEquals(p[1], seen.get(0).get("unitCode").asText());
        assertEquals(403, reporter.post("periods/" + p[0] + "/runs", "").status());
        assertEquals(403, reporter.post("periods/" + p[0] + "/vetoes", Api.object().put("unitCode", p[1])
                .put("area", "安全生产").put("reason", "x")).status());
        assertEquals(2, expect(200, office.get("periods/" + p[0] + "/entries")).size());
    }

    @Test
    void aReporterIsRefusedASubPeriodPastItsDeadlineWhileTheOfficeMayStillEnterIt() throws Exception {
        Api office = new Api(base);
        String key = Api.unique("ZD");
        office.importTemplate("zd", key, null);
        String period = Api.unique("P");
        ObjectNode request = Api.object().put("code", period).put("name", "截止日期").put("year", 2026)
                .put("schemeKey", key).put("schemeVersion", 1);
        request.putArray("deadlines").add(Api.object().put("subPeriod", "mid").put("deadline", "2020-07-10"));
        JsonNode opened = expect(201, office.post("periods", request));
        assertEquals("2020-07-10", opened.get("subPeriods").get(0).get("deadline").asText());
        String unit = Api.unique("T");
        office.unit(unit, "南牛乡", "乡镇");
        office.enrol(period, unit, "township");

        Api reporter = new Api(base, List.of("UNIT_REPORTER"), List.of(unit));
        Http.Reply late = reporter.post("periods/" + period + "/entries", Api.row(unit, "leader[mid]/score", Api.parse("9")));
        assertEquals(400, late.status(), late.body());
        assertEquals("entry.deadlinePassed", late.json().get("errors").get(0).get("key").asText());
        expect(201, reporter.post("periods/" + period + "/entries", Api.row(unit, "leader[year_end]/score", Api.parse("9"))));
        expect(201, office.post("periods/" + period + "/entries", Api.row(unit, "leader[mid]/score", Api.parse("9"))));
    }

    @Test
    void anAssessorEntersOnlyTheIndicatorsAssignedToTheirLeadDepartment() throws Exception {
        Api office = new Api(base);
        String key = Api.unique("ZD");
        office.importTemplate("zd", key, null);
        String period = Api.unique("P");
        office.period(period, key, 1);
        String department = Api.unique("D");
        office.unit(department, "教育局", "部门");
        office.enrol(period, department, "department");
        String statistics = Api.unique("STAT");
        office.unit(statistics, "统计局", "部门");
        JsonNode assigned = expect(200, office.post("periods/" + period + "/assignments", Api.object()
                .put("category", "department").put("indicatorPath", "public").put("leadUnitCode", statistics)));
        assertEquals(statistics, assigned.get(0).get("leadUnitCode").asText());

        Api assessor = new Api(base, List.of("ASSESSOR"), List.of(statistics));
        expect(201, assessor.post("periods/" + period + "/entries",
                Api.row(department, "public[q1]/score", Api.parse("28"))));
        Http.Reply refused = assessor.post("periods/" + period + "/entries",
                Api.row(department, "leader[mid]/score", Api.parse("9")));
        assertEquals(400, refused.status(), refused.body());
        assertEquals("entry.notAssigned", refused.json().get("errors").get(0).get("key").asText());
    }

    private static byte[] docx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes());
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
