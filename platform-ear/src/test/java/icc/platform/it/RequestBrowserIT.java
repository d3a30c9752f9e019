package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 7 in headless Chromium: the OTP's investigator drafts a tracing request to the
 * Netherlands, sees what is missing (live check), completes and submits it; the Dutch focal point
 * acknowledges it and reports the account frozen.
 */
class RequestBrowserIT {

  private Browser session;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    session = new Browser();
    browser = session.driver;
    // The live completeness check makes a round trip per field: allow more than Browser's 20 s.
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    // A form post re-renders the page: an element found just before may be gone when its
    // attribute is read (seen once in CI at the asset report); the next poll finds the new one.
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void closeBrowser() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void investigatorDraftsAndSubmitsTheNetherlandsFreezesTheAccount() {
    logIn("Court", "otp.investigator");
    browser.findElement(By.id("nav-requests")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-request"))).click();
    String title = "Browser tracing request " + System.nanoTime();
    type(By.id("draft:title"), title);
    for (WebElement box : browser.findElements(By.cssSelector("input[name='draft:requested']"))) {
      if ("NL".equals(box.getAttribute("value"))) {
        box.click();
      }
    }
    type(By.id("draft:situationRef"), "ICC-01/04");
    type(By.id("draft:deadline"), RequestApi.today().plusDays(45).toString());
    type(By.id("draft:purpose"), "Trace the accounts of the suspect");
    type(By.id("draft:facts"), "Funds moved through Amsterdam in 2020");

    browser.findElement(By.id("draft:add-subject")).click();
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$=':0:sname']")));
    type(name, "Jean Exemple");
    type(browser.findElement(By.cssSelector("[id$=':0:sbirth']")), "1970-05-01");
    browser.findElement(By.id("draft:add-asset")).click();
    WebElement iban = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$=':0:aiban']")));
    type(iban, "NL92ABNA0417164300");
    // The live check names what is missing: the legal basis, and the mistyped IBAN.
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft:findings"), "assets[0].iban"));
    String missing = browser.findElement(By.id("draft:findings")).getText();
    assertTrue(missing.contains("legalBasis"), missing);
    screenshot("request-draft-incomplete");

    type(browser.findElement(By.cssSelector("[id$=':0:aiban']")), "NL91ABNA0417164300");
    type(By.id("draft:legalBasis"), "93(1)(k)");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complete")));
    browser.findElement(By.id("draft:submit")).click();
    wait.until(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "SUBMITTED"));
    assertEquals(title, browser.findElement(By.id("request-title")).getText());
    String requestUrl = browser.getCurrentUrl();
    browser.findElement(By.id("logout:logout-button")).click();
    wait.until(ExpectedConditions.urlToBe(TestPlatform.URL + "/"));

    logIn("Netherlands", "focal.nl");
    browser.findElement(By.id("nav-requests")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(title))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input.action-ACKNOWLEDGE"))).click();
    wait.until(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "ACKNOWLEDGED"));
    WebElement asset = browser.findElement(By.id("asset-0"));
    new Select(asset.findElement(By.cssSelector("select.report-status"))).selectByValue("FROZEN");
    asset.findElement(By.cssSelector("input.report-date")).sendKeys(RequestApi.today().toString());
    asset.findElement(By.cssSelector("input.report-value")).sendKeys("120000");
    asset.findElement(By.cssSelector("input.report-currency")).sendKeys("EUR");
    asset.findElement(By.cssSelector("input.report-authority")).sendKeys("Public Prosecution Service");
    asset.findElement(By.cssSelector("input.report-text")).sendKeys("Frozen by order of the examining judge");
    asset.findElement(By.cssSelector("input.report-send")).click();
    wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#asset-0 .asset-status"), "data-status", "FROZEN"));
    assertEquals(requestUrl.substring(requestUrl.indexOf("id=")), browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("id=")));
    screenshot("request-asset-frozen-nl");
  }

  private void type(By by, String text) {
    type(wait.until(ExpectedConditions.visibilityOfElementLocated(by)), text);
  }

  /** Replaces the field's text and leaves it, so its change event (the live check) fires. */
  private void type(WebElement field, String text) {
    field.clear();
    field.sendKeys(text);
    field.sendKeys(Keys.TAB);
    // Let the live check of this field finish before the next field starts its own.
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
        .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  private void logIn(String organisation, String user) {
    session.logIn(organisation, user, "demo");
  }

  private void screenshot(String name) {
    session.screenshot(name);
  }
}
