package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One year of the VIL scheme (《村级目标管理考核方案》, RULES.md §3 and §13 "Workflow") through the pages only, in
 * headless Chromium: the office creates the scheme from the shipped VIL template, opens the period, enrols three
 * villages and assigns the leadership evaluation to a department; each village reports its six places (one with
 * evidence) and submits its self-assessment; the assessor returns 东村 once with a reason, 东村 corrects and
 * resubmits, the assessor marks the villages scored, the office reviews them and scores the period; a leader approves
 * one village, a second leader — who submitted 南村 himself — is refused that one by name (TB-10: nobody approves their
 * own submission), then publicity with an objection filed by 东村 and rejected by the office, and publication. The
 * ranking then shows each village's score and grade, derived below from the entered inputs by rule.
 *
 * <p>Only people and units are seeded through the REST API (the units and users pages are proven by
 * {@link OfficePagesIT}); the end of publicity is reached by running the workflow timer's job at a later instant
 * ({@link ClockServlet}) instead of waiting working days. Screenshots in Chinese, the main pages also in English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class VilFullYearPageIT {

    private static final String YEAR_END = "quantitative/common[year_end]/sheet";
    private static final String USUAL = "quantitative/common[usual]/sheet";
    private static final String STAGE = "quantitative/stage";
    private static final String LEADERSHIP = "qualitative/leadership";
    private static final String SOCIAL = "qualitative/social";
    private static final String MEMBER_REP = "qualitative/member_rep";

    @Deployment(name = "kaohe", testable = false, order = 1)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Test-only: runs the workflow timer's job at a chosen instant (the end of publicity). */
    @Deployment(name = "clock", testable = false, order = 2)
    static WebArchive clock() {
        return ShrinkWrap.create(WebArchive.class, "kaohe-it-clock.war").addClass(ClockServlet.class)
                .addAsManifestResource(new StringAsset("Dependencies: deployment.kaohe.ear.app-ejb.jar\n"),
                        "MANIFEST.MF");
    }

    @ArquillianResource
    @OperateOnDeployment("kaohe")
    private URL base;

    @ArquillianResource
    @OperateOnDeployment("clock")
    private URL clockBase;

    private Browser b;

    @BeforeEach
    void openBrowser() throws Exception {
        b = new Browser(base);
    }

    @AfterEach
    void closeBrowser() {
        if (b != null) {
            b.close();
        }
    }

    /** What one village reports: one sheet item of 100 points per sheet with its deductions, and the ballots. */
    private record Report(String yearEndDeductions, String usualDeductions, String stageDeductions) {
    }

    @Test
    void aVillageYearFromTheOfficeToPublicationThroughThePages() throws Exception {
        // ---- seeded: people and units only -------------------------------------------------------------------------
        Http admin = Http.admin(base);
        String villageCategory = Fixtures.category(admin, "村");
        String departmentCategory = Fixtures.category(admin, "镇直部门");
        String east = Fixtures.unit(admin, villageCategory, "东村");
        String west = Fixtures.unit(admin, villageCategory, "西村");
        String south = Fixtures.unit(admin, villageCategory, "南村");
        String department = Fixtures.unit(admin, departmentCategory, "镇党政办");
        String office = Fixtures.user(admin, List.of("ASSESSMENT_OFFICE"), List.of());
        String assessor = Fixtures.user(admin, List.of("ASSESSOR"), List.of(department));
        String leader = Fixtures.user(admin, List.of("LEADER"), List.of());
        String eastReporter = Fixtures.user(admin, List.of("UNIT_REPORTER"), List.of(east));
        String westReporter = Fixtures.user(admin, List.of("UNIT_REPORTER"), List.of(west));
        // a leader in charge of 南村 who also reports for it: he may not approve what he submitted (TB-10)
        String southLeader = Fixtures.user(admin, List.of("LEADER", "UNIT_REPORTER"), List.of(south));

        // anonymous: the workflow pages send to the login page
        b.open("office/workflow.xhtml");
        b.until("anonymous sent to login", d -> d.getCurrentUrl().contains("login.xhtml"));
        b.open("leader/approval.xhtml");
        b.until("anonymous sent to login", d -> d.getCurrentUrl().contains("login.xhtml"));

        // ---- the office: scheme from the shipped VIL template, period, enrolment, assignment ----------------------
        b.signInVia("office/schemes.xhtml", office);
        String scheme = Fixtures.unique("VIL");
        b.choose("templateForm:template", "vil");
        b.fill("templateForm:key", scheme);
        b.fill("templateForm:name", "村（社区）目标管理考核 2026");
        b.click("templateForm:createFromTemplate");
        b.until("the designer of the new scheme", d -> d.getCurrentUrl().contains("scheme-designer.xhtml"));

        b.open("office/periods.xhtml");
        b.waitForHeading("考核期");
        String period = Fixtures.unique("VIL-2026");
        b.fill("periodForm:code", period);
        b.fill("periodForm:name", "2026 年度村级目标管理考核");
        b.choose("periodForm:scheme", scheme + ":1");
        // VIL-04: the scheme splits the common part into the year-end and the day-to-day (usual) assessment
        b.until("sub-periods of the scheme", d -> d.findElements(By.cssSelector("#periodForm\\:newDeadlines .kh-sub-period"))
                .size() == 2);
        b.click("periodForm:create");
        b.waitForText("已新建考核期 " + period);

        b.click("navWorkflow");
        b.waitForHeading("考核流程管理");
        // the period chosen by its address: the test does not depend on which period the page preselects
        b.open("office/workflow.xhtml?period=" + period);
        b.waitForHeading("考核流程管理");
        // a unit without a category is refused, naming what is missing
        b.choose("wfForm:enrolUnit", east);
        b.click("wfForm:enrolSave");
        b.waitForText("考核类别：不能为空");
        for (String village : List.of(east, west, south)) {
            b.waitForOption("wfForm:enrolUnit", village);
            b.choose("wfForm:enrolUnit", village);
            b.choose("wfForm:enrolCategory", "village");
            b.click("wfForm:enrolSave");
            b.waitForText("已将单位 " + village + " 按类别 village 纳入考核期 " + period);
        }
        assertEquals(List.of("填报中", "填报中", "填报中"), states());

        // the town office evaluates the village leadership (VIL-08): its lead department is the assessor's
        b.click("navOfficeAssignments");
        b.waitForHeading("牵头部门");
        b.choose("assignmentForm:period", period);
        b.waitForOption("assignmentForm:indicator", "village|qualitative/leadership");
        b.choose("assignmentForm:indicator", "village|qualitative/leadership");
        b.choose("assignmentForm:leadUnit", department);
        b.click("assignmentForm:assign");
        b.waitForText("已将指标 qualitative/leadership（类别 village）分配给 " + department);
        b.signOut();

        // ---- the villages report and submit ----------------------------------------------------------------------
        Path evidenceDir = Files.createTempDirectory("kaohe-evidence");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        Path photo = Files.write(evidenceDir.resolve("年终考核自查表.png"), png);

        // 东村 first enters a year-end deduction of 5 (corrected to 3 after the return)
        b.signInVia("report/dashboard.xhtml", eastReporter);
        report(period, east, new Report("5", "1", "0"));
        b.screenshot("wf-report-unit-zh");
        submit(east);
        assertTrue(desk(east).getText().contains("自评已提交，本单位数据已锁定"), desk(east).getText());
        b.screenshot("wf-report-submitted-zh");
        // locked: the unit page says so, and a change is refused by the service
        b.open("report/unit.xhtml?period=" + period + "&unit=" + east);
        b.until("the lock banner", d -> d.findElement(By.id("wfLocked")).getText().contains("已提交自评"));
        saveSheet(YEAR_END, "4");
        b.waitForText("数据不能再修改");
        // the refusal names the state in words (已提交自评), not by its code
        b.waitForText("处于“已提交自评”状态");
        // another village's URL is refused, none of its data shown
        b.open("report/unit.xhtml?period=" + period + "&unit=" + west);
        b.until("refusal of another unit", d -> !d.findElements(By.id("refusal")).isEmpty());
        assertTrue(b.driver().findElements(By.id("entryForm")).isEmpty(), "no form of another unit");
        b.signOut();

        b.signInVia("report/dashboard.xhtml", westReporter);
        report(period, west, new Report("10", "10", "0"));
        submit(west);
        b.signOut();

        b.signInVia("report/dashboard.xhtml", southLeader);
        report(period, south, new Report("30", "20", "0"));
        submit(south);
        b.signOut();

        // ---- the assessor: 东村 returned once with a reason; 西村, 南村 scored -------------------------------------
        b.signInVia("assess/grid.xhtml?period=" + period, assessor);
        b.waitForHeading("评分表");
        b.until("the villages in the grid", d -> gridState(east).equals("已提交自评"));
        selectInGrid(east);
        b.click("gridForm:return");
        b.until("a reason is required", d -> d.findElement(By.id("gridForm:returnReasonMessage")).getText()
                .contains("必须填写理由"));
        assertEquals("已提交自评", gridState(east), "nothing changed without a reason");
        String reason = "年终考核表扣 5 分与考核组记录（扣 3 分）不符，请核实更正并附自查表。";
        b.fill("gridForm:returnReason", reason);
        b.click("gridForm:return");
        b.until("东村 returned", d -> gridState(east).equals("已退回"));
        b.screenshot("wf-grid-returned-zh");
        selectInGrid(west);
        b.click("gridForm:score");
        b.until("西村 scored", d -> gridState(west).equals("已评分"));
        selectInGrid(south);
        b.click("gridForm:score");
        b.until("南村 scored", d -> gridState(south).equals("已评分"));
        b.language("english");
        b.until("English grid", d -> "Scoring grid".equals(b.heading()));
        b.screenshot("wf-grid-en");
        b.language("chinese");
        b.signOut();

        // ---- 东村 reads the reason, corrects, adds evidence and submits again --------------------------------------
        b.signInVia("report/dashboard.xhtml", eastReporter);
        b.until("the return with its reason", d -> desk(east).getText().contains(reason));
        assertTrue(desk(east).getText().contains("已退回"), desk(east).getText());
        assertFalse(desk(east).findElements(By.cssSelector(".kh-wf-returned")).isEmpty(), "the return stands out");
        b.screenshot("wf-report-returned-zh");
        b.language("english");
        b.until("English dashboard", d -> desk(east).getText().contains("Returns and their reasons"));
        b.screenshot("wf-report-returned-en");
        b.language("chinese");
        b.open("report/unit.xhtml?period=" + period + "&unit=" + east);
        b.until("editable again", d -> d.findElements(By.id("wfLocked")).isEmpty());
        saveSheet(YEAR_END, "3");
        b.waitForText("已保存");
        place(YEAR_END).findElement(By.cssSelector("input[type=file]")).sendKeys(photo.toString());
        b.until("the evidence", d -> place(YEAR_END).getText().contains("年终考核自查表.png"));
        b.open("report/dashboard.xhtml");
        submit(east);
        b.signOut();

        b.signInVia("assess/grid.xhtml?period=" + period, assessor);
        b.until("东村 resubmitted", d -> gridState(east).equals("已提交自评"));
        selectInGrid(east);
        b.click("gridForm:score");
        b.until("东村 scored", d -> gridState(east).equals("已评分"));
        b.signOut();

        // ---- the office reviews, sees the history, scores the period ---------------------------------------------
        b.signInVia("office/workflow.xhtml?period=" + period, office);
        b.waitForHeading("考核流程管理");
        for (String village : List.of(east, west, south)) {
            officeRow(village).findElement(By.cssSelector("button[id$=':review']")).click();
            b.until(village + " reviewed", d -> officeState(village).equals("已审核"));
        }
        officeRow(east).findElement(By.cssSelector("button[id$=':history']")).click();
        b.until("the history dialog", d -> d.findElement(By.id("historyDialog")).isDisplayed()
                && d.findElement(By.id("historyForm:history")).getText().contains(reason));
        List<String> steps = b.driver().findElements(By.cssSelector("#historyForm .kh-wf-history-action")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("提交自评", "退回", "提交自评", "评分完成", "审核通过"), steps);
        b.screenshot("wf-office-history-zh");
        b.driver().findElement(By.cssSelector("#historyDialog .ui-dialog-titlebar-close")).click();
        b.screenshot("wf-office-reviewed-zh");

        b.open("results/runs.xhtml?period=" + period);
        b.click("runsForm:start");
        b.until("the run completed", d -> d.findElements(By.cssSelector("#runsForm\\:runs .kh-run-status")).stream()
                .anyMatch(s -> s.getText().equals("已完成")));
        b.signOut();

        // ---- leaders: one approves 东村; the other may not approve 南村, which he submitted -----------------------
        b.signInVia("leader/approval.xhtml?period=" + period, leader);
        b.waitForHeading("考核结果审定");
        b.until("three waiting", d -> d.findElement(By.id("approvalForm:waiting")).getText().equals("3"));
        b.screenshot("wf-leader-approval-zh");
        approvalRow(east).findElement(By.cssSelector("button[id$=':approve']")).click();
        b.waitForText("已审定单位 东村（" + east + "）");
        b.until("two waiting", d -> d.findElement(By.id("approvalForm:waiting")).getText().equals("2"));
        b.signOut();

        b.signInVia("leader/approval.xhtml?period=" + period, southLeader);
        b.click("approvalForm:approveAll");
        b.confirm("approvalForm:confirmYes");
        b.waitForText("已审定 1 个单位（共 2 个待审定）");
        assertTrue(b.bodyText().contains("您不能对单位 " + south + " 执行 审定：该单位的自评由您本人提交"),
                b.bodyText());
        b.screenshot("wf-leader-own-submission-zh");
        b.signOut();

        b.signInVia("leader/approval.xhtml?period=" + period, leader);
        b.click("approvalForm:approveAll");
        b.confirm("approvalForm:confirmYes");
        b.waitForText("已审定 1 个单位（共 1 个待审定）");
        b.language("english");
        b.until("English approval page", d -> "Approval of results".equals(b.heading()));
        b.screenshot("wf-leader-approval-en");
        b.language("chinese");
        b.signOut();

        // ---- publicity (TS-10): the office starts it; 东村 objects; the office answers ---------------------------
        b.signInVia("office/workflow.xhtml?period=" + period, office);
        assertEquals(List.of("已审定", "已审定", "已审定"), states());
        b.retype("wfForm:publicityDays_input", "3");
        b.click("wfForm:startPublicity");
        b.confirm("wfForm:confirmYes");
        b.waitForText("已对 3 个单位开始公示，公示 3 个工作日");
        assertEquals(List.of("公示中", "公示中", "公示中"), states());
        b.signOut();

        b.signInVia("report/dashboard.xhtml", eastReporter);
        b.until("publicity on the dashboard", d -> desk(east).getText().contains("考核结果正在公示"));
        desk(east).findElement(By.cssSelector("a[id$=':objection']")).click();
        b.until("the objection form", d -> !d.findElements(By.id("objectionForm:text")).isEmpty());
        b.choose("objectionForm:target", period + "|" + east);
        String objection = "我村“村务公开”工作获县表彰，申报的加分未计入，请复核。";
        b.fill("objectionForm:text", objection);
        b.click("objectionForm:file");
        b.confirm("objectionForm:confirmYes");
        b.waitForText("已提交（单位 东村）");
        assertTrue(b.find("objectionForm:mine").getText().contains("待答复"), b.find("objectionForm:mine").getText());
        b.screenshot("wf-objection-filed-zh");
        b.language("english");
        b.until("English objection form", d -> d.findElement(By.id("objectionHeading")).getText()
                .equals("Objections during publicity"));
        b.screenshot("wf-objection-filed-en");
        b.language("chinese");
        b.signOut();

        b.signInVia("office/workflow.xhtml?period=" + period, office);
        b.until("one objection to answer", d -> d.findElement(By.id("wfForm:openObjections")).getText()
                .endsWith(" 1"));
        b.css("#wfForm\\:objections button[id$=':answer']").click();
        b.until("the answer form", d -> d.findElement(By.id("wfForm:answerText")).isDisplayed());
        b.click("wfForm:answerSave");
        b.waitForText("必须填写理由");
        // the objection stands only if the award was claimed with evidence; it was not (VIL-19): rejected
        String reply = "经核查，该表彰未在规定时间内申报且未附佐证材料（VIL-19），不予加分，异议不成立。";
        b.driver().findElement(By.cssSelector("label[for='wfForm:upheld:1']")).click();
        b.fill("wfForm:answerText", reply);
        b.click("wfForm:answerSave");
        b.waitForText("已答复（不成立），单位 " + east + " 继续公示");
        assertTrue(b.find("wfForm:objections").getText().contains(reply), b.find("wfForm:objections").getText());
        assertEquals(List.of("公示中", "公示中", "公示中"), states());
        b.screenshot("wf-office-objection-answered-zh");
        b.language("english");
        b.until("English overview", d -> "Assessment workflow".equals(b.heading()));
        b.screenshot("wf-office-overview-en");
        b.language("chinese");

        // ---- publication: publicity has ended (3 working days, even across the longest holiday, end within 40 days)
        // and every objection is answered
        int[] timer = timer(Instant.now().plus(Duration.ofDays(40)));
        assertTrue(timer[1] >= 3, "published " + timer[1]);
        b.open("office/workflow.xhtml?period=" + period);
        assertEquals(List.of("已公布", "已公布", "已公布"), states());
        b.screenshot("wf-office-published-zh");

        // ---- the ranking: scores and grades derived from the inputs -----------------------------------------------
        // Each sheet has one item of 100 points; item score = 100 − deductions (VIL-31: never below 0).
        // Common part = 60 % year-end + 40 % usual (VIL-04); composite = 80 % common (VIL-06) + 5 % stage (VIL-07)
        // + 5 % each of the leadership evaluation (VIL-08: 12 × 好 = 100), the social survey (VIL-09/10: 40 × 满意
        // = 100) and the members' survey (VIL-11/12: 30 × 满意 = 100); no bonus or deduction (VIL-05).
        // 东村: year-end 100 − 3 = 97, usual 99 → common 0.6·97 + 0.4·99 = 97.8 → 0.8·97.8 = 78.24; + 5 (stage 100)
        //        + 5 + 5 + 5 = 98.24 → 优秀 (VIL-30: ≥ 95)
        // 西村: year-end 90, usual 90 → common 90 → 72; + 20 = 92 → 合格 (80 ≤ s < 95)
        // 南村: year-end 70, usual 80 → common 42 + 32 = 74 → 59.2; + 20 = 79.2 → 不合格 (< 80)
        b.open("results/ranking.xhtml?period=" + period);
        b.waitForHeading("排名");
        b.until("three villages ranked", d -> ranking().size() == 3);
        Map<String, String[]> ranked = ranking();
        assertRanked(ranked.get(east), "1", "98.24", "优秀");
        assertRanked(ranked.get(west), "2", "92", "合格");
        assertRanked(ranked.get(south), "3", "79.2", "不合格");
        b.screenshot("wf-ranking-published-zh");
        // the office's exports from the ranking page: the results workbook and the summary report (PDF, embedded font)
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(
                b.download("rankingForm:exportWorkbook", ".xlsx")))) {
            String cells = new XSSFExcelExtractor(workbook).getText();
            assertTrue(cells.contains(east) && cells.contains("98.24") && cells.contains("79.2"), cells);
        }
        String summary = GridExchangeIT.pdfText(Files.readAllBytes(b.download("rankingForm:exportSummary", ".pdf")));
        assertTrue(summary.contains("98.24") && summary.contains("优秀") && summary.contains("不合格"), summary);
        b.language("english");
        b.screenshot("wf-ranking-published-en");
        b.language("chinese");
        b.signOut();

        // ---- after publication 东村 opens its own result sheet from the dashboard ---------------------------------
        b.signInVia("report/dashboard.xhtml", eastReporter);
        b.until("published", d -> desk(east).getText().contains("已公布"));
        desk(east).findElement(By.cssSelector("a.kh-wf-sheet")).click();
        b.until("the result sheet", d -> d.getCurrentUrl().contains("results/sheet.xhtml"));
        assertEquals(0, new BigDecimal("98.24").compareTo(new BigDecimal(b.find("sheetForm:score").getText())));
        assertEquals("优秀", b.find("sheetForm:grade").getText());
        b.screenshot("wf-report-sheet-zh");
        // published: the unit's own result notice (成绩通知书) from its sheet, every character readable
        String notice = GridExchangeIT.pdfText(Files.readAllBytes(b.download("sheetForm:exportNotice", ".pdf")));
        assertTrue(notice.contains("98.24") && notice.contains("优秀"), notice);
        // the office's pages stay closed to a reporter
        b.open("office/workflow.xhtml");
        b.waitForHeading("无权访问");
        b.signOut();
    }

    // ---- the reporter's pages ----------------------------------------------------------------------------------------

    /** Enters the six places of a village on its unit page (one item of 100 points per sheet). */
    private void report(String period, String unit, Report r) {
        b.open("report/unit.xhtml?period=" + period + "&unit=" + unit);
        b.until("the unit page", d -> "单位填报".equals(b.heading()));
        saveSheet(YEAR_END, r.yearEndDeductions());
        awaitEntered(YEAR_END);
        saveSheet(USUAL, r.usualDeductions());
        awaitEntered(USUAL);
        saveSheet(STAGE, r.stageDeductions());
        awaitEntered(STAGE);
        saveVotes(LEADERSHIP, "好", "12");
        awaitEntered(LEADERSHIP);
        saveVotes(SOCIAL, "满意", "40");
        awaitEntered(SOCIAL);
        saveVotes(MEMBER_REP, "满意", "30");
        awaitEntered(MEMBER_REP);
        b.open("report/unit.xhtml?period=" + period + "&unit=" + unit);
        b.until("every place entered", d -> d.findElement(By.id("progress")).getText().contains("6 / 6"));
    }

    /** Submits the unit's self-assessment from the dashboard, confirming the dialog. */
    private void submit(String unit) {
        b.open("report/dashboard.xhtml");
        b.until("the submit button", d -> desk(unit).findElement(By.cssSelector("button.kh-wf-submit")).isEnabled());
        desk(unit).findElement(By.cssSelector("button.kh-wf-submit")).click();
        b.confirm("dashForm:confirmYes");
        b.until(unit + " submitted", d -> desk(unit).getText().contains("已提交自评")
                && desk(unit).findElements(By.cssSelector("button.kh-wf-submit")).isEmpty());
    }

    private WebElement desk(String unit) {
        return b.css("div.kh-wf-desk[data-unit='" + unit + "']");
    }

    private WebElement place(String path) {
        return b.css("div[data-path='" + path + "']");
    }

    private String placeText(String path) {
        try {
            return place(path).getText();
        } catch (RuntimeException updating) {
            return "";
        }
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private void saveSheet(String path, String deductions) {
        WebElement place = place(path);
        type(place.findElement(By.cssSelector("input.kh-item-name")), "考核项目1");
        type(place.findElement(By.cssSelector("input.kh-item-points")), "100");
        type(place.findElement(By.cssSelector("input.kh-item-deductions")), deductions);
        place.findElement(By.cssSelector("button.kh-save")).click();
    }

    private void saveVotes(String path, String label, String count) {
        WebElement place = place(path);
        type(place.findElement(By.cssSelector("input.kh-vote[data-label='" + label + "']")), count);
        place.findElement(By.cssSelector("button.kh-save")).click();
    }

    private void awaitEntered(String path) {
        b.until(path + " saved", d -> placeText(path).contains("已填报") && !placeText(path).contains("未填报"));
    }

    // ---- the assessor's grid -------------------------------------------------------------------------------------------

    private WebElement gridRow(String unit) {
        return b.driver().findElements(By.cssSelector("#gridForm\\:grid tbody tr")).stream()
                .filter(r -> r.getText().contains(unit)).findFirst()
                .orElseThrow(() -> new org.openqa.selenium.NoSuchElementException("no grid row " + unit));
    }

    private String gridState(String unit) {
        try {
            return gridRow(unit).findElement(By.cssSelector("span[id$=':unitState']")).getText();
        } catch (RuntimeException updating) {
            return "";
        }
    }

    private void selectInGrid(String unit) {
        // the grid may still be re-rendering after the period was chosen: find the link afresh until a click lands
        b.until("a click on " + unit, d -> {
            gridRow(unit).findElement(By.cssSelector("a.kh-grid-unit-link")).click();
            return true;
        });
        b.until("the workflow of " + unit, d -> d.findElement(By.id("gridForm:selectedUnit")).getText().equals(unit));
    }

    // ---- the office's overview and the leader's page -------------------------------------------------------------------

    private WebElement officeRow(String unit) {
        return b.driver().findElement(By.xpath("//*[@id='wfForm:units']//tr[.//span[contains(@class,'kh-wf-unit')"
                + " and contains(., '(" + unit + ")')]]"));
    }

    private String officeState(String unit) {
        return officeRow(unit).findElement(By.cssSelector("span[id$=':state']")).getText();
    }

    /** The states in the office's overview, in unit order. */
    private List<String> states() {
        return b.until("the overview's states", d -> {
            List<String> found = d.findElements(By.cssSelector("#wfForm\\:units span[id$=':state']")).stream()
                    .map(WebElement::getText).toList();
            return found.isEmpty() ? null : found;
        });
    }

    private WebElement approvalRow(String unit) {
        return b.driver().findElement(By.xpath("//*[@id='approvalForm:reviewed']//tr[.//span[contains(@class,"
                + "'kh-wf-unit') and contains(., '(" + unit + ")')]]"));
    }

    // ---- ranking ---------------------------------------------------------------------------------------------------------

    /** Unit → {rank, score, grade} of the ranking table. */
    private Map<String, String[]> ranking() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (WebElement row : b.driver().findElements(By.cssSelector("#rankingForm\\:ranking tbody tr"))) {
            List<WebElement> code = row.findElements(By.cssSelector(".kh-unit-code"));
            if (!code.isEmpty()) {
                rows.put(code.get(0).getText(), new String[] {row.findElement(By.cssSelector(".kh-rank")).getText(),
                        row.findElement(By.cssSelector(".kh-score")).getText(),
                        row.findElement(By.cssSelector(".kh-grade")).getText()});
            }
        }
        return rows;
    }

    private static void assertRanked(String[] row, String rank, String score, String grade) {
        assertEquals(rank, row[0], "rank");
        assertEquals(0, new BigDecimal(score).compareTo(new BigDecimal(row[1])), "score " + row[1] + " ≠ " + score);
        assertEquals(grade, row[2], "grade");
    }

    /** Runs the timer job at {@code at}: {reminders made, units published, units waiting for answers}. */
    private int[] timer(Instant at) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Http.withSlash(clockBase) + "clock?at=" + at)).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        String[] parts = response.body().strip().split(" ");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }
}
