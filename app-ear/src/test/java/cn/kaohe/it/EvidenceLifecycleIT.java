package cn.kaohe.it;

import static cn.kaohe.it.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Evidence files are withdrawn or replaced, never deleted: with a reason, optimistic locking and the history kept. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class EvidenceLifecycleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** An entry of a new township in a new ZD period; returns {period, unit, entry id}. */
    private static String[] entry(Api api) throws Exception {
        String key = Api.unique("ZD");
        api.importTemplate("zd", key, null);
        String period = Api.unique("P");
        api.period(period, key, 1);
        String unit = Api.unique("T");
        api.unit(unit, "南牛乡", "乡镇");
        api.enrol(period, unit, "township");
        long entry = expect(201, api.post("periods/" + period + "/entries",
                Api.row(unit, "leader[mid]/score", Api.parse("8")))).get("id").asLong();
        return new String[] {period, unit, String.valueOf(entry)};
    }

    @Test
    void aReplacedFileIsWithdrawnWithItsReasonAndStaysInTheHistory() throws Exception {
        Api api = new Api(base);
        long entry = Long.parseLong(entry(api)[2]);
        JsonNode first = expect(201, api.upload("entry", entry, "一季度报表.pdf", pdf("first")));

        JsonNode second = expect(201, api.replace(first.get("id").asLong(), first.get("version").asLong(),
                "一季度报表（更正）.pdf", "数据有误，已更正", pdf("second")));
        assertEquals(first.get("id").asLong(), second.get("replaces").asLong());
        assertTrue(second.path("withdrawnAt").isMissingNode() || second.get("withdrawnAt").isNull());

        JsonNode current = expect(200, api.get("evidence/entry/" + entry));
        assertEquals(1, current.size());
        assertEquals("一季度报表（更正）.pdf", current.get(0).get("fileName").asText());

        JsonNode history = expect(200, api.get("evidence/entry/" + entry + "?withdrawn=true"));
        assertEquals(2, history.size());
        JsonNode old = history.get(0);
        assertEquals(first.get("id").asLong(), old.get("id").asLong());
        assertEquals("数据有误，已更正", old.get("withdrawReason").asText());
        assertFalse(old.get("withdrawnBy").asText().isEmpty());
        // the withdrawn file's bytes are kept for the audit
        Http.Reply bytes = api.get("evidence/files/" + first.get("id").asLong() + "/content");
        assertEquals(200, bytes.status());
        assertTrue(bytes.body().contains("first"));
    }

    @Test
    void aWithdrawalNeedsAReasonAndTheCurrentVersionAndHappensOnce() throws Exception {
        Api api = new Api(base);
        long entry = Long.parseLong(entry(api)[2]);
        JsonNode file = expect(201, api.upload("entry", entry, "佐证.pdf", pdf("evidence")));
        long id = file.get("id").asLong();
        long version = file.get("version").asLong();

        Http.Reply noReason = api.post("evidence/files/" + id + "/withdraw", "{\"version\":" + version + "}");
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("reason", noReason.json().get("errors").get(0).get("field").asText());

        Http.Reply stale = api.post("evidence/files/" + id + "/withdraw",
                "{\"version\":" + (version + 1) + ",\"reason\":\"重复上传\"}");
        assertEquals(409, stale.status(), stale.body());
        assertEquals("evidence.conflict", stale.json().get("errors").get(0).get("key").asText());
        assertEquals(1, expect(200, api.get("evidence/entry/" + entry)).size(), "a refused withdrawal changes nothing");

        JsonNode withdrawn = expect(200, api.post("evidence/files/" + id + "/withdraw",
                "{\"version\":" + version + ",\"reason\":\"重复上传\"}"));
        assertFalse(withdrawn.path("withdrawnAt").isMissingNode() || withdrawn.get("withdrawnAt").isNull());
        assertEquals(0, expect(200, api.get("evidence/entry/" + entry)).size());

        Http.Reply again = api.post("evidence/files/" + id + "/withdraw",
                "{\"version\":" + withdrawn.get("version").asLong() + ",\"reason\":\"再次撤回\"}");
        assertEquals(409, again.status(), again.body());
        assertEquals("evidence.withdrawn", again.json().get("errors").get(0).get("key").asText());
    }

    @Test
    void onlyTheUnitsOwnReporterOrTheOfficeMayWithdrawOrReplace() throws Exception {
        Api office = new Api(base);
        String[] e = entry(office);
        JsonNode file = expect(201, office.upload("entry", Long.parseLong(e[2]), "佐证.pdf", pdf("x")));
        String otherUnit = Api.unique("T");
        office.unit(otherUnit, "另一个乡", "乡镇");
        Api stranger = new Api(base, List.of("UNIT_REPORTER"), List.of(otherUnit));

        Http.Reply withdraw = stranger.post("evidence/files/" + file.get("id").asLong() + "/withdraw",
                "{\"version\":" + file.get("version").asLong() + ",\"reason\":\"不是我的\"}");
        assertEquals(403, withdraw.status(), withdraw.body());
        Http.Reply replace = stranger.replace(file.get("id").asLong(), file.get("version").asLong(), "替换.pdf",
                "不是我的", pdf("y"));
        assertEquals(403, replace.status(), replace.body());
        for (String role : List.of("LEADER", "AUDITOR")) { // roles that never change evidence
            Http.Reply refused = new Api(base, List.of(role), List.of()).post("evidence/files/"
                    + file.get("id").asLong() + "/withdraw", "{\"version\":" + file.get("version").asLong()
                    + ",\"reason\":\"无权\"}");
            assertEquals(403, refused.status(), role + ": " + refused.body());
        }
        assertEquals(1, expect(200, office.get("evidence/entry/" + e[2])).size());
    }
}
