package icc.platform.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven through Debian's ChromeDriver (installed by ops/setup test). */
final class Browser implements AutoCloseable {

  final WebDriver driver;
  final WebDriverWait wait;

  Browser() {
    this(null);
  }

  /**
   * A browser whose user prefers {@code language} (e.g. {@code "fr"}): Chromium then sends
   * {@code Accept-Language: fr} (its {@code intl.accept_languages} preference; {@code --lang} sets
   * its own UI language, which headless Chromium also uses for the header). Null keeps Chromium's
   * default (English).
   */
  Browser(String language) {
    ChromeOptions options = new ChromeOptions();
    if (language != null) {
      options.addArguments("--lang=" + language);
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    }
    options.setBinary("/usr/bin/chromium");
    try {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** From the start page, through the organisation's realm login page, to the home page. */
  void logIn(String organisationName, String username, String password) {
    driver.get(TestPlatform.URL + "/");
    driver.findElement(By.partialLinkText(organisationName)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
  }

  void screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
