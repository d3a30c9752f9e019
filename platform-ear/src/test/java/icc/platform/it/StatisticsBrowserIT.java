package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.web.statistics.infrastructure.CooperationHistory;
import icc.platform.web.statistics.infrastructure.HistoryWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The statistics dashboard in Chromium: court.analyst opens it from the navigation, filters by
 * regional group, sees the chart and its table, and exports the CSV of what is shown.
 */
class StatisticsBrowserIT {

  static List<CooperationHistory.Request> data;

  @BeforeAll
  static void insertKnownDataSet() throws Exception {
    data = StatisticsData.generate(LocalDateTime.now(ZoneOffset.UTC));
    try (Connection c = AuditDatabase.connect()) {
      HistoryWriter.delete(c, StatisticsData.GROUP);
      HistoryWriter.insert(c, data);
    }
  }

  @Test
  void theAnalystFiltersByRegionAndExportsCsv() {
    long senegal = StatisticsData.select(data, r -> r.requestedOrg().equals("SN")).size();
    try (Browser browser = new Browser()) {
      browser.logIn("Court", "court.analyst", "demo");
      browser.driver.findElement(By.id("nav-statistics")).click();
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("apply")));
      // The period of the known data set, then the region chosen in the form as a person would.
      browser.driver.get(TestPlatform.URL + "/app/statistics/index.xhtml?from=2019-01-01&to=2020-12-31&groupBy=STATE");
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("apply")));
      new Select(browser.driver.findElement(By.id("region"))).selectByValue("AFRICAN");
      browser.driver.findElement(By.id("apply")).click();
      browser.wait.until(ExpectedConditions.urlContains("region=AFRICAN"));
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcomes")));
      browser.screenshot("statistics-dashboard");

      assertTrue(browser.driver.findElements(By.cssSelector("#outcomes-chart canvas")).size() == 1, "chart drawn");
      List<WebElement> rows = browser.driver.findElements(By.cssSelector("#outcomes tbody tr"));
      assertEquals(2, rows.size(), "Senegal and the total");
      assertTrue(rows.get(0).getText().startsWith("SN " + senegal), rows.get(0).getText());
      assertEquals("2019-01-01", browser.driver.findElement(By.id("from")).getAttribute("value"));

      String href = browser.driver.findElement(By.id("export-csv")).getAttribute("href");
      assertTrue(href.contains("region=AFRICAN"), href);
      String session = browser.driver.manage().getCookies().stream()
          .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
      HttpResponse<String> csv = TestPlatform.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", session).GET().build());
      assertEquals(200, csv.statusCode(), csv.body());
      assertTrue(csv.body().contains("\r\n2019-01-01,2020-12-31,SN,SN," + senegal + ","), csv.body());
      assertFalse(csv.body().contains(",NL,"), "only the African States: " + csv.body());
    }
  }
}
