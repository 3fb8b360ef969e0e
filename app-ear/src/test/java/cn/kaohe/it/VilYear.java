package cn.kaohe.it;

import static cn.kaohe.it.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.scoring.io.UnitDataReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of {@link VilFullYearIT}: a VIL period (the shipped scheme, year 2026) with 18 villages and 3 communities
 * (VIL-01), each with its own reporter, an assessor, the office, a leader and a deputy who is both leader and office.
 * Every step acts through the REST API as the person who does it and asserts what that person sees.
 *
 * <p>The inputs are chosen in {@link Plan}; the expected scores are scoring-core's, computed in the test by the engine
 * from the same inputs written independently of the server ({@link #expectedResult}), never copied from a run.
 */
final class VilYear {

    /** Runs the workflow timer at an instant (the test's ClockServlet). */
    interface Timer {
        int[] at(Instant instant) throws Exception;
    }

    /** VIL-29: the top five villages and the first community are commended; the award's name is ours. */
    static final String AWARD = "全镇经济工作会议表彰";

    private static final String[] VILLAGES = {"东岗村", "西河村", "南庄村", "北坡村", "杨柳村", "石桥村", "梨园村",
        "枣林村", "马家村", "王庄村", "李家湾村", "张家营村", "河口村", "柏树村", "龙泉村", "桃花村", "新民村", "红星村"};
    private static final String[] COMMUNITIES = {"城关社区", "新华社区", "文化路社区"};
    /** Commendation rows (VIL-13/14): 0.1, 0.05, 0.1, 0.2. */
    private static final String[] BONUS_KEYS = {"party_gov/county", "dept/county", "dept/city", "party_gov/city"};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    private static final ScoringEngine ENGINE = ScoringEngine.builder().scheme(SchemeReader.template("vil")).build();

    /** One unit: its code, reporter and the inputs it reports. */
    static final class Plan {
        final String code;
        final String name;
        final String category;
        final int index;
        final Api reporter;
        final Map<String, JsonNode> values = new LinkedHashMap<>();
        final String bonusKey;
        final LocalDate bonusDate;
        long bonusClaim;
        long deduction;
        /** VIL-24: what a linked notice decides (null: no decision, the deduction counts once). */
        Boolean rectified;

        Plan(String code, String name, String category, int index, Api reporter, String bonusKey, LocalDate bonusDate) {
            this.code = code;
            this.name = name;
            this.category = category;
            this.index = index;
            this.reporter = reporter;
            this.bonusKey = bonusKey;
            this.bonusDate = bonusDate;
        }
    }

    private final URL base;
    private final Timer timer;
    final Api office;
    final Api assessor;
    final Api leader;
    /** 分管副镇长: a leader who also works in the assessment office (submits one unit for it, so may not approve it). */
    final Api deputy;
    final String period;
    final List<Plan> villages = new ArrayList<>();
    final List<Plan> communities = new ArrayList<>();
    private final Map<String, Long> entryIds = new LinkedHashMap<>();
    private Instant publicityEnds;
    private long objection;

    private VilYear(URL base, Timer timer, Api office, String period) throws Exception {
        this.base = base;
        this.timer = timer;
        this.office = office;
        this.period = period;
        assessor = new Api(base, List.of("ASSESSOR"), List.of());
        leader = new Api(base, List.of("LEADER"), List.of());
        deputy = new Api(base, List.of("LEADER", "ASSESSMENT_OFFICE"), List.of());
    }

    // ---------------------------------------------------------------- set-up

    /** The office imports the shipped VIL scheme with the VIL-29 quotas, opens the 2026 period and enrols 21 units. */
    static VilYear open(URL base, Timer timer) throws Exception {
        Api office = new Api(base);
        String key = Api.unique("VIL2026");
        ArrayNode rules = Api.array();
        rules.add(quota("village", 5));
        rules.add(quota("community", 1));
        JsonNode scheme = office.importTemplate("vil", key, rules);
        assertEquals("vil", scheme.get("schemeId").asText());
        String period = Api.unique("VIL-2026");
        office.period(period, key, 1);
        VilYear year = new VilYear(base, timer, office, period);
        String suffix = period.substring(period.length() - 8);
        for (int k = 0; k < VILLAGES.length; k++) {
            year.add("V" + (k + 1) + "-" + suffix, VILLAGES[k], "village", "村", k, BONUS_KEYS[k % 4],
                    LocalDate.of(2026, 5, 10 + k));
        }
        for (int c = 0; c < COMMUNITIES.length; c++) {
            year.add("C" + (c + 1) + "-" + suffix, COMMUNITIES[c], "community", "社区", c, "party_gov/county",
                    LocalDate.of(2026, 6, 1 + c));
        }
        assertEquals(21, expect(200, office.get("periods/" + period)).get("units").size());
        return year;
    }

    private static JsonNode quota(String tier, int places) {
        ObjectNode rule = Api.object().put("tierId", tier);
        rule.putObject("quota").put("ruleId", "VIL-29").put("award", AWARD).put("minCount", places)
                .put("maxCount", places);
        return rule;
    }

    /** A new unit in the category, enrolled in the scheme's tier, with its own reporter and planned inputs. */
    private void add(String code, String name, String tier, String categoryName, int index, String bonusKey,
            LocalDate bonusDate) throws Exception {
        office.unit(code, name, categoryName);
        office.enrol(period, code, tier);
        Plan plan = new Plan(code, name, tier, index, new Api(base, List.of("UNIT_REPORTER"), List.of(code)),
                bonusKey, bonusDate);
        inputs(plan);
        (plan.category.equals("village") ? villages : communities).add(plan);
    }

    /**
     * The inputs a unit reports (VIL-06 共性部分 sheet on 100 points, VIL-07 阶段性中心工作, VIL-08/09/11 surveys with at
     * least 40 and 30 ballots, VIL-10/12). Village k loses 0.5·k points in 经济发展 and 1 point in 社会事业 when k is odd,
     * 5·(k mod 3) in the staged work; its leadership rating has k mod 3 "中" of 12 and its social survey k mod 5
     * "基本满意" of 40. Community c loses 1.5·c in 经济发展 and nothing else.
     */
    private static void inputs(Plan p) {
        boolean village = p.category.equals("village");
        int k = p.index;
        String economy = village ? new BigDecimal("0.5").multiply(BigDecimal.valueOf(k)).toPlainString()
                : new BigDecimal("1.5").multiply(BigDecimal.valueOf(k)).toPlainString();
        p.values.put("quantitative/common/sheet", sheet(new String[][] {{"党建", "30", "0"},
            {"经济发展", "40", economy}, {"社会事业", "30", village && k % 2 == 1 ? "1" : "0"}}));
        p.values.put("quantitative/stage", sheet(new String[][] {{"阶段性中心工作", "100",
            village ? String.valueOf(5 * (k % 3)) : "0"}}));
        p.values.put("qualitative/leadership", votes("好", 12 - (village ? k % 3 : 0), "中", village ? k % 3 : 0));
        p.values.put("qualitative/social", votes("满意", 40 - (village ? k % 5 : 0), "基本满意", village ? k % 5 : 0));
        p.values.put("qualitative/member_rep", votes("满意", 30, "基本满意", 0));
    }

    private static JsonNode sheet(String[][] items) {
        ObjectNode value = Api.object();
        ArrayNode list = value.putArray("items");
        for (String[] i : items) {
            list.add(Api.object().put("name", i[0]).put("points", i[1]).put("deductions", i[2]));
        }
        return value;
    }

    private static JsonNode votes(String first, int firstCount, String second, int secondCount) {
        ObjectNode value = Api.object();
        ObjectNode votes = value.putObject("votes").put(first, firstCount);
        if (secondCount > 0) {
            votes.put(second, secondCount);
        }
        return value;
    }

    /** The village returned by the assessor: its first social survey has 38 ballots (VIL-10 asks for 40). */
    Plan returned() {
        return villages.get(2);
    }

    /** The community the deputy submits for its absent reporter. */
    Plan submittedByDeputy() {
        return communities.get(2);
    }

    /** The village whose reporter objects during publicity, and whose results we follow as a reporter's. */
    Plan objector() {
        return villages.get(5);
    }

    /** The village the objection is about. */
    Plan objectedTo() {
        return villages.get(0);
    }

    /** The village whose rectification notice is answered and closed (销号). */
    Plan closedNotice() {
        return villages.get(3);
    }

    /** The village whose rectification notice goes overdue (VIL-24). */
    Plan overdueNotice() {
        return villages.get(1);
    }

    List<Plan> all() {
        List<Plan> all = new ArrayList<>(villages);
        all.addAll(communities);
        return all;
    }

    // ---------------------------------------------------------------- workflow helpers

    private String unitPath(Plan p) {
        return "workflow/" + period + "/units/" + p.code;
    }

    private JsonNode state(Plan p) throws Exception {
        return expect(200, office.get(unitPath(p)));
    }

    private Http.Reply act(Api as, Plan p, String action, String reason) throws Exception {
        ObjectNode body = Api.object().put("action", action).put("version", state(p).get("version").asLong());
        if (reason != null) {
            body.put("reason", reason);
        }
        return as.post(unitPath(p) + "/transitions", body);
    }

    private JsonNode ok(Api as, Plan p, String action, String reason) throws Exception {
        return expect(200, act(as, p, action, reason));
    }

    private static String firstKey(Http.Reply reply) throws Exception {
        return reply.json().get("errors").get(0).get("key").asText();
    }

    // ---------------------------------------------------------------- steps

    /**
     * Every reporter enters their unit's five inputs, claims a commendation (VIL-13/14) with the document's date in
     * 2026 (VIL-20) and attaches the certificate (VIL-19: no evidence, no bonus), then submits — except the community
     * whose reporter is away: the deputy submits it for them.
     */
    void everyUnitReportsWithEvidenceAndABonusClaimAndSubmits() throws Exception {
        for (Plan p : all()) {
            ArrayNode rows = Api.array();
            p.values.forEach((path, value) -> rows.add(Api.row(p.code, path,
                    p == returned() && path.equals("qualitative/social") ? votes("满意", 38, "基本满意", 0) : value)));
            JsonNode entries = p.reporter.importRows(period, rows);
            assertEquals(5, entries.size(), entries.toString());
            entries.forEach(e -> entryIds.put(p.code + "|" + e.get("path").asText(), e.get("id").asLong()));

            JsonNode claim = expect(201, p.reporter.post("periods/" + period + "/adjustments", Api.object()
                    .put("unitCode", p.code).put("table", "commendation").put("key", p.bonusKey)
                    .put("work", p.name + "年度工作表彰").put("documentDate", p.bonusDate.toString())));
            assertEquals("BONUS", claim.get("kind").asText());
            p.bonusClaim = claim.get("id").asLong();
            JsonNode file = expect(201, p.reporter.upload("adjustment", p.bonusClaim, p.name + "表彰文件.png", PNG));
            assertEquals(64, file.get("sha256").asText().length());

            Api submitter = p == submittedByDeputy() ? deputy : p.reporter;
            assertEquals("SUBMITTED", ok(submitter, p, "SUBMIT", null).get("state").asText());
        }
        // submitted: the unit's own entries are locked for its reporter
        Plan any = villages.get(7);
        Http.Reply locked = any.reporter.post("periods/" + period + "/entries",
                Api.row(any.code, "quantitative/stage", any.values.get("quantitative/stage")));
        assertEquals(400, locked.status(), locked.body());
        assertEquals("workflow.locked", firstKey(locked));
    }

    /**
     * The assessor returns the village whose social survey is short of ballots, with the reason; its reporter corrects
     * the survey and resubmits. The assessor records one town-level inspection finding per unit (VIL-23: 0.05; a
     * reporter may not record one) and scores every unit.
     */
    void theAssessorRecordsInspectionFindingsReturnsOneUnitAndScoresEveryUnit() throws Exception {
        Plan r = returned();
        Http.Reply noReason = act(assessor, r, "RETURN", null);
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("workflow.reason.required", firstKey(noReason));
        assertEquals("RETURNED", ok(assessor, r, "RETURN", RETURN_REASON).get("state").asText());
        long entry = entryIds.get(r.code + "|qualitative/social");
        long version = expect(200, r.reporter.get("entries/" + entry)).get("version").asLong();
        ObjectNode change = Api.object().put("version", version);
        change.set("value", r.values.get("qualitative/social"));
        expect(200, r.reporter.put("entries/" + entry, change));
        assertEquals("SUBMITTED", ok(r.reporter, r, "SUBMIT", null).get("state").asText());

        Http.Reply ownFinding = villages.get(4).reporter.post("periods/" + period + "/adjustments",
                finding(villages.get(4)));
        assertEquals(403, ownFinding.status(), "a unit never records its own deduction: " + ownFinding.body());
        for (Plan p : all()) {
            JsonNode d = expect(201, assessor.post("periods/" + period + "/adjustments", finding(p)));
            assertEquals("DEDUCTION", d.get("kind").asText());
            p.deduction = d.get("id").asLong();
            assertEquals("SCORED", ok(assessor, p, "SCORE", null).get("state").asText());
        }
    }

    static final String RETURN_REASON = "社会评议有效票仅38张，不足40张（VIL-10），请补录测评结果后重新提交";

    private static ObjectNode finding(Plan p) {
        return Api.object().put("unitCode", p.code).put("table", "inspection").put("key", "town")
                .put("reason", "镇明察暗访发现" + p.name + "村务公开栏未按季度更新");
    }

    /** The returned unit's history: submitted, returned with the reason, resubmitted, scored. */
    void theReturnedUnitsHistoryShowsTheReasonAndTheResubmission() throws Exception {
        Plan r = returned();
        JsonNode history = expect(200, r.reporter.get(unitPath(r) + "/history"));
        List<String> actions = new ArrayList<>();
        history.forEach(t -> actions.add(t.get("action").asText()));
        assertEquals(List.of("SUBMIT", "RETURN", "SUBMIT", "SCORE"), actions);
        assertEquals(RETURN_REASON, history.get(1).get("reason").asText());
        assertEquals(assessor.login(), history.get(1).get("actor").asText());
        assertEquals("RETURNED", history.get(1).get("to").asText());
        assertEquals("RETURNED", history.get(2).get("from").asText());
        assertEquals(r.reporter.login(), history.get(2).get("actor").asText());
    }

    /**
     * A rectification notice for one village's inspection finding (10 working days, HOS-18): the reporter answers with
     * evidence, the office verifies and closes it (销号). A closed notice marks the finding rectified (VIL-24: counted
     * once).
     */
    void oneNoticeIsAnsweredAndClosed() throws Exception {
        Plan p = closedNotice();
        JsonNode notice = expect(201, office.post("rectification/notices", Api.object().put("periodCode", period)
                .put("unitCode", p.code).put("adjustmentId", p.deduction).put("title", "村务公开栏整改")
                .put("problem", "村务公开栏内容未按季度更新，限期整改。").put("responsibleLeader", "李镇长")
                .put("workingDays", 10)));
        assertEquals("ISSUED", notice.get("status").asText());
        assertFalse(notice.get("overdue").asBoolean());
        long id = notice.get("id").asLong();
        JsonNode responded = expect(200, p.reporter.post("rectification/notices/" + id + "/response", Api.object()
                .put("text", "已更新公开栏第三、四季度内容并建立按季更新台账。").put("version", notice.get("version").asLong())));
        assertEquals("RESPONDED", responded.get("status").asText());
        expect(201, p.reporter.postFile("rectification/notices/" + id + "/evidence?fileName="
                + java.net.URLEncoder.encode("整改照片.png", StandardCharsets.UTF_8), PNG, "application/octet-stream", "en"));
        long version = expect(200, office.get("rectification/notices/" + id)).get("version").asLong();
        JsonNode closed = expect(200, office.post("rectification/notices/" + id + "/verification", Api.object()
                .put("accepted", true).put("note", "经现场核查，整改到位，予以销号。").put("version", version)));
        assertEquals("CLOSED", closed.get("status").asText());
        assertTrue(closed.hasNonNull("closedOn"), closed.toString());
        p.rectified = true;
    }

    /**
     * The office scores the period (the batch job): every unit complete; the same inputs give the same run and hash,
     * and "verify" rescores every snapshot identically.
     */
    long theOfficeScoresThePeriodAndTheRunReproduces() throws Exception {
        JsonNode run = office.runToCompletion(period, null);
        long id = run.get("id").asLong();
        assertEquals(21, run.get("unitsDone").asInt());
        JsonNode again = office.runToCompletion(period, null);
        assertEquals(id, again.get("id").asLong(), "the same inputs: the same run");
        assertEquals(run.get("inputSha256").asText(), again.get("inputSha256").asText());
        JsonNode verified = expect(200, office.post("runs/" + id + "/verify", ""));
        assertTrue(verified.get("reproduced").asBoolean(), verified.toString());
        assertTrue(verified.get("snapshotIntact").asBoolean(), verified.toString());
        assertTrue(verified.get("inputsUnchanged").asBoolean(), verified.toString());
        assertEquals(run.get("inputSha256").asText(), verified.get("recomputedSha256").asText());
        return id;
    }

    /** Scored but not approved: a village reporter sees no result at all, not even their own. */
    void aReporterSeesNothingBeforeApproval(long run) throws Exception {
        Plan me = objector();
        Http.Reply own = me.reporter.get("results/" + run + "/sheets/" + me.code);
        assertEquals(403, own.status(), own.body());
        assertTrue(own.json().get("detail").asText().contains("not been approved and released"), own.body());
        assertEquals(403, me.reporter.get("runs/" + run + "/results/" + me.code).status());
        assertEquals(0, expect(200, me.reporter.get("runs/" + run + "/results")).size());
        assertEquals(403, me.reporter.get("results/" + run + "/ranking").status());
        assertEquals(403, me.reporter.get("results/" + run + "/sheets/" + objectedTo().code).status());
    }

    /**
     * The office reviews every unit; a leader approves. The deputy, who submitted one community, may not approve it
     * (nobody approves their own submission); the leader does.
     */
    void theOfficeReviewsAndALeaderApprovesButNotTheirOwnSubmission() throws Exception {
        for (Plan p : all()) {
            assertEquals("REVIEWED", ok(office, p, "REVIEW", null).get("state").asText());
        }
        Plan own = submittedByDeputy();
        Http.Reply refused = act(deputy, own, "APPROVE", null);
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.json().get("detail").asText().contains("nobody approves their own submission"),
                refused.body());
        assertEquals("REVIEWED", state(own).get("state").asText(), "a refused approval changes nothing");
        for (Plan p : all()) {
            assertEquals("APPROVED", ok(leader, p, "APPROVE", null).get("state").asText());
        }
        JsonNode history = expect(200, office.get(unitPath(own) + "/history"));
        assertEquals(deputy.login(), history.get(0).get("actor").asText());
        assertEquals(leader.login(), history.get(history.size() - 1).get("actor").asText());
    }

    /** Approved (审定): the result is released to the unit; other units stay hidden until publicity. */
    void aReporterSeesTheirOwnResultOnceApprovedButNoOtherUnit(long run) throws Exception {
        Plan me = objector();
        JsonNode sheet = expect(200, me.reporter.get("results/" + run + "/sheets/" + me.code));
        assertEquals(0, expectedResult(me).finalScore().compareTo(new BigDecimal(sheet.get("finalScore").asText())));
        List<String> visible = new ArrayList<>();
        expect(200, me.reporter.get("runs/" + run + "/results")).forEach(r -> visible.add(r.get("unitCode").asText()));
        assertEquals(List.of(me.code), visible);
        Http.Reply other = me.reporter.get("results/" + run + "/sheets/" + objectedTo().code);
        assertEquals(403, other.status(), other.body());
        assertEquals(403, me.reporter.get("runs/" + run + "/results/" + objectedTo().code).status());
        Http.Reply ranking = me.reporter.get("results/" + run + "/ranking");
        assertEquals(403, ranking.status(), ranking.body());
        assertTrue(ranking.json().get("detail").asText().contains("before the results are shown publicly"),
                ranking.body());
        Api.Download notice = me.reporter.download("runs/" + run + "/export/notice/" + me.code + ".pdf", "en");
        assertEquals(403, notice.status(), "no notice before publication");
    }

    /**
     * Publicity (公示, TS-10) for five working days: every result is public, a reporter sees the ranking. A village
     * objects to another's result; when publicity ends the timer publishes every unit but the one with the open
     * objection.
     */
    void publicityShowsEveryResultAndAnOpenObjectionHoldsPublication(long run) throws Exception {
        JsonNode started = expect(200, office.post("workflow/" + period + "/publicity", Api.object().put("days", 5)));
        assertEquals(21, started.size());
        publicityEnds = LocalDateTime.parse(expect(200, office.get("workflow/" + period + "/settings"))
                .get("publicityEndsAt").asText()).toInstant(ZoneOffset.UTC);

        Plan me = objector();
        assertEquals(21, expect(200, me.reporter.get("results/" + run + "/ranking")).size());
        expect(200, me.reporter.get("results/" + run + "/sheets/" + objectedTo().code));
        assertEquals(403, me.reporter.download("runs/" + run + "/export/notice/" + me.code + ".pdf", "en").status(),
                "in publicity, not yet published: no notice");

        objection = expect(201, me.reporter.post(unitPath(objectedTo()) + "/objections", Api.object()
                .put("text", objectedTo().name + "的表彰加分文件为县级部门表彰，请核实加分层级。"))).get("id").asLong();

        // the timer works on every period of the server: count this period's states, not its report
        timer.at(publicityEnds.minusSeconds(60));
        assertEquals(Map.of("PUBLICITY", 21), states(), "publicity runs to its end");
        int[] end = timer.at(publicityEnds.plusSeconds(60));
        assertTrue(end[2] >= 1, "a unit waits for the answer to its objection");
        assertEquals(Map.of("PUBLISHED", 20, "PUBLICITY", 1), states());
        assertEquals("PUBLICITY", state(objectedTo()).get("state").asText(), "an open objection holds publication");
        assertEquals("PUBLISHED", state(me).get("state").asText());
    }

    /** How many units of the period are in each state. */
    private Map<String, Integer> states() throws Exception {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        expect(200, office.get("workflow/" + period + "/units"))
                .forEach(u -> counts.merge(u.get("state").asText(), 1, Integer::sum));
        return counts;
    }

    /** The office answers (not upheld); the next timer run publishes the held unit. */
    void theAnsweredObjectionLetsPublicationGoThrough() throws Exception {
        JsonNode answer = expect(200, office.post("workflow/objections/" + objection + "/answer", Api.object()
                .put("answer", "经核实，表彰文件为县委、县政府联合发文，按党委政府表彰计分，异议不成立。").put("upheld", false)));
        assertFalse(answer.get("upheld").asBoolean());
        timer.at(publicityEnds.plusSeconds(3600));
        assertEquals(Map.of("PUBLISHED", 21), states());
        for (Plan p : all()) {
            assertEquals("PUBLISHED", state(p).get("state").asText(), p.code);
        }
        List<String> actions = new ArrayList<>();
        expect(200, office.get(unitPath(objectedTo()) + "/history")).forEach(t -> actions.add(t.get("action").asText()));
        assertEquals(List.of("SUBMIT", "SCORE", "REVIEW", "APPROVE", "START_PUBLICITY", "PUBLISH"), actions);
    }

    /**
     * The published ranking, as the reporter sees it, equals scoring-core's on the same inputs: exact scores and
     * grades of every unit, the top five villages and the first community with the VIL-29 award, ranks by exact score
     * per tier (villages and communities apart, VIL-01/29).
     */
    void theRankingIsScoringCoresOnTheSameInputs(long run) throws Exception {
        // A hand check of the engine on the first village (k = 0), so the reference itself is anchored:
        // VIL-06 sheet 100 × 0.8 = 80; VIL-07 100 × 0.05 = 5; VIL-08/09/11 three surveys at 100 × 0.05 = 15;
        // VIL-13 county party/government commendation +0.1 (evidenced, VIL-19); VIL-23 town inspection −0.05:
        // 100.05 → 优秀 (VIL-30, ≥ 95).
        UnitResult first = expectedResult(villages.get(0));
        assertEquals(0, new BigDecimal("100.05").compareTo(first.finalScore()), first.toString());
        assertEquals("优秀", first.grade());

        JsonNode rows = expect(200, objector().reporter.get("results/" + run + "/ranking"));
        Map<String, JsonNode> served = new LinkedHashMap<>();
        rows.forEach(r -> served.put(r.get("unitCode").asText(), r));
        assertEquals(21, served.size());
        for (Plan p : all()) {
            UnitResult expected = expectedResult(p);
            JsonNode row = served.get(p.code);
            assertEquals("COMPLETE", row.get("status").asText(), row.toString());
            assertEquals(0, expected.finalScore().compareTo(new BigDecimal(row.get("finalScore").asText())),
                    p.code + " " + p.name + ": expected " + expected.finalScore() + ", served " + row);
            assertEquals(expected.grade(), row.get("grade").asText(), row.toString());
        }
        assertTier(served, villages, 5);
        assertTier(served, communities, 1);

        // The order of the commended places, derived by hand from the plan (independent of the engine): village k
        // scores about 100 − 0.4·k − 0.8·[k odd] − 0.33·(k mod 3) − 0.025·(k mod 5) + bonus(k mod 4) − 0.05, i.e.
        // k=0 100.05, k=2 ≈ 98.53, k=1 ≈ 98.44, k=3 ≈ 98.08, k=4 ≈ 98.02, then k=6 ≈ 97.63; community c scores
        // 100.05 − 1.2·c (+0.1 bonus each), so the first community is c=0.
        List<String> top = new ArrayList<>();
        rows.forEach(r -> {
            if (r.get("category").asText().equals("village") && r.get("rank").asInt() <= 5) {
                top.add(r.get("unitCode").asText());
            }
        });
        assertEquals(List.of(villages.get(0).code, villages.get(2).code, villages.get(1).code, villages.get(3).code,
                villages.get(4).code), top);
        JsonNode firstCommunity = served.get(communities.get(0).code);
        assertEquals(1, firstCommunity.get("rank").asInt());
        assertEquals("100.05", new BigDecimal(firstCommunity.get("finalScore").asText()).stripTrailingZeros()
                .toPlainString());
        assertEquals("优秀", firstCommunity.get("grade").asText());
    }

    /** Ranks 1..n by the expected exact scores (distinct here), and the VIL-29 award for the first {@code places}. */
    private void assertTier(Map<String, JsonNode> served, List<Plan> tier, int places) {
        List<Plan> order = new ArrayList<>(tier);
        order.sort(Comparator.comparing((Plan p) -> expectedResult(p).finalScore()).reversed());
        for (int i = 0; i + 1 < order.size(); i++) {
            assertNotEquals(0, expectedResult(order.get(i)).finalScore()
                    .compareTo(expectedResult(order.get(i + 1)).finalScore()), "the inputs give distinct scores");
        }
        for (int i = 0; i < order.size(); i++) {
            JsonNode row = served.get(order.get(i).code);
            assertEquals(i + 1, row.get("rank").asInt(), row.toString());
            if (i < places) {
                assertEquals(AWARD, row.get("award").asText(), "VIL-29 place " + (i + 1) + ": " + row);
            } else {
                assertFalse(row.hasNonNull("award") && AWARD.equals(row.get("award").asText()), row.toString());
            }
        }
    }

    /**
     * Published: a village reporter downloads their own result notice (PDF) and is refused another unit's, and now
     * sees every unit's result.
     */
    void aPublishedUnitsReporterFetchesTheirOwnNoticeOnly(long run) throws Exception {
        Plan me = objector();
        Api.Download own = me.reporter.download("runs/" + run + "/export/notice/" + me.code + ".pdf", "zh-CN");
        assertEquals(200, own.status(), new String(own.body(), StandardCharsets.UTF_8));
        assertEquals("%PDF", new String(own.body(), 0, 4, StandardCharsets.US_ASCII));
        Api.Download other = me.reporter.download("runs/" + run + "/export/notice/" + objectedTo().code + ".pdf",
                "zh-CN");
        assertEquals(403, other.status(), "never another unit's notice");
        assertEquals(21, expect(200, me.reporter.get("runs/" + run + "/results")).size());
        JsonNode sheet = expect(200, me.reporter.get("results/" + run + "/sheets/" + objectedTo().code));
        assertEquals(0, expectedResult(objectedTo()).finalScore()
                .compareTo(new BigDecimal(sheet.get("finalScore").asText())));
        assertEquals(403, me.reporter.get("results/" + run + "/whatif/" + me.code + "?grade=x").status(),
                "what-if stays an office tool");
    }

    /**
     * A notice for another village's finding, issued on 2026-09-01 with 10 working days (deadline 2026-09-15, HOS-18):
     * the server's clock is past it, so the ledger shows it overdue next to the closed one; a re-run takes it as not
     * rectified and doubles that finding (VIL-24: 0.05 → 0.10) — a new input hash, that village 0.05 lower, the others
     * unchanged.
     */
    void anOverdueNoticeIsInTheLedgerAndDoublesTheDeductionInARerun(long run) throws Exception {
        Plan p = overdueNotice();
        JsonNode notice = expect(201, office.post("rectification/notices", Api.object().put("periodCode", period)
                .put("unitCode", p.code).put("adjustmentId", p.deduction).put("title", "环境卫生整改")
                .put("problem", "明察暗访发现村内垃圾未及时清运。").put("issueDate", "2026-09-01").put("workingDays", 10)));
        assertEquals("2026-09-15", notice.get("deadline").asText(), "Tue 1 Sep + 10 working days, weekends skipped");
        assertTrue(notice.get("overdue").asBoolean(), notice.toString());

        JsonNode ledger = expect(200, office.get("rectification/notices?period=" + period));
        assertEquals(2, ledger.get("counts").get("total").asInt(), ledger.toString());
        assertEquals(1, ledger.get("counts").get("closed").asInt());
        assertEquals(1, ledger.get("counts").get("overdue").asInt());
        Map<String, JsonNode> byUnit = new LinkedHashMap<>();
        ledger.get("notices").forEach(n -> byUnit.put(n.get("unitCode").asText(), n));
        assertEquals("CLOSED", byUnit.get(closedNotice().code).get("status").asText());
        assertFalse(byUnit.get(closedNotice().code).get("overdue").asBoolean());
        assertEquals("ISSUED", byUnit.get(p.code).get("status").asText());
        assertTrue(byUnit.get(p.code).get("overdue").asBoolean());

        BigDecimal before = expectedResult(p).finalScore();
        p.rectified = false;
        BigDecimal after = expectedResult(p).finalScore();
        assertEquals(0, new BigDecimal("0.05").compareTo(before.subtract(after)), "VIL-24 doubles 0.05");

        JsonNode first = expect(200, office.get("runs/" + run));
        JsonNode rerun = office.runToCompletion(period, null);
        assertNotEquals(run, rerun.get("id").asLong());
        assertNotEquals(first.get("inputSha256").asText(), rerun.get("inputSha256").asText());
        JsonNode result = expect(200, office.get("runs/" + rerun.get("id").asLong() + "/results/" + p.code));
        assertEquals(0, after.compareTo(new BigDecimal(result.get("finalScore").asText())), result.toString());
        assertEquals(0, new BigDecimal("0.1").compareTo(new BigDecimal(result.get("explanation").get("deduction")
                .asText())), result.get("explanation").toString());
        JsonNode unchanged = expect(200, office.get("runs/" + rerun.get("id").asLong() + "/results/"
                + closedNotice().code));
        assertEquals(0, expectedResult(closedNotice()).finalScore()
                .compareTo(new BigDecimal(unchanged.get("finalScore").asText())));
    }

    // ---------------------------------------------------------------- the reference

    /**
     * scoring-core's result for the unit's inputs as this test planned them: the five values, the evidenced
     * commendation, the inspection finding with the rectification decision of its notice, no veto.
     */
    UnitResult expectedResult(Plan p) {
        ObjectNode unit = Api.object().put("unit", p.code).put("category", p.category).put("year", 2026);
        ObjectNode values = unit.putObject("values");
        p.values.forEach(values::set);
        ArrayNode claims = unit.putArray("claims");
        claims.add(Api.object().put("table", "commendation").put("key", p.bonusKey).put("work", p.name + "年度工作表彰")
                .put("docDate", p.bonusDate.toString()).put("evidence", true));
        ObjectNode finding = Api.object().put("table", "inspection").put("key", "town").put("evidence", false);
        if (p.rectified != null) {
            finding.put("rectified", p.rectified);
        }
        claims.add(finding);
        unit.putArray("vetoes");
        return ENGINE.score(UnitDataReader.read(unit));
    }
}
