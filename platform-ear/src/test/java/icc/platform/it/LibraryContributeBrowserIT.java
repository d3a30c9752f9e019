package icc.platform.it;

import static icc.platform.it.LibraryApi.entryJson;
import static icc.platform.it.LibraryApi.get;
import static icc.platform.it.LibraryApi.ok;
import static icc.platform.it.TestPlatform.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A contributor's pending version in Chromium: attach a file from the entry page (the upload box
 * with its progress bar; a file over 10 MiB refused before sending; a misnamed file refused by the
 * server with its message and nothing attached), then withdraw the version with its button.
 */
class LibraryContributeBrowserIT {

  @Test
  void attachFromTheEntryPageThenWithdraw() throws Exception {
    String nl = TestPlatform.userToken("state-nl", "focal.nl");
    String m = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    long id = ok(postJson("/api/v1/library/entries", nl, entryJson("Upload " + m, "Freezing note " + m, null,
        "NL", "ASSET_RECOVERY", "PROCEDURE", "en", "ALL_ORGANISATIONS")), 201).get("id").asLong();
    Path dir = Files.createTempDirectory("library-upload");
    Path note = Files.writeString(dir.resolve("note-" + m + ".txt"), "Words of the attached note " + m, StandardCharsets.UTF_8);
    Path misnamed = Files.writeString(dir.resolve("misnamed.pdf"), "plain text, not a PDF", StandardCharsets.UTF_8);
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[10 * 1024 * 1024 + 1]);

    try (Browser b = new Browser()) {
      b.logIn("Netherlands", "focal.nl", "demo");
      b.driver.get(TestPlatform.URL + "/app/library/entry.xhtml?id=" + id);
      b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("library-upload-file")));
      assertEquals(1, b.driver.findElements(By.id("library-upload-progress")).size(), "a progress bar");
      assertEquals("true", b.driver.findElement(By.id("library-upload-cancel")).getAttribute("disabled"),
          "cancel only while sending");

      // Over 10 MiB: refused in the browser, nothing sent.
      b.driver.findElement(By.id("library-upload-file")).sendKeys(big.toString());
      b.driver.findElement(By.id("library-upload-start")).click();
      b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("library-upload-status"), "10 MiB"));

      // A text file named .pdf: the server refuses it and says why; nothing attached.
      b.driver.findElement(By.id("library-upload-file")).sendKeys(misnamed.toString());
      b.driver.findElement(By.id("library-upload-start")).click();
      b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("library-upload-status"), "Not attached"));
      assertTrue(ok(get("/api/v1/library/entries/" + id, nl), 200).get("shown").get("attachments").isEmpty());

      // A good file: sent, the page reloads and lists it.
      b.driver.findElement(By.id("library-upload-file")).sendKeys(note.toString());
      b.driver.findElement(By.id("library-upload-start")).click();
      b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("files"), "note-" + m + ".txt"));
      b.screenshot("library-upload");

      // Withdraw the pending version.
      b.driver.findElement(By.cssSelector("[id$='withdraw-button']")).click();
      b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry-status"), "withdrawn"));
    }
    JsonNode entry = ok(get("/api/v1/library/entries/" + id, nl), 200);
    assertEquals("WITHDRAWN", entry.get("shown").get("status").asText());
    assertEquals("note-" + m + ".txt", entry.get("shown").get("attachments").get(0).get("fileName").asText());
  }
}
