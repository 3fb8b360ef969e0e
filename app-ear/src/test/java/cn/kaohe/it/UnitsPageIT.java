package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("kaohe-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("kaohe.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("kaohe.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // PrimeFaces replaces the form on every ajax update: elements read mid-update go stale
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
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
        Path dir = Path.of(System.getProperty("kaohe.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
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

        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
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
