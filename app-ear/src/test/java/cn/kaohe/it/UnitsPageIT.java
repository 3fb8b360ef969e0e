package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
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

/** The units page in headless Chromium, as a user of the assessment office would use it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class UnitsPageIT {

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

    private void fill(String field, String value) {
        WebElement input = browser.findElement(By.id("unitForm:" + field));
        input.clear();
        input.sendKeys(value);
    }

    private void submit(String code, String name, String category) {
        fill("code", code);
        fill("name", name);
        fill("category", category);
        browser.findElement(By.id("unitForm:create")).click();
    }

    private String bodyText() {
        try {
            return browser.findElement(By.tagName("body")).getText();
        } catch (StaleElementReferenceException updating) {
            return "";
        }
    }

    private long rowsWithCode(String code) {
        try {
            return browser.findElements(By.cssSelector("#unitForm\\:units .kh-unit-code")).stream()
                    .filter(cell -> cell.getText().equals(code)).count();
        } catch (StaleElementReferenceException updating) {
            return -1;
        }
    }

    private void screenshot(String name) throws IOException {
        session.screenshot(name);
    }

    /** Opens the units page anonymously, is sent to the login page, and signs in as the first administrator. */
    private void signIn() throws IOException {
        signIn(Http.ADMIN, Http.ADMIN_PASSWORD, true);
    }

    private void signIn(String login, String password, boolean tryAWrongPasswordFirst) throws IOException {
        String page = Http.withSlash(base) + "units.xhtml";
        browser.get(page);
        wait.until(b -> b.getCurrentUrl().contains("login.xhtml"));
        assertEquals("登录", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.id("userForm:user")).isEmpty(), "nobody is shown as signed in");
        screenshot("login-zh");
        if (tryAWrongPasswordFirst) {
            browser.findElement(By.id("loginForm:login")).sendKeys(login);
            browser.findElement(By.id("loginForm:password")).sendKeys("wrong password");
            browser.findElement(By.id("loginForm:signIn")).click();
            wait.until(b -> bodyText().contains("用户名或密码不正确"));
            browser.findElement(By.id("loginForm:login")).clear();
        }
        browser.findElement(By.id("loginForm:login")).sendKeys(login);
        browser.findElement(By.id("loginForm:password")).sendKeys(password);
        browser.findElement(By.id("loginForm:signIn")).click();
        wait.until(b -> b.getCurrentUrl().contains("units.xhtml"));
        assertEquals(1, browser.findElements(By.tagName("h1")).size(),
                () -> "no heading at " + browser.getCurrentUrl() + " (opened " + page + "): " + browser.getPageSource());
    }

    @Test
    void sendsAnAnonymousUserToTheLoginPageAndSignsOut() throws IOException {
        signIn();
        assertEquals("被考核单位", browser.findElement(By.tagName("h1")).getText());
        assertEquals(Http.ADMIN, browser.findElement(By.id("userForm:user")).getText());
        browser.findElement(By.id("userForm:signOut")).click();
        wait.until(b -> b.getCurrentUrl().contains("login.xhtml"));
        browser.get(Http.withSlash(base) + "units.xhtml");
        wait.until(b -> b.getCurrentUrl().contains("login.xhtml"));
    }

    @Test
    void aLeaderSeesNoUnitFormAndLosesTheSessionWhenLockedOut() throws Exception {
        Http admin = Http.admin(base);
        String login = Fixtures.user(admin, java.util.List.of("LEADER"), java.util.List.of());
        signIn(login, Fixtures.PASSWORD, false);
        assertEquals("被考核单位", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.id("unitForm:create")).isEmpty(), "a leader creates no units");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, new Http(base).as(login, "wrong-" + i).get("api/users/me").status());
        }
        browser.get(Http.withSlash(base) + "units.xhtml");
        wait.until(b -> b.getCurrentUrl().contains("login.xhtml"));
    }

    @Test
    void createsAUnitAndRefusesItsCodeTwiceInChineseThenEnglish() throws Exception {
        String category = Fixtures.category(Http.admin(base), "乡镇");
        signIn();
        assertEquals("被考核单位", browser.findElement(By.tagName("h1")).getText());

        // a code that sorts before the other tests' units ("0" before letters), so it is on the table's first page
        // of 50 whatever else the integration tests created
        String code = "0-" + UUID.randomUUID().toString().substring(0, 8);
        submit(code, "南牛乡", category);
        wait.until(b -> rowsWithCode(code) == 1);
        screenshot("units-created-zh");

        submit(code, "新城铺镇", category);
        wait.until(b -> bodyText().contains("代码 " + code + " 已被其他单位使用，请换一个代码。"));
        wait.withMessage("the refused unit must not be saved: one row with code " + code)
                .until(b -> rowsWithCode(code) == 1);
        screenshot("units-duplicate-zh");

        browser.findElement(By.id("languageForm:english")).click();
        wait.until(b -> "Assessed units".equals(b.findElement(By.tagName("h1")).getText()));
        submit(code, "Xinchengpu", category);
        wait.until(b -> bodyText().contains("code " + code + " is already used by another unit; choose another code."));
        wait.until(b -> rowsWithCode(code) == 1);
        screenshot("units-duplicate-en");
    }
}
