package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The interface in the Court's two working languages (Rome Statute art. 50(2)) and by keyboard
 * alone. The French test chooses Français on the start page, before login, and checks that the
 * inbox and a thread speak French and that the choice holds across pages, login and logout. The
 * keyboard test logs in, opens a thread and sends a message with Tab, Enter, Space and typing only
 * (no clicks), and cancels an upload from the keyboard.
 */
class LanguageAndKeyboardBrowserIT {

  /** No page of ours needs more Tab presses than this to reach anything. */
  private static final int MAX_TABS = 80;

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
  void frenchIsChosenOnTheStartPageAndHoldsOnEveryPage() {
    String nl = TestPlatform.userToken("state-nl", "focal.nl");
    String subject = "Langue " + System.nanoTime();
    String threadId = ExchangeClient.openThread(nl, ExchangeClient.discussion(subject, "H2", "FR"));

    driver.get(TestPlatform.URL + "/");
    assertEquals("en", htmlLang(), "English by default (the browser asks for en-US)");
    driver.findElement(By.id("lang-fr")).click();
    browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
    assertEquals(TestPlatform.URL + "/", driver.getCurrentUrl(), "the switch leaves no parameter in the address");
    assertTrue(driver.findElement(By.id("login-intro")).getText().startsWith("Choisissez l’organisation"));
    assertEquals("true", driver.findElement(By.id("lang-fr")).getAttribute("aria-current"));

    browser.logIn("Netherlands", "focal.nl", "demo");
    assertEquals("fr", htmlLang(), "the choice survives the login");
    assertEquals("Bienvenue, Focal point Netherlands", driver.findElement(By.id("welcome")).getText());

    driver.findElement(By.id("nav-threads")).click();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("threads")));
    assertTrue(driver.findElement(By.id("inbox-title")).getText().startsWith("Fils d’échange"));
    assertEquals("Nouveau fil d’échange", driver.findElement(By.id("new-thread")).getText());
    String header = driver.findElement(By.cssSelector("#threads thead")).getText();
    assertTrue(header.contains("Objet") && header.contains("Dernière activité (UTC)"), header);
    WebElement row = driver.findElement(By.xpath("//table[@id='threads']//tr[.//a[text()='" + subject + "']]"));
    assertTrue(row.findElement(By.cssSelector("td.kind")).getText().equals("Discussion"), row.getText());
    assertTrue(row.getText().matches("(?s).*\\d{1,2} [a-zéû]+\\.? \\d{4} \\d{2}:\\d{2}.*"), "a French date: " + row.getText());

    browser.screenshot("inbox-fr");
    row.findElement(By.linkText(subject)).click();
    browser.wait.until(ExpectedConditions.textToBe(By.id("subject"), subject));
    assertEquals("fr", htmlLang());
    assertEquals("Ne peut être communiqué à une autre organisation sans le consentement de l’organisation d’origine",
        driver.findElement(By.id("handling-meaning")).getText());
    assertEquals("Diffusion restreinte", driver.findElement(By.id("classification")).getText());
    assertEquals("Envoyer", driver.findElement(By.id("post:send")).getAttribute("value"));
    assertEquals("Déposer", driver.findElement(By.id("upload-start")).getText());
    assertTrue(driver.getPageSource().contains("Demandes de consentement"));
    browser.screenshot("thread-fr");

    // A message from the French page: the confirmation is French too.
    driver.findElement(By.id("post:text")).sendKeys("Bonjour");
    driver.findElement(By.id("post:send")).click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Message envoyé et signé"));
    assertTrue(driver.getCurrentUrl().contains("id=" + threadId));
    // A refusal from the domain (written in English for the API) reaches the French page in French.
    driver.findElement(By.id("add-participant:organisation")).sendKeys("ZZ");
    driver.findElement(By.id("add-participant:add")).click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
        "Vérifiez le formulaire. Organisation : le code d’une organisation active"));
    driver.get(TestPlatform.URL + "/app/threads/thread.xhtml?id=" + threadId);
    browser.wait.until(ExpectedConditions.textToBe(By.id("subject"), subject));

    // Back to English from the thread page: same thread, English labels.
    driver.findElement(By.id("lang-en")).click();
    browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    assertTrue(driver.getCurrentUrl().contains("id=" + threadId), "the switch keeps the page: " + driver.getCurrentUrl());
    assertEquals(subject, driver.findElement(By.id("subject")).getText());
    assertEquals("Send", driver.findElement(By.id("post:send")).getAttribute("value"));

    // And French again; the browser remembers it after logout (cookie), on the start page.
    driver.findElement(By.id("lang-fr")).click();
    browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
    driver.findElement(By.id("logout:logout-button")).click();
    browser.wait.until(ExpectedConditions.urlToBe(TestPlatform.URL + "/"));
    assertEquals("fr", htmlLang());
    assertTrue(driver.findElement(By.id("login-intro")).getText().startsWith("Choisissez l’organisation"));
  }

  @Test
  void withoutAChoiceTheBrowsersAcceptLanguageDecides() throws Exception {
    for (String[] c : new String[][] {{"fr-FR,fr;q=0.9,en;q=0.8", "fr", "Connexion"}, {"de-DE,en;q=0.5", "en", "Log in"},
        {"es,fr;q=0.7", "fr", "Connexion"}, {"", "en", "Log in"}}) {
      java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestPlatform.URL + "/"));
      if (!c[0].isEmpty()) {
        request.header("Accept-Language", c[0]);
      }
      String page = TestPlatform.HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
      assertTrue(page.contains("<html lang=\"" + c[1] + "\"") && page.contains("<h1>" + c[2] + "</h1>"),
          "Accept-Language " + c[0] + " gives " + c[1]);
    }
  }

  @Test
  void aThreadIsOpenedAndAMessageSentWithTheKeyboardAlone() throws Exception {
    driver.get(TestPlatform.URL + "/");
    Actions keys = new Actions(driver);
    keys.sendKeys(Keys.TAB).perform();
    assertEquals("skip-link", focused().getAttribute("id"), "Tab first reaches the skip link");
    assertTrue(focused().isDisplayed(), "the focused skip link is visible");
    assertFalse("none".equals(focused().getCssValue("outline-style")), "focus is visible");

    tabTo(e -> e.getText().contains("Netherlands"));
    keys.sendKeys(Keys.ENTER).perform();
    // The realm's login page (Keycloak's, not ours) puts the focus in the user name field; if the
    // headless browser ignored autofocus, Tab gets there.
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    if (!"username".equals(focused().getAttribute("id"))) {
      tabTo(e -> "username".equals(e.getAttribute("id")));
    }
    keys.sendKeys("focal.nl").sendKeys(Keys.TAB).sendKeys("demo").sendKeys(Keys.ENTER).perform();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));

    tabTo(e -> "nav-threads".equals(e.getAttribute("id")));
    keys.sendKeys(Keys.ENTER).perform();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("threads")));
    tabTo(e -> "new-thread".equals(e.getAttribute("id")));
    keys.sendKeys(Keys.ENTER).perform();

    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thread:subject")));
    String subject = "Keyboard " + System.nanoTime();
    tabTo(e -> "thread:subject".equals(e.getAttribute("id")));
    keys.sendKeys(subject).perform();
    tabTo(e -> "FR".equals(e.getAttribute("value")) && "thread:participants".equals(e.getAttribute("name")));
    keys.sendKeys(Keys.SPACE).perform();
    assertTrue(focused().isSelected(), "Space ticks the focused checkbox");
    tabTo(e -> "thread:message".equals(e.getAttribute("id")));
    keys.sendKeys("Opened without a mouse.").perform();
    tabTo(e -> "thread:open".equals(e.getAttribute("id")));
    keys.sendKeys(Keys.ENTER).perform();

    browser.wait.until(ExpectedConditions.textToBe(By.id("subject"), subject));
    tabTo(e -> "post:text".equals(e.getAttribute("id")));
    keys.sendKeys("Sent without a mouse.").perform();
    tabTo(e -> "post:send".equals(e.getAttribute("id")));
    keys.sendKeys(Keys.ENTER).perform();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Message sent and signed"));
    String messages = driver.findElement(By.id("messages-list")).getText();
    assertTrue(messages.contains("Opened without a mouse.") && messages.contains("Sent without a mouse."), messages);

    // Upload and cancel from the keyboard. The file input opens the system's file chooser, which
    // is not the page's: the test gives it the file, then works the buttons with keys only.
    Path file = Files.createTempDirectory("upload").resolve("large.bin");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(256L * 1024 * 1024);
    }
    ChromeDriver chrome = (ChromeDriver) driver;
    ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
    slow.setLatency(Duration.ofMillis(20));
    slow.setUploadThroughput(256 * 1024);
    slow.setDownloadThroughput(10 * 1024 * 1024);
    chrome.setNetworkConditions(slow);
    try {
      driver.findElement(By.id("upload-file")).sendKeys(file.toString());
      tabTo(e -> "upload-start".equals(e.getAttribute("id")));
      keys.sendKeys(Keys.ENTER).perform();
      browser.wait.until(d -> "upload-cancel".equals(focused().getAttribute("id")));
      keys.sendKeys(Keys.ENTER).perform();
      browser.wait.until(ExpectedConditions.textToBe(By.id("upload-status"), "Cancelled; nothing was stored."));
      assertEquals("upload-start", focused().getAttribute("id"), "focus goes back to Upload, not to the page");
    } finally {
      chrome.deleteNetworkConditions();
      Files.deleteIfExists(file);
    }
    driver.navigate().refresh();
    browser.wait.until(ExpectedConditions.textToBe(By.id("subject"), subject));
    assertTrue(driver.findElements(By.linkText("large.bin")).isEmpty(), "nothing stored");
  }

  /** Presses Tab until the focused element is the one wanted; fails if Tab never gets there. */
  private WebElement tabTo(Predicate<WebElement> wanted) {
    Actions keys = new Actions(driver);
    for (int i = 0; i < MAX_TABS; i++) {
      keys.sendKeys(Keys.TAB).perform();
      WebElement element = focused();
      if (wanted.test(element)) {
        return element;
      }
    }
    fail("not reachable with Tab from " + driver.getCurrentUrl());
    return null;
  }

  private WebElement focused() {
    return driver.switchTo().activeElement();
  }

  private String htmlLang() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }
}
