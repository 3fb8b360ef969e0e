package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The rectification pages in headless Chromium: the office issues a notice, the unit's reporter answers it with a
 * file, the office closes it (销号); the ledger highlights an overdue notice (HOS-18).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class RectificationPageIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private WebDriver browser;
    private WebDriverWait wait;
    private Browser session;

    @BeforeEach
    void openBrowser() throws IOException {
        session = new Browser(base);
        browser = session.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
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

    /** Signs in on the login page and opens {@code page}. */
    private void signIn(String login, String page) {
        browser.manage().deleteAllCookies();
        browser.get(Http.withSlash(base) + page);
        wait.until(b -> b.getCurrentUrl().contains("login.xhtml"));
        browser.findElement(By.id("loginForm:login")).sendKeys(login);
        browser.findElement(By.id("loginForm:password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.id("loginForm:signIn")).click();
        wait.until(b -> b.findElements(By.id("userForm:user")).size() == 1);
        browser.get(Http.withSlash(base) + page);
        wait.until(b -> b.findElements(By.tagName("h1")).size() == 1);
    }

    private void fill(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** The ledger row of a notice, found by its number. */
    private Optional<WebElement> row(String table, long id) {
        try {
            return browser.findElements(By.cssSelector("#" + table.replace(":", "\\:") + " tbody tr")).stream()
                    .filter(r -> !r.findElements(By.cssSelector(".kh-notice-id")).isEmpty()
                            && r.findElement(By.cssSelector(".kh-notice-id")).getText().equals(String.valueOf(id)))
                    .findFirst();
        } catch (StaleElementReferenceException updating) {
            return Optional.empty();
        }
    }

    private String status(String table, long id) {
        return row(table, id).map(r -> r.findElement(By.cssSelector(".kh-notice-status")).getText()).orElse("");
    }

    @Test
    void theOfficeIssuesTheUnitRespondsAndTheOfficeClosesAndOverdueNoticesStandOut() throws Exception {
        Api setup = new Api(base);
        String key = Api.unique("VIL");
        setup.importTemplate("vil", key, null);
        String period = Api.unique("0-UI");
        setup.period(period, key, 1);
        String unit = Api.unique("V");
        setup.unit(unit, "页面村", "村");
        setup.enrol(period, unit, "village");
        Http admin = Http.admin(base);
        String officeLogin = Fixtures.user(admin, List.of("ASSESSMENT_OFFICE"), List.of());
        String reporterLogin = Fixtures.user(admin, List.of("UNIT_REPORTER"), List.of(unit));
        Http office = new Http(base).as(officeLogin, Fixtures.PASSWORD);
        // an old notice, entered late: long overdue
        JsonNode overdue = office.post("api/rectification/notices", Api.object().put("periodCode", period)
                .put("unitCode", unit).put("title", "逾期未整改事项").put("problem", "道路破损未修复")
                .put("issueDate", "2026-02-02").toString()).json();
        long overdueId = overdue.get("id").asLong();

        // the office issues a notice on the ledger page
        signIn(officeLogin, "rectification/ledger.xhtml");
        assertEquals("整改台账", browser.findElement(By.tagName("h1")).getText());
        // choose the period by its value: after the other tests the menu is long, and clicking an item far down its
        // scrolled panel did not always select it (the issue then failed for want of a period)
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "var s = document.getElementById('rectForm:period_input'); s.value = arguments[0];"
                        + " s.dispatchEvent(new Event('change', {bubbles: true}));"
                        + " document.getElementById('rectForm:period_label').textContent = arguments[0];", period);
        fill("rectForm:unitCode", unit);
        fill("rectForm:title", "村务公开栏整改");
        fill("rectForm:problem", "村务公开栏内容未按季度更新。");
        fill("rectForm:responsibleLeader", "李镇长");
        browser.findElement(By.id("rectForm:issue")).click();
        wait.until(b -> bodyText().contains("已下发至单位 " + unit));
        JsonNode ledger = office.get("api/rectification/notices?period=" + period + "&status=ISSUED").json();
        long id = -1;
        for (JsonNode n : ledger.get("notices")) {
            if (n.get("title").asText().equals("村务公开栏整改")) {
                id = n.get("id").asLong();
            }
        }
        assertTrue(id > 0, ledger.toString());
        long issuedId = id;
        wait.until(b -> status("rectForm:ledger", issuedId).equals("已下发"));

        // the overdue notice is highlighted, the new one is not
        assertTrue(row("rectForm:ledger", overdueId).orElseThrow().getAttribute("class").contains("kh-overdue"));
        assertTrue(row("rectForm:ledger", overdueId).orElseThrow().getText().contains("逾期"));
        assertFalse(row("rectForm:ledger", issuedId).orElseThrow().getAttribute("class").contains("kh-overdue"));
        screenshot("rectification-ledger-issued-zh");

        // filter: overdue only
        browser.findElement(By.id("rectForm:overdueFilter_label")).click();
        wait.until(b -> b.findElement(By.id("rectForm:overdueFilter_items")).isDisplayed());
        browser.findElement(By.cssSelector("#rectForm\\:overdueFilter_items li[data-label='仅逾期']")).click();
        browser.findElement(By.id("rectForm:search")).click();
        wait.until(b -> row("rectForm:ledger", issuedId).isEmpty() && row("rectForm:ledger", overdueId).isPresent());
        screenshot("rectification-ledger-overdue-zh");

        // the unit's reporter answers with a photo
        signIn(reporterLogin, "rectification/notices.xhtml");
        assertEquals("我的整改通知", browser.findElement(By.tagName("h1")).getText());
        wait.until(b -> row("listForm:notices", issuedId).isPresent());
        row("listForm:notices", issuedId).orElseThrow().findElement(By.cssSelector("button")).click();
        wait.until(b -> !b.findElements(By.id("responseForm:text")).isEmpty());
        fill("responseForm:text", "公开栏已按季度更新并拍照存档。");
        Path photo = Files.createTempFile("kaohe-rect", ".png");
        Files.write(photo, PNG);
        browser.findElement(By.id("responseForm:file")).sendKeys(photo.toString());
        screenshot("rectification-response-zh");
        browser.findElement(By.id("responseForm:send")).click();
        wait.until(b -> bodyText().contains("的反馈已提交"));
        wait.until(b -> status("listForm:notices", issuedId).equals("已反馈"));
        screenshot("rectification-responded-zh");

        // the office verifies and closes it
        signIn(officeLogin, "rectification/ledger.xhtml");
        wait.until(b -> row("rectForm:ledger", issuedId).isPresent());
        row("rectForm:ledger", issuedId).orElseThrow().findElement(By.cssSelector("button")).click();
        wait.until(b -> bodyText().contains("公开栏已按季度更新并拍照存档。"));
        assertTrue(bodyText().contains(Path.of(photo.toString()).getFileName().toString()), "the evidence is listed");
        fill("rectForm:note", "现场核查属实。");
        screenshot("rectification-verify-zh");
        browser.findElement(By.id("rectForm:accept")).click();
        wait.until(b -> bodyText().contains("已销号"));
        wait.until(b -> status("rectForm:ledger", issuedId).equals("已销号"));
        screenshot("rectification-closed-zh");

        JsonNode closed = office.get("api/rectification/notices/" + issuedId).json();
        assertEquals("CLOSED", closed.get("status").asText());
        assertEquals(1, closed.get("evidence").size());
        assertEquals("现场核查属实。", closed.get("verificationNote").asText());
        Files.deleteIfExists(photo);
    }
}
