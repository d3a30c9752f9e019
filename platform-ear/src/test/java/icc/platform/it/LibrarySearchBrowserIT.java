package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * Journey 5 in Debian's headless Chromium: Senegal's focal point searches the library in French,
 * sees the matches highlighted, opens the Netherlands' procedure note with its French summary and
 * downloads its file with the browser's session.
 */
class LibrarySearchBrowserIT {

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1280,1000",
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
  void senegalSearchesInFrenchOpensTheDutchNoteAndDownloadsItsFile() throws Exception {
    browser.get(TestPlatform.URL + "/");
    browser.findElement(By.partialLinkText("Senegal")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    browser.findElement(By.id("username")).sendKeys("focal.sn");
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));

    browser.findElement(By.id("nav-library")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
    browser.findElement(By.id("q")).sendKeys("procédure de gel des avoirs");
    browser.findElement(By.id("search-button")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
    screenshot("library-search-sn");

    List<WebElement> titles = browser.findElements(By.cssSelector("#results .hit-title"));
    assertTrue(titles.stream().anyMatch(t -> t.getText().startsWith("Procedure note: executing ICC requests")),
        "the Dutch procedure note is found by a French search");
    assertTrue(titles.stream().anyMatch(t -> t.getText().startsWith("Ley 26.200")));
    assertTrue(!browser.findElements(By.cssSelector("#results mark")).isEmpty(), "matches are highlighted");

    titles.stream()
        .filter(t -> t.getText().startsWith("Procedure note: executing ICC requests"))
        .findFirst()
        .orElseThrow()
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry-title")));
    assertTrue(browser.getPageSource().contains("Note de procédure"), "the French summary is shown");
    screenshot("library-entry-nl");

    WebElement file = browser.findElement(By.cssSelector("#files a.download"));
    assertEquals("nl-freezing-procedure.txt", file.getText());
    // Download with the browser's own session cookie: the bytes the seed stored.
    String cookie = browser.manage().getCookieNamed("PLATFORM_SESSION").getValue();
    HttpResponse<String> download =
        TestPlatform.send(
            HttpRequest.newBuilder(URI.create(file.getAttribute("href")))
                .header("Cookie", "PLATFORM_SESSION=" + cookie)
                .GET()
                .build());
    assertEquals(200, download.statusCode());
    assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("nl-freezing-procedure.txt"));
    assertTrue(download.body().startsWith("Procedure note (demo)."), download.body());
  }

  /**
   * The same search page for a browser that prefers French (Accept-Language: fr): the page's own
   * words, the topic and type labels and the facet headings are French; English stays the
   * default for everyone else (the test above).
   */
  @Test
  void theSearchPageSpeaksFrenchToAFrenchBrowser() {
    try (Browser fr = new Browser("fr")) {
      fr.logIn("Senegal", "focal.sn", "demo");
      fr.driver.findElement(By.id("nav-library")).click();
      fr.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
      assertEquals("Rechercher", fr.driver.findElement(By.id("search-button")).getText());
      assertEquals("Bibliothèque des bonnes pratiques", fr.driver.findElement(By.tagName("h1")).getText());
      String topics = fr.driver.findElement(By.id("topic")).getText();
      assertTrue(topics.contains("Recouvrement des avoirs") && topics.contains("Tous les thèmes"), topics);
      assertTrue(fr.driver.findElement(By.id("type")).getText().contains("Accord type"));
      // Every search field has a label (hidden visually, read by screen readers).
      for (String field : List.of("q", "topic", "type", "jurisdiction", "language")) {
        assertEquals(1, fr.driver.findElements(By.cssSelector("label[for='" + field + "']")).size(), field);
      }
      fr.driver.findElement(By.id("q")).sendKeys("saisie des avoirs");
      fr.driver.findElement(By.id("search-button")).click();
      fr.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
      assertTrue(fr.driver.findElement(By.id("total")).getText().endsWith("résultat(s)"),
          fr.driver.findElement(By.id("total")).getText());
      String facets = fr.driver.findElement(By.cssSelector("aside.facets")).getText();
      assertTrue(facets.contains("Thème") && facets.contains("Juridiction") && facets.contains("Année"), facets);
      fr.screenshot("library-search-fr");
    }
  }

  private void screenshot(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
