package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web login as a person does it, in Debian's headless Chromium: choose the organisation, log
 * in on its realm's page, land on the home page, log out.
 */
class WebLoginIT {

  private Browser browser;
  private WebDriver driver;

  @BeforeEach
  void openBrowser() {
    browser = new Browser();
    driver = browser.driver;
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void focalPointOfTheNetherlandsLogsInSeesTheHomePageAndLogsOut() {
    driver.get(TestPlatform.URL + "/");
    driver.findElement(By.partialLinkText("Netherlands")).click();

    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertTrue(driver.getCurrentUrl().startsWith(TestPlatform.KEYCLOAK + "/realms/state-nl/"),
        "the login page is the Dutch realm's: " + driver.getCurrentUrl());
    driver.findElement(By.id("username")).sendKeys("focal.nl");
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.id("kc-login")).click();

    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    browser.screenshot("home-focal-nl");
    assertEquals("Welcome, Focal point Netherlands", driver.findElement(By.id("welcome")).getText());
    assertEquals("Netherlands (NL)", driver.findElement(By.id("organisation")).getText());
    assertEquals("focal.nl", driver.findElement(By.id("username")).getText());
    assertEquals("focal-point", driver.findElement(By.id("roles")).getText().trim());

    // Backend-for-frontend: the browser holds one HttpOnly session cookie and no token at all.
    Set<Cookie> cookies = driver.manage().getCookies();
    assertEquals(Set.of("PLATFORM_SESSION"), cookies.stream().map(Cookie::getName).collect(Collectors.toSet()));
    assertTrue(cookies.iterator().next().isHttpOnly());
    assertEquals("Lax", cookies.iterator().next().getSameSite());
    assertFalse(driver.getPageSource().contains("eyJ"), "no JWT in the page");

    driver.findElement(By.id("logout:logout-button")).click();
    browser.wait.until(ExpectedConditions.urlToBe(TestPlatform.URL + "/"));
    assertNotNull(driver.findElement(By.partialLinkText("Netherlands")));

    // Both sessions ended: the platform's pages send us back, and the realm asks for a password again.
    driver.get(TestPlatform.URL + "/app/home.xhtml");
    browser.wait.until(ExpectedConditions.urlToBe(TestPlatform.URL + "/"));
    driver.findElement(By.partialLinkText("Netherlands")).click();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
  }

  @Test
  void signedInPagesSendStrangersToTheStartPage() {
    driver.get(TestPlatform.URL + "/app/home.xhtml");

    browser.wait.until(ExpectedConditions.urlToBe(TestPlatform.URL + "/"));
    assertTrue(driver.getPageSource().contains("Choose the organisation you work for"));
  }
}
