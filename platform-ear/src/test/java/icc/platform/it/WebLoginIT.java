package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web login as a person does it, in Debian's headless Chromium: choose the organisation, log
 * in on its realm's page, land on the home page, log out.
 */
class WebLoginIT {

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void focalPointOfTheNetherlandsLogsInSeesTheHomePageAndLogsOut() throws Exception {
    browser.get(TestPlatform.URL + "/");
    browser.findElement(By.partialLinkText("Netherlands")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertTrue(browser.getCurrentUrl().startsWith(TestPlatform.KEYCLOAK + "/realms/state-nl/"),
        "the login page is the Dutch realm's: " + browser.getCurrentUrl());
    browser.findElement(By.id("username")).sendKeys("focal.nl");
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.id("kc-login")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    screenshot("home-focal-nl");
    assertEquals("Welcome, Focal point Netherlands", browser.findElement(By.id("welcome")).getText());
    assertEquals("Netherlands (NL)", browser.findElement(By.id("organisation")).getText());
    assertEquals("focal.nl", browser.findElement(By.id("username")).getText());
    assertEquals("focal-point", browser.findElement(By.id("roles")).getText().trim());

    // Backend-for-frontend: the browser holds one HttpOnly session cookie and no token at all.
    Set<Cookie> cookies = browser.manage().getCookies();
    assertEquals(Set.of("PLATFORM_SESSION"), cookies.stream().map(Cookie::getName).collect(Collectors.toSet()));
    assertTrue(cookies.iterator().next().isHttpOnly());
    assertFalse(browser.getPageSource().contains("eyJ"), "no JWT in the page");

    browser.findElement(By.id("logout:logout-button")).click();
    wait.until(ExpectedConditions.urlToBe(TestPlatform.URL + "/"));
    assertNotNull(browser.findElement(By.partialLinkText("Netherlands")));

    // Both sessions ended: the platform's pages send us back, and the realm asks for a password again.
    browser.get(TestPlatform.URL + "/app/home.xhtml");
    wait.until(ExpectedConditions.urlToBe(TestPlatform.URL + "/"));
    browser.findElement(By.partialLinkText("Netherlands")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
  }

  @Test
  void signedInPagesSendStrangersToTheStartPage() {
    browser.get(TestPlatform.URL + "/app/home.xhtml");

    wait.until(ExpectedConditions.urlToBe(TestPlatform.URL + "/"));
    assertTrue(browser.getPageSource().contains("Choose the organisation you work for"));
  }

  private void screenshot(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(dir.resolve(name + ".png"), png);
  }
}
