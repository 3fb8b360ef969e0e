package cn.kaohe.it;

import static cn.kaohe.it.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The results pages in headless Chromium (issue 5, items 5, 6, 7, 10): the office starts a period's run from the
 * page and watches its progress to completion, the ranking shows the scores and grades the run stored (read through
 * the REST API, never hard-coded), a result sheet, the what-if page and the leader dashboard's charts; a unit
 * reporter sees only their own sheet once approved and is refused the ranking before publicity.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class ResultsPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private Browser session;

    @BeforeEach
    void openBrowser() throws IOException {
        session = new Browser(base);
        browser = (ChromeDriver) session.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60)); // a whole-period scoring run is waited for
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    private void screenshot(String name) throws IOException {
        session.screenshot(name);
    }

    private String bodyText() {
        try {
            return browser.findElement(By.tagName("body")).getText();
        } catch (StaleElementReferenceException updating) {
            return "";
        }
    }

    private String text(String id) {
        try {
            List<WebElement> found = browser.findElements(By.id(id));
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (StaleElementReferenceException updating) {
            return "";
        }
    }

    private void signIn(String login) {
        browser.manage().deleteAllCookies();
        browser.get(Http.withSlash(base) + "units.xhtml");
        wait.until(b -> b.getCurrentUrl().contains("login.xhtml"));
        browser.findElement(By.id("loginForm:login")).sendKeys(login);
        browser.findElement(By.id("loginForm:password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.id("loginForm:signIn")).click();
        wait.until(b -> b.getCurrentUrl().contains("units.xhtml"));
    }

    private void open(String page) {
        browser.get(Http.withSlash(base) + page);
        wait.until(b -> !b.findElements(By.tagName("h1")).isEmpty());
    }

    /** The ranking table's row of a unit: rank, code, name, score, grade, … as displayed. */
    private List<String> row(String unit) {
        for (WebElement tr : browser.findElements(By.cssSelector("#rankingForm\\:ranking tbody tr"))) {
            List<String> cells = tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            if (cells.size() > 1 && cells.get(1).equals(unit)) {
                return cells;
            }
        }
        return List.of();
    }

    @Test
    void startsARunWatchesItAndReadsRankingSheetWhatIfAndDashboard() throws Exception {
        Http admin = Http.admin(base);
        ResultsScenario s = ResultsScenario.prepare(new Api(base), 5);
        String office = Fixtures.user(admin, List.of("ASSESSMENT_OFFICE", "LEADER"), List.of());
        signIn(office);

        // the office starts the period's run from the page; the poll shows progress until it is completed
        open("results/runs.xhtml?period=" + s.period);
        assertEquals("考核计算", browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.id("runsForm:start")).click();
        wait.until(b -> !b.findElements(By.cssSelector("#runsForm\\:runs .kh-run-status")).isEmpty());
        screenshot("results-run-progress");
        wait.until(b -> b.findElements(By.cssSelector("#runsForm\\:runs .kh-run-status")).stream()
                .anyMatch(e -> "COMPLETED".equals(e.getAttribute("title"))));
        assertTrue(bodyText().contains("6 / 6"), bodyText());
        long run = Long.parseLong(browser.findElement(By.cssSelector("#runsForm\\:runs .kh-run-id")).getText());
        // leaving the page and coming back: the run's state is on the server
        open("units.xhtml");
        open("results/runs.xhtml?period=" + s.period);
        wait.until(b -> b.findElements(By.cssSelector("#runsForm\\:runs .kh-run-status")).stream()
                .anyMatch(e -> "已完成".equals(e.getText())));
        screenshot("results-run-completed");

        // expected values: the run's stored results, read through the REST API
        Map<String, JsonNode> stored = new LinkedHashMap<>();
        expect(200, s.api.get("runs/" + run + "/results")).forEach(r -> stored.put(r.get("unitCode").asText(), r));
        assertEquals(6, stored.size());

        open("results/ranking.xhtml?run=" + run + "&tier=village");
        assertEquals("排名", browser.findElement(By.tagName("h1")).getText());
        for (String v : s.villages.subList(0, 4)) {
            List<String> cells = row(v);
            assertFalse(cells.isEmpty(), () -> v + " not in the ranking: " + bodyText());
            assertEquals(stored.get(v).get("rank").asText(), cells.get(0).replace("（并列）", "").trim(), cells.toString());
            assertEquals(stored.get(v).get("finalScore").asText(), cells.get(3), cells.toString());
            assertEquals(stored.get(v).get("grade").asText(), cells.get(4), cells.toString());
        }
        assertTrue(row(s.villages.get(4)).get(5).contains("一票否决"), row(s.villages.get(4)).toString());
        assertEquals("5", text("rankingForm:statN"));
        screenshot("results-ranking-zh");

        // the sheet of a village, from its link in the ranking
        String unit = s.villages.get(1);
        browser.findElements(By.cssSelector("#rankingForm\\:ranking tbody tr")).stream()
                .filter(tr -> tr.getText().contains(unit)).findFirst().orElseThrow()
                .findElement(By.cssSelector(".kh-sheet-link")).click();
        wait.until(b -> b.getCurrentUrl().contains("sheet.xhtml"));
        wait.until(b -> stored.get(unit).get("finalScore").asText().equals(text("sheetForm:score")));
        assertEquals(stored.get(unit).get("grade").asText(), text("sheetForm:grade"));
        assertFalse(browser.findElements(By.cssSelector("#sheetForm\\:indicators tbody tr")).isEmpty());
        assertTrue(bodyText().contains("逐项计分说明"), bodyText());
        screenshot("results-sheet-zh");

        // what-if for the best grade: the page shows scoring-core's answer (compared with the API's)
        JsonNode tiers = expect(200, s.api.get("results/" + run + "/tiers"));
        String top = tiers.get(0).get("grades").get(0).get("grade").asText();
        String below = s.villages.stream().limit(4).filter(v -> !stored.get(v).get("grade").asText().equals(top))
                .findFirst().orElseThrow(() -> new AssertionError("no village below " + top + ": " + stored));
        open("results/whatif.xhtml?run=" + run + "&unit=" + below + "&grade="
                + URLEncoder.encode(top, StandardCharsets.UTF_8));
        assertEquals(stored.get(below).get("finalScore").asText(), text("whatifForm:currentScore"));
        browser.findElement(By.id("whatifForm:compute")).click();
        JsonNode answer = expect(200, s.api.get("results/" + run + "/whatif/" + below + "?grade="
                + URLEncoder.encode(top, StandardCharsets.UTF_8)));
        wait.until(b -> answer.get("pointsNeeded").asText().equals(text("whatifForm:pointsNeeded")));
        screenshot("results-whatif-zh");

        // the dashboard: four charts drawn by Chart.js, and the tier statistics
        open("leader/dashboard.xhtml?run=" + run + "&tier=village&unit=" + below);
        assertEquals("领导看板", browser.findElement(By.tagName("h1")).getText());
        for (String chart : List.of("gradeChart", "rankingChart", "componentsChart", "trendChart")) {
            wait.until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b).executeScript(
                    "var c = document.querySelector('[id=\"dashboardForm:" + chart + "\"] canvas');"
                            + "return c != null && c.width > 0 && c.height > 0"
                            + " && (typeof Chart === 'undefined' || Chart.getChart(c) != null);")));
        }
        assertTrue(bodyText().contains("本档统计"), bodyText());
        screenshot("results-dashboard-zh");

        // a unit reporter, once their unit is approved (审定): their own sheet only; the ranking is refused until every
        // unit is in publicity
        String own = s.villages.get(0);
        s.approve(base, own);
        String reporter = Fixtures.user(admin, List.of("UNIT_REPORTER"), List.of(own));
        signIn(reporter);
        assertTrue(browser.findElements(By.id("navRanking")).isEmpty(), "no ranking link for a reporter");
        open("results/sheet.xhtml");
        wait.until(b -> stored.get(own).get("finalScore").asText().equals(text("sheetForm:score")));
        screenshot("results-reporter-sheet-zh");
        open("results/ranking.xhtml?run=" + run);
        wait.until(b -> bodyText().contains("成绩公示前，您无权查看计算 " + run + " 的排名。"));
        assertTrue(browser.findElements(By.cssSelector("#rankingForm\\:ranking tbody tr")).isEmpty());
        screenshot("results-reporter-ranking-refused-zh");
        open("results/sheet.xhtml?run=" + run + "&unit=" + unit);
        wait.until(b -> bodyText().contains("您无权查看或填报单位 " + unit + " 的数据。"));
        assertEquals("", text("sheetForm:score"));
    }
}
