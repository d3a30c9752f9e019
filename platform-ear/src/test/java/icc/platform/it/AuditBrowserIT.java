package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.crypto.cli.PlatformVerify;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The auditor's pages in Chromium: platform.auditor searches the log, sees the verification
 * status, pages, and downloads the export and its checkpoint, which platform-verify accepts. A
 * focal point sees only its own organisation's events; an officer is refused.
 */
class AuditBrowserIT {

  @Test
  void theAuditorSearchesSeesVerifiedEventsAndDownloadsAVerifyingExport() throws Exception {
    for (int i = 0; i < 55; i++) {
      TestPlatform.get("/api/v1/audit/key", null); // denied calls: more than one page of api.call
    }
    String auditorToken = AuditApiIT.auditor();
    AuditApiIT.signCheckpoint(auditorToken);
    try (Browser browser = new Browser()) {
      browser.logIn("Platform operators", "platform.auditor", "demo");
      browser.driver.findElement(By.id("audit-events")).click();
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-button")));
      browser.driver.findElement(By.id("action")).sendKeys("api.call");
      browser.driver.findElement(By.id("object")).sendKeys("GET /audit/key");
      browser.driver.findElement(By.id("search-button")).click();
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verification-status")));
      browser.screenshot("audit-search");

      assertEquals("Verified", browser.driver.findElement(By.id("verification-status")).getText());
      List<WebElement> rows = browser.driver.findElements(By.cssSelector("#events tbody tr"));
      assertEquals(50, rows.size(), "one full page");
      for (WebElement row : rows) {
        assertTrue(row.getText().contains("api.call"), row.getText());
        assertTrue(row.getText().contains("GET /audit/key"), row.getText());
        assertTrue(row.getText().endsWith("verified"), row.getText());
      }
      String firstPageTop = rows.get(0).getText();
      browser.driver.findElement(By.id("next")).click();
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("previous")));
      assertFalse(browser.driver.findElement(By.cssSelector("#events tbody tr")).getText().equals(firstPageTop));
      assertTrue(browser.driver.findElement(By.id("action")).getAttribute("value").equals("api.call"));

      // The downloads, with the browser's session cookie, checked by the offline verifier.
      String exportHref = browser.driver.findElement(By.id("export-link")).getAttribute("href");
      String checkpointHref = browser.driver.findElement(By.id("checkpoint-link")).getAttribute("href");
      String session = browser.driver.manage().getCookies().stream()
          .map(c -> c.getName() + "=" + c.getValue()).collect(java.util.stream.Collectors.joining("; "));
      HttpResponse<String> export = download(exportHref, session);
      HttpResponse<String> checkpoint = download(checkpointHref, session);
      assertEquals(200, export.statusCode(), export.body());
      assertEquals(200, checkpoint.statusCode(), checkpoint.body());
      assertTrue(export.body().lines().count() > 55, "header and every matching event");

      Path dir = Files.createTempDirectory("audit-ui");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int status = PlatformVerify.run(new String[] {
          "audit",
          "--export", Files.writeString(dir.resolve("export.jsonl"), export.body()).toString(),
          "--checkpoint", Files.writeString(dir.resolve("checkpoint.txt"), checkpoint.body()).toString(),
          "--vkey", AuditApiIT.verifierKey(auditorToken).encode()},
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
      assertEquals(PlatformVerify.OK, status, out.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aFocalPointSeesOnlyItsOwnOrganisationAndAnOfficerIsRefused() throws Exception {
    TestPlatform.get("/api/v1/audit/entries", TestPlatform.userToken("state-fr", "focal.fr"));
    TestPlatform.get("/api/v1/audit/entries", TestPlatform.userToken("state-nl", "focal.nl"));
    AuditApiIT.signCheckpoint(AuditApiIT.auditor());
    try (Browser browser = new Browser()) {
      browser.logIn("Netherlands", "focal.nl", "demo");
      browser.driver.get(TestPlatform.URL + "/app/audit/events.xhtml?organisation=FR");
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-count")));
      assertTrue(browser.driver.findElement(By.id("result-count")).getText().startsWith("0 matching"),
          "asking for France's events finds none");
      browser.driver.get(TestPlatform.URL + "/app/audit/events.xhtml");
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-count")));
      List<WebElement> rows = browser.driver.findElements(By.cssSelector("#events tbody tr td:nth-child(3)"));
      assertFalse(rows.isEmpty());
      rows.forEach(cell -> assertEquals("NL", cell.getText()));
    }
    try (Browser browser = new Browser()) {
      browser.logIn("Netherlands", "officer.nl", "demo");
      assertTrue(browser.driver.findElements(By.id("audit-events")).isEmpty(), "no link on the home page");
      browser.driver.get(TestPlatform.URL + "/app/audit/events.xhtml");
      assertTrue(browser.driver.getPageSource().contains("403") || browser.driver.getTitle().contains("403"),
          browser.driver.getPageSource().substring(0, 300));
    }
  }

  private static HttpResponse<String> download(String href, String cookies) {
    return TestPlatform.send(HttpRequest.newBuilder(URI.create(href))
        .header("Cookie", cookies)
        .GET().build());
  }
}
