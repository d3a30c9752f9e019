package icc.platform.it;

import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static icc.platform.it.TestPlatform.putJson;
import static icc.platform.it.TestPlatform.userToken;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A user turns notification mails off on the settings page, and the API sees the same choice. */
class NotificationSettingsBrowserIT {

  @Test
  void aUserTurnsNotificationMailsOffAndOnInTheSettingsPage() {
    String token = userToken("state-ar", "officer.ar");
    try (Browser browser = new Browser()) {
      browser.logIn("Argentina", "officer.ar", "demo");
      browser.driver.findElement(By.id("notification-settings")).click();
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("settings:email")));
      WebElement box = browser.driver.findElement(By.id("settings:email"));
      assertTrue(box.isSelected(), "mails are on by default");

      box.click();
      browser.driver.findElement(By.id("settings:save")).click();
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("settings:messages")));
      browser.screenshot("notification-settings-off");
      assertFalse(browser.driver.findElement(By.id("settings:email")).isSelected());
      assertFalse(json(get("/api/v1/me/notifications", token).body()).get("email").asBoolean(), "the API sees the choice");
    } finally {
      putJson("/api/v1/me/notifications", token, "{\"email\":true}");
    }
  }
}
