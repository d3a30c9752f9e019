package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The platform administrator onboards a State in the web UI; the State's focal point is thrown out on suspension. */
class OrganisationAdminBrowserIT {

  private static final List<String> CANDIDATES = List.of("SC", "MU", "MG", "KM", "DJ", "ER", "SO", "SS", "SD", "LS", "SZ", "AO");

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
  void platformAdministratorOnboardsAStateAndSeesItInTheList() {
    String admin = TestPlatform.userToken("platform", "platform.admin");
    String code =
        CANDIDATES.stream()
            .filter(c -> TestPlatform.get("/api/v1/organisations/" + c, admin).statusCode() == 404)
            .filter(c -> KeycloakAdmin.realmStatus("state-" + c.toLowerCase(Locale.ROOT)) == 404)
            .findFirst()
            .orElseThrow();

    browser.logIn("Platform operators", "platform.admin", "demo");
    driver.findElement(By.id("admin-organisations")).click();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("onboard:code")));
    driver.findElement(By.id("onboard:code")).sendKeys(code);
    driver.findElement(By.id("onboard:name")).sendKeys("State " + code);
    driver.findElement(By.id("onboard:submit")).click();

    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admin-username")));
    browser.screenshot("onboarded-" + code);
    assertEquals("admin." + code.toLowerCase(Locale.ROOT), driver.findElement(By.id("admin-username")).getText());
    assertTrue(driver.findElement(By.id("admin-password")).getText().length() >= 12);
    String table = driver.findElement(By.id("organisations")).getText();
    assertTrue(table.contains("State " + code) && table.contains("state-" + code.toLowerCase(Locale.ROOT)), table);
  }

  @Test
  void theFocalPointOfAnOnboardedStateMustSetUpASecondFactor() {
    String admin = TestPlatform.userToken("platform", "platform.admin");
    String code =
        List.of("PE", "CL", "UY", "PY", "BO", "EC", "CO", "VE", "CR", "PA", "DO", "GT").stream()
            .filter(c -> TestPlatform.get("/api/v1/organisations/" + c, admin).statusCode() == 404)
            .filter(c -> KeycloakAdmin.realmStatus("state-" + c.toLowerCase(Locale.ROOT)) == 404)
            .findFirst()
            .orElseThrow();
    assertEquals(201, TestPlatform.postJson("/api/v1/organisations", admin,
        "{\"code\":\"" + code + "\",\"name\":\"Second factor " + code + "\"}").statusCode());
    String realm = "state-" + code.toLowerCase(Locale.ROOT);
    KeycloakAdmin.ensureUser(realm, "focal." + code.toLowerCase(Locale.ROOT), "Focal-point-2026!", "focal-point");

    driver.get(TestPlatform.URL + "/");
    driver.findElement(By.partialLinkText("Second factor " + code)).click();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys("focal." + code.toLowerCase(Locale.ROOT));
    driver.findElement(By.id("password")).sendKeys("Focal-point-2026!");
    driver.findElement(By.id("kc-login")).click();

    // Keycloak's "Mobile Authenticator Setup" page: no way in without a TOTP device.
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-totp-secret-qr-code")));
    browser.screenshot("second-factor-" + code);
    assertTrue(driver.getCurrentUrl().startsWith(TestPlatform.KEYCLOAK + "/realms/" + realm + "/"));
  }

  @Test
  void aSuspendedStatesWebSessionEndsAtOnce() {
    String admin = TestPlatform.userToken("platform", "platform.admin");
    browser.logIn("Japan", "focal.jp", "demo");
    try {
      assertEquals(200, TestPlatform.put("/api/v1/organisations/JP/suspension", admin).statusCode());

      driver.get(TestPlatform.URL + "/app/home.xhtml");

      browser.wait.until(ExpectedConditions.urlContains("suspended"));
      assertTrue(driver.getPageSource().contains("your organisation's access is suspended"));
    } finally {
      assertEquals(200, TestPlatform.delete("/api/v1/organisations/JP/suspension", admin).statusCode());
    }
  }
}
