package cn.kaohe.it;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a page test (the setup every page IT repeated): started with the options this machine
 * needs (STACK.md), a fresh profile, Chinese as the browser language; waits on concrete conditions with a message
 * that shows the page, chooses PrimeFaces select values through their hidden {@code _input} select and a change event,
 * signs in through the login page and saves screenshots to {@code ${kaohe.screenshots}}. Close it after the test.
 */
final class Browser implements AutoCloseable {

    private final URL base;
    private final Path profile;
    private final ChromeDriver driver;

    Browser(URL base) throws IOException {
        this.base = base;
        profile = Files.createTempDirectory("kaohe-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("kaohe.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("kaohe.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    String url(String path) {
        return Http.withSlash(base) + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    /** Waits (30 s) until {@code condition} holds; the failure names {@code what} and shows the page's text. */
    <T> T until(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .withMessage(() -> what + " — at " + driver.getCurrentUrl() + ": " + bodyText())
                .until(condition);
    }

    void waitForText(String text) {
        until("text \"" + text + "\"", b -> bodyText().contains(text));
    }

    String bodyText() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (StaleElementReferenceException | NoSuchElementException updating) {
            return "";
        }
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    void waitForHeading(String heading) {
        until("heading " + heading, b -> heading.equals(heading()));
    }

    WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    WebElement css(String selector) {
        return driver.findElement(By.cssSelector(selector));
    }

    void click(String id) {
        until("clickable " + id, b -> b.findElement(By.id(id)).isDisplayed() && b.findElement(By.id(id)).isEnabled());
        find(id).click();
    }

    void fill(String id, String value) {
        WebElement input = find(id);
        input.clear();
        input.sendKeys(value);
    }

    /** Replaces the whole content of a formatted input (p:inputNumber) as a user does: select all, type. */
    void retype(String id, String value) {
        WebElement input = find(id);
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
        input.sendKeys(value);
    }

    /**
     * Chooses {@code value} of the p:selectOneMenu {@code id}: sets its hidden {@code _input} select and fires change
     * (what a click on an item does, without scrolling a long menu), and shows the value in its label.
     */
    void choose(String id, String value) {
        Object found = ((JavascriptExecutor) driver).executeScript(
                "var s = document.getElementById(arguments[0] + '_input');"
                        + " if (!s || !Array.from(s.options).some(o => o.value === arguments[1])) { return false; }"
                        + " s.value = arguments[1];"
                        + " s.dispatchEvent(new Event('change', {bubbles: true}));"
                        + " var l = document.getElementById(arguments[0] + '_label');"
                        + " if (l) { l.textContent = s.options[s.selectedIndex].text; }"
                        + " return true;", id, value);
        if (!Boolean.TRUE.equals(found)) {
            throw new AssertionError("no option " + value + " in " + id + " at " + driver.getCurrentUrl());
        }
    }

    /** Waits until the select {@code id} offers {@code value} (filled by an ajax update). */
    void waitForOption(String id, String value) {
        until("option " + value + " of " + id, b -> !b.findElements(By.cssSelector(
                "select[id='" + id + "_input'] option[value='" + value + "']")).isEmpty());
    }

    /** Clicks the yes button of the page's global p:confirmDialog once it shows. */
    void confirm(String yesButtonId) {
        until("confirmation dialog", b -> b.findElement(By.id(yesButtonId)).isDisplayed());
        find(yesButtonId).click();
    }

    /** Opens {@code path} anonymously, lands on the login page, signs in and is sent back to {@code path}. */
    void signInVia(String path, String login) {
        open(path);
        until("the login page", b -> b.getCurrentUrl().contains("login.xhtml"));
        find("loginForm:login").sendKeys(login);
        find("loginForm:password").sendKeys(Fixtures.PASSWORD);
        find("loginForm:signIn").click();
        String page = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        until("back on " + page + " after signing in as " + login, b -> b.getCurrentUrl().contains(page));
    }

    void signOut() {
        click("userForm:signOut");
        until("signed out", b -> b.getCurrentUrl().contains("login.xhtml"));
    }

    /** Switches the page language with the header's link ({@code english} or {@code chinese}). */
    void language(String link) {
        click("languageForm:" + link);
        String other = "english".equals(link) ? "languageForm:chinese" : "languageForm:english";
        until("language " + link, b -> !b.findElements(By.id(other)).isEmpty());
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("kaohe.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Clicks the download button {@code id} (a p:fileDownload) and returns the file the browser saved, once it is
     * complete (30 s at most); the name must end with {@code suffix}.
     */
    Path download(String id, String suffix) throws IOException {
        Path dir = Files.createTempDirectory(profile, "downloads");
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", dir.toString()));
        click(id);
        Path[] saved = new Path[1];
        until("a downloaded " + suffix + " from " + id, d -> {
            try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                saved[0] = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return false;
            }
            return saved[0] != null;
        });
        return saved[0];
    }

    @Override
    public void close() {
        driver.quit();
    }
}
