package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The Dutch State administrator creates an officer's account in the web UI. */
class AccountsBrowserIT {

  @Test
  void stateAdministratorCreatesAnOfficer() {
    String username = "officer." + UUID.randomUUID().toString().substring(0, 6);
    try (Browser browser = new Browser()) {
      browser.logIn("Netherlands", "admin.nl", "demo");
      browser.driver.findElement(By.id("admin-accounts")).click();
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("create:username")));

      browser.driver.findElement(By.id("create:username")).sendKeys(username);
      browser.driver.findElement(By.id("create:firstName")).sendKeys("New");
      browser.driver.findElement(By.id("create:lastName")).sendKeys("Officer");
      browser.driver.findElement(By.id("create:email")).sendKeys(username + "@example.org");
      new Select(browser.driver.findElement(By.id("create:role"))).selectByVisibleText("officer");
      browser.driver.findElement(By.id("create:submit")).click();

      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password")));
      browser.screenshot("account-created");
      assertTrue(browser.driver.findElement(By.id("one-time-password")).getText().length() >= 12);
      String table = browser.driver.findElement(By.id("accounts")).getText();
      assertTrue(table.contains(username) && table.contains("officer"), table);
      assertTrue(!table.contains(".fr"), "only the State's own accounts: " + table);
    }
  }

  @Test
  void aFocalPointCannotOpenTheAccountsPage() {
    try (Browser browser = new Browser()) {
      browser.logIn("Netherlands", "focal.nl", "demo");
      browser.driver.get(TestPlatform.URL + "/app/accounts.xhtml");

      assertTrue(browser.driver.getPageSource().contains("403") || browser.driver.getTitle().contains("403"),
          browser.driver.getPageSource().substring(0, 300));
    }
  }
}
