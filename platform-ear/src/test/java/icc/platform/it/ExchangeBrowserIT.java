package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main flow in headless Chromium: the Dutch focal point opens a thread with France and
 * uploads a file with the progress bar; the French focal point opens the thread and downloads it.
 */
class ExchangeBrowserIT {

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void netherlandsSharesAFileWithFranceThroughThePages() throws Exception {
    logIn("Netherlands", "focal.nl");
    browser.findElement(By.id("nav-threads")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-thread"))).click();
    String subject = "Browser test " + System.nanoTime();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thread:subject"))).sendKeys(subject);
    for (WebElement box : browser.findElements(By.cssSelector("input[name='thread:participants']"))) {
      if ("FR".equals(box.getAttribute("value"))) {
        box.click();
      }
    }
    browser.findElement(By.id("thread:message")).sendKeys("Here is the statement.");
    browser.findElement(By.id("thread:open")).click();
    wait.until(ExpectedConditions.textToBe(By.id("subject"), subject));
    String threadUrl = browser.getCurrentUrl();

    byte[] content = ExchangeClient.content(2 * 1024 * 1024, 21);
    Path file = Files.createTempDirectory("upload").resolve("statement.pdf");
    Files.write(file, content);
    browser.findElement(By.id("upload-file")).sendKeys(file.toString());
    browser.findElement(By.id("upload-start")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("statement.pdf")));
    screenshot("exchange-thread-nl");
    browser.findElement(By.id("logout:logout-button")).click();
    wait.until(ExpectedConditions.urlToBe(TestPlatform.URL + "/"));

    logIn("France", "focal.fr");
    browser.get(threadUrl);
    WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("statement.pdf")));
    assertTrue(browser.findElement(By.id("messages-list")).getText().contains("Here is the statement."));
    // Download with the browser's own session cookie (headless Chromium's download folder is not ours to read).
    String cookie = browser.manage().getCookieNamed("PLATFORM_SESSION").getValue();
    HttpResponse<byte[]> download = TestPlatform.HTTP.send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
        .header("Cookie", "PLATFORM_SESSION=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, download.statusCode());
    assertEquals(ExchangeClient.sha256(content), ExchangeClient.sha256(download.body()));
    browser.get(TestPlatform.URL + "/app/threads/index.xhtml");
    assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("threads"))).getText().contains(subject));
    screenshot("exchange-inbox-fr");
  }

  private void logIn(String organisation, String user) {
    browser.get(TestPlatform.URL + "/");
    browser.findElement(By.partialLinkText(organisation)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
  }

  private void screenshot(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
