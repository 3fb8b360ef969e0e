package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The office's management pages and the role-based navigation in headless Chromium: the office creates a category, a
 * unit under a parent, a reporter for that unit, a period with its sub-periods and an assignment; the reporter then
 * sees only their navigation and gets the 403 page for office pages; anonymous requests land on the login page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class OfficePagesIT {

    private static final String REPORTER_PASSWORD = "Reporter-pass-2026";

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

    private String page(String path) {
        return Http.withSlash(base) + path;
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

    private void waitForText(String text) {
        // a wait of its own: withMessage would stay on the shared one
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "no text \"" + text + "\" on " + browser.getCurrentUrl() + ": " + bodyText())
                .until(b -> bodyText().contains(text));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private void fill(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** Chooses a value of a PrimeFaces select (one or checkbox menu) through its widget, as a click would. */
    private void choose(String id, String value) {
        // selectValue alone fires no change event; a click on an item does, and the ajax listeners rely on it
        ((JavascriptExecutor) browser).executeScript("var w = PrimeFaces.getWidgetById(arguments[0]);"
                + " w.selectValue(arguments[1]);"
                + " if (w instanceof PrimeFaces.widget.SelectOneMenu) { w.triggerChange(); }", id, value);
    }

    /** Opens {@code path} anonymously, lands on the login page, signs in and is sent back to {@code path}. */
    private void signInVia(String path, String login, String password) {
        browser.get(page(path));
        wait.until(b -> b.getCurrentUrl().contains("login.xhtml"));
        browser.findElement(By.id("loginForm:login")).sendKeys(login);
        browser.findElement(By.id("loginForm:password")).sendKeys(password);
        browser.findElement(By.id("loginForm:signIn")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .withMessage(() -> "after sign-in at " + browser.getCurrentUrl())
                .until(b -> b.getCurrentUrl().contains(path));
    }

    private void signOut() {
        browser.findElement(By.id("userForm:signOut")).click();
        wait.until(b -> b.getCurrentUrl().contains("login.xhtml"));
    }

    private List<String> navLinks() {
        return browser.findElements(By.cssSelector("nav.kh-nav a")).stream().map(a -> a.getAttribute("href")).toList();
    }

    /** The status and body of a page request with the browser's session cookie (Selenium shows no status codes). */
    private HttpResponse<String> withSession(String path) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(page(path))).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theOfficeSetsUpAYearAndItsReporterSeesOnlyTheReporterPages() throws Exception {
        Http admin = Http.admin(base);
        String office = Fixtures.user(admin, List.of("ASSESSMENT_OFFICE"), List.of());
        // the scheme comes from the scheme feature's API; the rest is done on the office pages
        Api schemes = new Api(base);
        String scheme = Api.unique("ZD");
        schemes.importTemplate("zd", scheme, null);
        String parentCategory = Fixtures.category(admin, "县");
        String parent = Fixtures.unit(admin, parentCategory, "泗洪县");

        // anonymous: an office page sends to the login page, and back to that page after sign-in
        HttpResponse<String> anonymous = withSession("office/users.xhtml");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        signInVia("office/categories.xhtml", office, Fixtures.PASSWORD);
        assertEquals("类别档次", heading());
        List<String> officeNav = navLinks();
        for (String p : List.of("office/units.xhtml", "office/categories.xhtml", "office/users.xhtml",
                "office/periods.xhtml", "office/assignments.xhtml", "home.xhtml")) {
            assertTrue(officeNav.stream().anyMatch(h -> h.contains(p)), () -> p + " missing in " + officeNav);
        }

        // a category
        String category = Fixtures.unique("TOWN");
        fill("categoryForm:code", category);
        fill("categoryForm:name", "乡镇（一类）");
        browser.findElement(By.id("categoryForm:save")).click();
        waitForText("已新建类别 " + category);
        screenshot("office-category-created");

        // a unit under the parent, shown in the tree below it
        browser.findElement(By.id("navOfficeUnits")).click();
        wait.until(b -> "单位管理".equals(heading()));
        String unit = Fixtures.unique("T");
        fill("unitForm:code", unit);
        fill("unitForm:name", "南牛乡");
        choose("unitForm:category", category);
        choose("unitForm:parentCode", parent);
        browser.findElement(By.id("unitForm:save")).click();
        waitForText("已新建单位 " + unit);
        JsonNode created = admin.get("api/units/" + unit).json();
        assertEquals(parent, created.get("parentCode").asText());
        assertEquals(category, created.get("category").asText());
        WebElement row = browser.findElement(By.xpath("//span[@class='kh-unit-code' and text()='" + unit + "']/ancestor::tr"));
        assertTrue(row.getText().contains("泗洪县"), row.getText());
        screenshot("office-unit-tree");

        // someone else renames the unit while the office edits it: the conflict is named, nothing overwritten
        row.findElement(By.cssSelector("button")).click();
        wait.until(b -> !b.findElement(By.id("unitForm:code")).isEnabled());
        Http.Reply meanwhile = admin.put("api/units/" + unit + "?version=" + created.get("version").asLong(),
                Fixtures.unitJson(unit, "南牛镇", category, parent));
        assertEquals(200, meanwhile.status(), meanwhile.body());
        fill("unitForm:name", "南牛乡（改）");
        browser.findElement(By.id("unitForm:save")).click();
        waitForText("此记录已被他人修改");
        assertTrue(bodyText().contains("单位 " + unit + " 已被他人修改"), bodyText());
        assertEquals("南牛镇", admin.get("api/units/" + unit).json().get("name").asText());
        screenshot("office-unit-conflict");

        // a reporter for that unit
        browser.findElement(By.id("navOfficeUsers")).click();
        wait.until(b -> "用户管理".equals(heading()));
        String reporter = Fixtures.unique("rep").toLowerCase();
        fill("usersForm:login", reporter);
        fill("usersForm:displayName", "填报员 " + reporter);
        fill("usersForm:password", REPORTER_PASSWORD);
        WebElement reporterRole = browser.findElement(By.xpath("//*[@id='usersForm:roles']//label[text()='被考核单位填报人']"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).click();",
                reporterRole.getAttribute("for"));
        assertTrue(browser.findElements(By.xpath("//*[@id='usersForm:roles']//label[text()='系统管理员']")).isEmpty(),
                "the office is not offered the administrator role");
        choose("usersForm:unitCodes", unit);
        browser.findElement(By.id("usersForm:save")).click();
        waitForText("已新建用户 " + reporter);
        JsonNode user = admin.get("api/users/" + reporter).json();
        assertEquals("[\"UNIT_REPORTER\"]", user.get("roles").toString());
        assertEquals("[\"" + unit + "\"]", user.get("unitCodes").toString());
        screenshot("office-user-created");

        // a period with the sub-periods of its scheme, one with a deadline
        browser.findElement(By.id("navOfficePeriods")).click();
        wait.until(b -> "考核期".equals(heading()));
        String period = Fixtures.unique("P");
        fill("periodForm:code", period);
        fill("periodForm:name", "2026 年度目标考核");
        choose("periodForm:scheme", scheme + ":1");
        wait.until(b -> !b.findElements(By.cssSelector("#periodForm\\:newDeadlines .kh-sub-period")).isEmpty());
        List<String> subPeriods = browser.findElements(By.cssSelector("#periodForm\\:newDeadlines .kh-sub-period"))
                .stream().map(WebElement::getText).toList();
        assertTrue(subPeriods.contains("mid"), subPeriods.toString());
        WebElement deadline = browser.findElement(By.id("periodForm:newDeadlines:" + subPeriods.indexOf("mid")
                + ":deadline_input"));
        deadline.sendKeys("2026-07-10");
        deadline.sendKeys(Keys.ESCAPE);
        screenshot("office-period-form");
        browser.findElement(By.id("periodForm:create")).click();
        waitForText("已新建考核期 " + period + "，含 " + subPeriods.size() + " 个子考核期");
        assertTrue(bodyText().contains("mid 2026-07-10"), bodyText());
        JsonNode opened = admin.get("api/periods/" + period).json();
        assertEquals(subPeriods.size(), opened.get("subPeriods").size());
        screenshot("office-period-created");

        // an assignment: an indicator of the period to the new unit as lead department
        browser.findElement(By.id("navOfficeAssignments")).click();
        wait.until(b -> "牵头部门".equals(heading()));
        choose("assignmentForm:period", period);
        wait.until(b -> b.findElements(By.cssSelector("#assignmentForm\\:indicator_input option")).size() > 2);
        choose("assignmentForm:indicator", "department|public");
        choose("assignmentForm:leadUnit", unit);
        browser.findElement(By.id("assignmentForm:assign")).click();
        waitForText("已将指标 public（类别 department）分配给 " + unit);
        assertEquals(unit, admin.get("api/periods/" + period + "/assignments").json().get(0).get("leadUnitCode")
                .asText());
        screenshot("office-assignment-created");
        signOut();

        // the reporter: greeted on the home page, reporter navigation only, 403 page for the office pages
        signInVia("home.xhtml", reporter, REPORTER_PASSWORD);
        assertEquals("首页", heading());
        assertTrue(bodyText().contains("您好，填报员 " + reporter), bodyText());
        assertFalse(browser.findElements(By.id("reporterCard")).isEmpty(), "the reporter card");
        assertTrue(browser.findElements(By.id("managementCard")).isEmpty(), "no management card");
        assertTrue(browser.findElement(By.id("reporterUnits")).getText().contains(unit));
        List<String> reporterNav = navLinks();
        assertTrue(reporterNav.stream().noneMatch(h -> h.contains("/office/")), reporterNav.toString());
        screenshot("reporter-home");

        for (String officePage : List.of("office/units.xhtml", "office/users.xhtml", "office/periods.xhtml")) {
            browser.get(page(officePage));
            wait.until(b -> "无权访问".equals(heading()));
            assertTrue(bodyText().contains("您没有访问此页面或执行此操作的权限"), bodyText());
            assertFalse(bodyText().contains("Exception"), "no stack trace: " + bodyText());
            HttpResponse<String> refused = withSession(officePage);
            assertEquals(403, refused.statusCode(), officePage);
            assertTrue(refused.body().contains("无权访问"), refused.body());
        }
        screenshot("reporter-403-zh");
        browser.findElement(By.id("languageForm:english")).click();
        wait.until(b -> "Access denied".equals(heading()));
        screenshot("reporter-403-en");
        browser.get(page("no-such-page.xhtml"));
        wait.until(b -> "Page not found".equals(heading()));
        screenshot("reporter-404-en");
        signOut();

        // after sign-out, office pages send to the login page again
        browser.get(page("office/periods.xhtml"));
        wait.until(b -> b.getCurrentUrl().contains("login.xhtml"));
    }
}
