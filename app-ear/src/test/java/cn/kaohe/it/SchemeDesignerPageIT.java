package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * The scheme designer in headless Chromium, as the assessment office uses it: the VIL template opened, an indicator
 * added, scoring-core's "points not adding up" shown on the group, fixed, saved as a new version and compared with
 * the first; a broken scheme file imported, its problems listed and nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class SchemeDesignerPageIT {

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

    private String bodyText() {
        try {
            return browser.findElement(By.tagName("body")).getText();
        } catch (StaleElementReferenceException updating) {
            return "";
        }
    }

    private void screenshot(String name) throws IOException {
        session.screenshot(name);
    }

    /** Signs in as a new user of the assessment office and opens the schemes page. */
    private void signInAsOffice() throws Exception {
        String login = Fixtures.user(Http.admin(base), List.of("ASSESSMENT_OFFICE"), List.of());
        browser.get(Http.withSlash(base) + "office/schemes.xhtml");
        wait.until(b -> b.getCurrentUrl().contains("login.xhtml"));
        browser.findElement(By.id("loginForm:login")).sendKeys(login);
        browser.findElement(By.id("loginForm:password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.id("loginForm:signIn")).click();
        wait.until(b -> !b.getCurrentUrl().contains("login.xhtml"));
        browser.get(Http.withSlash(base) + "office/schemes.xhtml");
        wait.until(b -> "考核方案".equals(b.findElement(By.tagName("h1")).getText()));
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** Types into a designer field and leaves it with Tab: the change is applied and revalidated by ajax. */
    private void edit(String field, String value) {
        WebElement input = browser.findElement(By.id("designerForm:" + field));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    private String selected() {
        try {
            return browser.findElement(By.cssSelector("#designerForm\\:nodeForm h3 code")).getText();
        } catch (StaleElementReferenceException updating) {
            return "";
        }
    }

    /** Selects an indicator by its path with the keyboard: focus its link, press Enter. */
    private void pick(String path) {
        browser.findElement(By.cssSelector(".kh-pick[title='" + path + "']")).sendKeys(Keys.ENTER);
        wait.until(b -> path.equals(selected()));
    }

    @Test
    void addsAnIndicatorSeesThePointsNotAddingUpFixesItSavesAndComparesTheVersions() throws Exception {
        signInAsOffice();
        String key = Fixtures.unique("VIL");
        type("templateForm:key", key);
        type("templateForm:name", "村（社区）目标管理考核 2026");
        browser.findElement(By.id("templateForm:createFromTemplate")).click();
        wait.until(b -> b.getCurrentUrl().contains("scheme-designer.xhtml"));
        wait.until(b -> "方案设计器".equals(b.findElement(By.tagName("h1")).getText()));
        assertEquals("没有问题：评分引擎接受此方案。", browser.findElement(By.id("designerForm:valid")).getText());

        // VIL-08..12: 定性考核 declares 15 points (three surveys of 100 × 0.05); a fourth indicator of 5 breaks it
        pick("village/qualitative");
        browser.findElement(By.id("designerForm:addChild")).click();
        wait.until(b -> "village/qualitative/new_4".equals(selected()));
        edit("nodeName", "镇领导评估");
        wait.until(b -> bodyText().contains("镇领导评估"));
        edit("nodeMethodPoints", "5");
        String problem = "各部分合计 20，与规定的 15 不一致。";
        wait.until(b -> bodyText().contains(problem));
        List<String> onRows = browser.findElements(By.cssSelector(".kh-row-problem")).stream()
                .map(WebElement::getText).toList();
        assertEquals(1, onRows.size(), onRows.toString());
        assertTrue(onRows.get(0).contains(problem), onRows.toString());
        assertTrue(browser.findElement(By.id("designerForm:problemTable")).getText().contains("village/qualitative"));
        screenshot("designer-points-not-adding-up-zh");

        // saving an invalid scheme is refused
        browser.findElement(By.id("designerForm:save")).click();
        wait.until(b -> bodyText().contains("方案有 1 个问题，请先修改再保存。"));

        // fix: the group now declares 20 points
        pick("village/qualitative");
        edit("nodePoints", "20");
        wait.until(b -> !b.findElements(By.id("designerForm:valid")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector(".kh-row-problem")).isEmpty());
        screenshot("designer-fixed-zh");

        browser.findElement(By.id("designerForm:save")).click();
        wait.until(b -> bodyText().contains("已保存为 " + key + " 第 2 版。"));
        screenshot("designer-saved-zh");
        JsonNode versions = new Api(base).get("schemes/" + key + "/versions").json();
        assertEquals(2, versions.size(), versions.toString());

        browser.findElement(By.id("designerForm:diffLink")).click();
        wait.until(b -> b.getCurrentUrl().contains("scheme-diff.xhtml"));
        wait.until(b -> !b.findElements(By.id("diffForm:changes")).isEmpty());
        List<String> rows = browser.findElements(By.cssSelector("#diffForm\\:changes tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("新增") && r.contains("village/qualitative/new_4")
                && r.contains("镇领导评估")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("修改") && r.contains("village/qualitative")
                && r.contains("points") && r.contains("15") && r.contains("20")), rows.toString());
        assertEquals(1, browser.findElements(By.cssSelector("#diffForm\\:changes tr.kh-diff-added")).size());
        screenshot("scheme-diff-zh");
    }

    @Test
    void aBrokenSchemeFileIsListedProblemByProblemAndNothingIsStored() throws Exception {
        ObjectNode vil;
        try (InputStream in = getClass().getResourceAsStream("/cn/kaohe/scoring/schemes/vil.json")) {
            vil = in == null ? null : (ObjectNode) Http.JSON.readTree(in);
        }
        if (vil == null) {
            vil = (ObjectNode) new Api(base).get("schemes/" + new Api(base).importTemplate("vil",
                    Fixtures.unique("SRC"), null).get("key").asText() + "/versions/1").json().get("scheme");
        }
        // three mistakes scoring-core's validator finds together (an unknown field would stop it at reading)
        ((ObjectNode) vil.get("grades").get("bands").get(1)).put("max", "90"); // 合格 [80, 90) leaves a gap to 95
        ArrayNode children = (ArrayNode) vil.get("categories").get(0).get("root").get("children");
        ((ObjectNode) children.get(1)).put("points", "16");                    // 定性考核 says 16, adds up to 15
        ((ObjectNode) children.get(1).get("children").get(0)).put("weight", "-0.05"); // a negative weight
        Path file = Files.createTempFile("broken-vil", ".json");
        Files.writeString(file, vil.toString());

        signInAsOffice();
        String key = Fixtures.unique("BROKEN");
        browser.findElement(By.id("importForm:file")).sendKeys(file.toString());
        type("importForm:importKey", key);
        type("importForm:importName", "有错误的方案");
        browser.findElement(By.id("importForm:importFile")).click();
        wait.until(b -> bodyText().contains("个问题，未导入，未保存任何内容。"));
        List<String> problems = browser.findElements(By.cssSelector("#importForm\\:importProblems tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertTrue(problems.size() >= 3, problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("grades")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("village/qualitative/leadership")
                && p.contains("-0.05")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("village/qualitative") && p.contains("16")),
                problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.contains(file.getFileName().toString())),
                "every problem names the file: " + problems);
        screenshot("scheme-import-broken-zh");

        assertEquals(0, new Api(base).get("schemes/" + key + "/versions").json().size(), "nothing is stored");
        assertFalse(bodyText().contains(key), "the refused key is not listed");
    }
}
