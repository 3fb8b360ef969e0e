package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The assessor's scoring grid in headless Chromium (XJ-13, ZD-43): a value entered inline updates the explanation
 * panel; an Excel upload with two bad rows shows both errors and saves nothing; a good one saves every value.
 * Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class GridPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private WebDriver browser;
    private WebDriverWait wait;
    private Browser session;
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        session = new Browser(base);
        browser = session.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        profile = Files.createTempDirectory("kaohe-grid");
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    private String text(String css) {
        try {
            return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText)
                    .reduce("", (a, b) -> a + "\n" + b);
        } catch (StaleElementReferenceException updating) {
            return "";
        }
    }

    private void screenshot(String name) throws IOException {
        session.screenshot(name);
    }

    /** The grid cell (td) of a unit's row, by column position (0 = q1). */
    private WebElement cell(String unitCode, int column) {
        for (WebElement row : browser.findElements(By.cssSelector("#gridForm\\:grid tbody tr"))) {
            if (row.getText().contains(unitCode)) {
                return row.findElements(By.cssSelector("td.kh-grid-cell")).get(column);
            }
        }
        throw new AssertionError("no grid row for " + unitCode + ": " + text("#gridForm\\:grid"));
    }

    private void upload(byte[] workbook, String name) throws IOException {
        Path file = Files.createTempFile(profile, name, ".xlsx");
        Files.write(file, workbook);
        browser.findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("uploadForm:upload")).click();
    }

    @Test
    void anAssessorEntersAValueSeesTheExplanationAndUploadsWorkbooks() throws Exception {
        GridExchangeIT.Setup s = GridExchangeIT.setup(base);
        String page = Http.withSlash(base) + "assess/grid.xhtml?period=" + s.period();
        browser.get(page);
        wait.until(b -> b.getCurrentUrl().contains("login.xhtml"));
        browser.findElement(By.id("loginForm:login")).sendKeys(s.assessor().login());
        browser.findElement(By.id("loginForm:password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.id("loginForm:signIn")).click();
        // signing in lands on the units page; then open the grid of the period
        wait.until(b -> !b.getCurrentUrl().contains("login.xhtml"));
        browser.get(page);
        wait.until(b -> b.findElements(By.id("navGrid")).size() == 1);
        wait.until(b -> "评分表".equals(b.findElement(By.tagName("h1")).getText()));
        assertTrue(text("#gridForm\\:grid thead").contains("公众评估"), text("#gridForm\\:grid thead"));
        screenshot("grid-zh");

        // inline entry: click the cell, type, Enter saves; the explanation of the unit shows the scored line
        cell(s.education(), 0).click();
        WebElement input = wait.until(b -> {
            WebElement in = cell(s.education(), 0).findElement(By.cssSelector("input.kh-grid-input"));
            return in.isDisplayed() ? in : null;
        });
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "28", Keys.ENTER);
        try {
            wait.withMessage("the explanation panel shows the entered quarter")
                    .until(b -> text("#gridForm\\:explanation").contains("public[q1]/score")
                            && text("#gridForm\\:explanation .kh-line-value").contains("28"));
        } catch (org.openqa.selenium.TimeoutException failed) {
            screenshot("grid-cell-failed");
            throw failed;
        }
        assertTrue(text("#gridForm\\:explanation").contains("教育局"), text("#gridForm\\:explanation"));
        assertTrue(text("#gridForm\\:messages").contains("已保存 28"), text("#gridForm\\:messages"));
        screenshot("grid-cell-explained-zh");

        // a value out of the scheme's range is refused in the cell, with scoring-core's reason
        cell(s.health(), 1).click();
        WebElement other = wait.until(b -> {
            WebElement in = cell(s.health(), 1).findElement(By.cssSelector("input.kh-grid-input"));
            return in.isDisplayed() ? in : null;
        });
        other.sendKeys(Keys.chord(Keys.CONTROL, "a"), "45", Keys.ENTER);
        wait.withMessage("the refused cell shows its message")
                .until(b -> !text("#gridForm\\:grid .kh-cell-error").isBlank());
        screenshot("grid-cell-refused-zh");

        // Excel: two bad rows, both reported with row and column, nothing saved
        byte[] template = GridExchangeIT.template(s);
        Map<String, Map<String, Object>> values = new HashMap<>();
        values.put(s.education(), GridExchangeIT.quarters(28, "很好", 27, 29));
        values.put(s.health(), GridExchangeIT.quarters(25, 26, 45, 24));
        upload(GridExchangeIT.fill(template, values), "bad");
        wait.withMessage("both errors of the upload are listed")
                .until(b -> b.findElements(By.cssSelector(".kh-upload-error")).size() == 2);
        String errors = text(".kh-upload-error");
        assertTrue(errors.contains("第 " + GridExchangeIT.rowOf(template, s.education()) + " 行第 D 列"), errors);
        assertTrue(errors.contains("第 " + GridExchangeIT.rowOf(template, s.health()) + " 行第 E 列"), errors);
        assertTrue(text("#gridForm\\:messages").contains("2 处错误，未保存任何数据"), text("#gridForm\\:messages"));
        assertEquals(1, s.office().get("periods/" + s.period() + "/entries").json().findValues("path").stream()
                .filter(p -> p.asText().startsWith("public")).count(), "only the value entered inline is stored");
        screenshot("grid-upload-refused-zh");

        values.put(s.education(), GridExchangeIT.quarters(28, 27, 27, 29));
        values.put(s.health(), GridExchangeIT.quarters(25, 26, 24, 30));
        upload(GridExchangeIT.fill(template, values), "good");
        wait.withMessage("the good upload is saved")
                .until(b -> text("#gridForm\\:messages").contains("已保存 8 个数值"));
        assertTrue(browser.findElements(By.cssSelector(".kh-upload-error")).isEmpty());
        assertEquals("30", cell(s.health(), 3).findElement(By.cssSelector(".kh-grid-value")).getText());
        assertEquals(8, s.office().get("periods/" + s.period() + "/entries").json().findValues("path").stream()
                .filter(p -> p.asText().startsWith("public")).count());
        screenshot("grid-upload-saved-zh");
        List.of(profile).forEach(p -> p.toFile().deleteOnExit());
    }
}
