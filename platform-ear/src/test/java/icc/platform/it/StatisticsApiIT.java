package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import icc.platform.web.statistics.infrastructure.CooperationHistory;
import icc.platform.web.statistics.infrastructure.HistoryWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cooperation statistics (issue 9) against a known, generated data set of 500 requests in
 * 2019-2020 inserted as raw rows: every published figure equals a recomputation in Java from the
 * rows; small cells are suppressed for States; a State never obtains another State's named
 * figures through any endpoint or export unless that State opted in.
 */
class StatisticsApiIT {

  static final String PERIOD = "from=2019-01-01&to=2020-12-31";
  static final Set<String> OTHERS_OF_NL = Set.of("FR", "SN", "AR", "JP");
  static List<CooperationHistory.Request> data;
  static String analyst;
  static String focalNl;
  static String focalFr;

  @BeforeAll
  static void insertKnownDataSet() throws Exception {
    data = StatisticsData.generate(LocalDateTime.now(ZoneOffset.UTC));
    try (Connection c = AuditDatabase.connect()) {
      HistoryWriter.delete(c, StatisticsData.GROUP);
      HistoryWriter.insert(c, data);
    }
    analyst = TestPlatform.userToken("court", "court.analyst");
    focalNl = TestPlatform.userToken("state-nl", "focal.nl");
    focalFr = TestPlatform.userToken("state-fr", "focal.fr");
    TestPlatform.delete("/api/v1/statistics/sharing", focalFr);
  }

  @AfterAll
  static void stopSharing() {
    TestPlatform.delete("/api/v1/statistics/sharing", focalFr);
  }

  static JsonNode get(String path, String token) {
    HttpResponse<String> r = TestPlatform.get(path, token);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return TestPlatform.json(r.body());
  }

  static JsonNode row(JsonNode table, String unit, String group) {
    for (JsonNode row : table.get("rows")) {
      if (row.get("unit").asText().equals(unit) && row.get("group").asText().equals(group)) {
        return row;
      }
    }
    throw new AssertionError("no row " + unit + " / " + group + " in " + table);
  }

  static void assertFigures(StatisticsData.Figures f, JsonNode row, String what) {
    assertEquals(f.received(), row.get("received").asLong(), what + " received");
    assertEquals(f.acknowledged(), row.get("acknowledged").asLong(), what + " acknowledged");
    assertEquals(f.executed(), row.get("executed").asLong(), what + " executed");
    assertEquals(f.partiallyExecuted(), row.get("partiallyExecuted").asLong(), what + " partiallyExecuted");
    assertEquals(f.declined(), row.get("declined").asLong(), what + " declined");
    assertEquals(f.withdrawn(), row.get("withdrawn").asLong(), what + " withdrawn");
    assertEquals(f.pending(), row.get("pending").asLong(), what + " pending");
    assertEquals(f.withDeadline(), row.get("withDeadline").asLong(), what + " withDeadline");
    assertEquals(f.pastDeadline(), row.get("pastDeadline").asLong(), what + " pastDeadline");
    assertDecimal(f.pastDeadlineShare(), row.get("pastDeadlineShare"), what + " pastDeadlineShare");
    assertEquals(f.acknowledgeN(), row.get("acknowledgeN").asLong(), what + " acknowledgeN");
    assertDecimal(f.acknowledgeMedian(), row.get("acknowledgeMedianDays"), what + " acknowledgeMedianDays");
    assertDecimal(f.acknowledgeP90(), row.get("acknowledgeP90Days"), what + " acknowledgeP90Days");
    assertEquals(f.executeN(), row.get("executeN").asLong(), what + " executeN");
    assertDecimal(f.executeMedian(), row.get("executeMedianDays"), what + " executeMedianDays");
    assertDecimal(f.executeP90(), row.get("executeP90Days"), what + " executeP90Days");
    assertEquals(f.identified(), row.get("assetsIdentified").asLong(), what + " assetsIdentified");
    assertEquals(f.frozen(), row.get("assetsFrozen").asLong(), what + " assetsFrozen");
    assertEquals(f.seized(), row.get("assetsSeized").asLong(), what + " assetsSeized");
    Map<String, BigDecimal> values = new TreeMap<>();
    for (JsonNode v : row.get("assetValues")) {
      values.put(v.get("step").asText() + " " + v.get("currency").asText(), v.get("estimatedValue").decimalValue());
    }
    assertEquals(f.values().keySet(), values.keySet(), what + " asset value keys");
    f.values().forEach((k, v) -> assertEquals(0, v.compareTo(values.get(k)), what + " value " + k));
  }

  static void assertDecimal(BigDecimal expected, JsonNode actual, String what) {
    if (expected == null) {
      assertTrue(actual == null || actual.isNull(), what + ": " + actual);
    } else {
      assertNotNull(actual, what);
      assertEquals(0, expected.compareTo(actual.decimalValue()), what + ": expected " + expected + " got " + actual);
    }
  }

  static final LocalDateTime END = StatisticsData.TO.plusDays(1).atStartOfDay();

  @Test
  void courtFiguresByStateEqualTheRecomputation() {
    JsonNode table = get("/api/v1/statistics/requests?" + PERIOD + "&groupBy=STATE", analyst);
    List<CooperationHistory.Request> all = StatisticsData.select(data, r -> true);
    StatisticsData.by(all, CooperationHistory.Request::requestedOrg).forEach((state, rows) ->
        assertFigures(StatisticsData.figures(rows, END), row(table, state, state), state));
    assertFigures(StatisticsData.figures(all, END), row(table, "ALL", "TOTAL"), "total");
  }

  /**
   * Tables are computed over each server's in-memory copy (StatisticsReplica), which must include
   * every committed change: a request executed and an asset frozen in one committed transaction
   * of raw SQL (no application code involved, as a manual fix would be) show in the very next
   * answer, and so does putting them back.
   */
  @Test
  void aChangeToTheLiveRowsShowsInTheNextAnswer() throws Exception {
    String path = "/api/v1/statistics/requests?" + PERIOD + "&groupBy=STATE";
    List<CooperationHistory.Request> all = StatisticsData.select(data, r -> true);
    CooperationHistory.Request open = all.stream().filter(r -> r.status().equals("IN_PROGRESS")).findFirst().orElseThrow();
    CooperationHistory.Request withAsset = all.stream()
        .filter(r -> r.assets().stream().anyMatch(a -> a.status().equals("REQUESTED") && a.estimatedValue() != null))
        .findFirst().orElseThrow();
    CooperationHistory.Asset asset = withAsset.assets().stream()
        .filter(a -> a.status().equals("REQUESTED") && a.estimatedValue() != null).findFirst().orElseThrow();
    LocalDateTime closed = open.acknowledgedAt().plusDays(1);
    List<CooperationHistory.Request> changed = new ArrayList<>();
    for (CooperationHistory.Request r : all) {
      CooperationHistory.Request x = r;
      if (x.id().equals(open.id())) {
        x = new CooperationHistory.Request(x.id(), x.group(), x.type(), x.requestedOrg(), "EXECUTED", x.submittedAt(),
            x.acknowledgedAt(), closed, x.deadline(), x.assets(), x.challenges());
      }
      if (x.id().equals(withAsset.id())) {
        List<CooperationHistory.Asset> assets = new ArrayList<>();
        for (CooperationHistory.Asset a : x.assets()) {
          assets.add(a.id().equals(asset.id()) ? new CooperationHistory.Asset(a.id(), a.kind(), "FROZEN", a.estimatedValue(), a.currency()) : a);
        }
        x = new CooperationHistory.Request(x.id(), x.group(), x.type(), x.requestedOrg(), x.status(), x.submittedAt(),
            x.acknowledgedAt(), x.closedAt(), x.deadline(), assets, x.challenges());
      }
      changed.add(x);
    }
    get(path, analyst);
    assertStateTable(all, get(path, analyst), "before the change (computed, then reused)");
    try {
      change(open.id(), "EXECUTED", closed, asset.id(), "FROZEN");
      assertStateTable(changed, get(path, analyst), "right after the change");
      assertStateTable(changed, get(path, analyst), "after the change, again");
    } finally {
      change(open.id(), "IN_PROGRESS", null, asset.id(), "REQUESTED");
    }
    assertStateTable(all, get(path, analyst), "after putting it back");
  }

  static void assertStateTable(List<CooperationHistory.Request> rows, JsonNode table, String when) {
    StatisticsData.by(rows, CooperationHistory.Request::requestedOrg).forEach((state, cohort) ->
        assertFigures(StatisticsData.figures(cohort, END), row(table, state, state), when + ": " + state));
    assertFigures(StatisticsData.figures(rows, END), row(table, "ALL", "TOTAL"), when + ": total");
  }

  /** One transaction: the request's status and closing time, and the asset's status. */
  static void change(String request, String status, LocalDateTime closedAt, String asset, String assetStatus) throws Exception {
    try (Connection c = AuditDatabase.connect()) {
      c.setAutoCommit(false);
      try (var r = c.prepareStatement("UPDATE cooperation_request SET status = ?, closed_at = ? WHERE thread_id = ?");
          var a = c.prepareStatement("UPDATE cooperation_asset SET status = ? WHERE id = ?")) {
        r.setString(1, status);
        r.setObject(2, closedAt);
        r.setString(3, request);
        assertEquals(1, r.executeUpdate());
        a.setString(1, assetStatus);
        a.setString(2, asset);
        assertEquals(1, a.executeUpdate());
      }
      c.commit();
    }
  }

  @Test
  void figuresPerQuarterUseEachQuarterAsCutOff() {
    JsonNode table = get("/api/v1/statistics/requests?" + PERIOD + "&groupBy=PERIOD&granularity=QUARTER&type=FREEZE_ASSETS", analyst);
    List<CooperationHistory.Request> freeze = StatisticsData.select(data, r -> r.type().equals("FREEZE_ASSETS"));
    StatisticsData.by(freeze, r -> StatisticsData.quarter(r.submittedAt())).forEach((quarter, rows) ->
        assertFigures(StatisticsData.figures(rows, StatisticsData.quarterEnd(rows.get(0).submittedAt())),
            row(table, "ALL", quarter), quarter));
    assertEquals(8 + 1, table.get("rows").size(), "eight quarters and the total");
  }

  @Test
  void regionFilterAndBreakdown() {
    JsonNode table = get("/api/v1/statistics/requests?" + PERIOD + "&groupBy=TYPE&region=WESTERN_EUROPEAN_OTHER", analyst);
    List<CooperationHistory.Request> weog = StatisticsData.select(data,
        r -> StatisticsData.REGIONS.get(r.requestedOrg()).equals("WESTERN_EUROPEAN_OTHER"));
    StatisticsData.by(weog, CooperationHistory.Request::type).forEach((type, rows) ->
        assertFigures(StatisticsData.figures(rows, END), row(table, "ALL", type), type));
    JsonNode regions = get("/api/v1/statistics/requests?" + PERIOD + "&groupBy=REGION", analyst);
    StatisticsData.by(StatisticsData.select(data, r -> true), r -> StatisticsData.REGIONS.get(r.requestedOrg()))
        .forEach((region, rows) -> assertFigures(StatisticsData.figures(rows, END), row(regions, "ALL", region), region));
  }

  @Test
  void challengeCodesRankedWithTheirTrend() {
    JsonNode ranking = get("/api/v1/statistics/challenges?" + PERIOD + "&granularity=YEAR", analyst);
    Map<String, Map<String, Long>> expected = new TreeMap<>();
    for (CooperationHistory.Request r : data) {
      for (CooperationHistory.Challenge c : r.challenges()) {
        if (c.recordedAt().getYear() >= 2019 && c.recordedAt().getYear() <= 2020) {
          expected.computeIfAbsent(c.code(), k -> new TreeMap<>()).merge(Integer.toString(c.recordedAt().getYear()), 1L, Long::sum);
        }
      }
    }
    long previous = Long.MAX_VALUE;
    int codes = 0;
    for (JsonNode row : ranking.get("rows")) {
      String code = row.get("code").asText();
      if (code.equals("TOTAL")) {
        continue;
      }
      codes++;
      long total = row.get("total").asLong();
      assertTrue(total <= previous, "ranked by frequency");
      previous = total;
      Map<String, Long> perYear = expected.get(code);
      assertEquals(perYear.values().stream().mapToLong(Long::longValue).sum(), total, code);
      for (String year : List.of("2019", "2020")) {
        assertEquals(perYear.getOrDefault(year, 0L).longValue(), row.get("trend").get(year).asLong(), code + " " + year);
      }
    }
    assertEquals(expected.size(), codes);
  }

  @Test
  void aStateSeesItselfByNameAndOthersOnlyAsSuppressedAggregates() {
    JsonNode court = get("/api/v1/statistics/requests?" + PERIOD + "&groupBy=STATE", analyst);
    JsonNode nl = get("/api/v1/statistics/requests?" + PERIOD + "&groupBy=STATE", focalNl);
    assertFigures(StatisticsData.figures(StatisticsData.select(data, r -> r.requestedOrg().equals("NL")), END),
        row(nl, "NL", "NL"), "own NL");
    List<CooperationHistory.Request> others = StatisticsData.select(data, r -> !r.requestedOrg().equals("NL"));
    assertEquals(others.size(), row(nl, "OTHERS", "OTHERS").get("received").asLong());
    assertEquals(row(court, "ALL", "TOTAL").get("received").asLong(), row(nl, "ALL", "TOTAL").get("received").asLong());
    for (String query : List.of("groupBy=STATE", "groupBy=REGION", "groupBy=TYPE", "groupBy=PERIOD&granularity=MONTH",
        "groupBy=TYPE&granularity=MONTH&type=SEIZE_ASSETS", "groupBy=PERIOD&granularity=MONTH&region=AFRICAN")) {
      JsonNode table = get("/api/v1/statistics/requests?" + PERIOD + "&" + query, focalNl);
      assertNoOtherStateByNameAndNoSmallCell(table, query);
    }
    // Only FR is another WEOG State: "other States" of WEOG would be France by name.
    JsonNode regions = get("/api/v1/statistics/requests?" + PERIOD + "&groupBy=REGION", focalNl);
    JsonNode otherWeog = row(regions, "OTHERS", "WESTERN_EUROPEAN_OTHER");
    assertTrue(otherWeog.get("received").isNull(), "a one-State aggregate is suppressed: " + otherWeog);
    assertTrue(row(regions, "OTHERS", "AFRICAN").get("received").isNull());
  }

  static void assertNoOtherStateByNameAndNoSmallCell(JsonNode table, String what) {
    for (JsonNode row : table.get("rows")) {
      String unit = row.get("unit").asText();
      assertFalse(OTHERS_OF_NL.contains(unit) || OTHERS_OF_NL.contains(row.get("group").asText()),
          what + ": another State by name: " + row);
      if (unit.equals("NL")) {
        continue;
      }
      List<String> suppressed = new ArrayList<>();
      row.get("suppressed").forEach(s -> suppressed.add(s.asText()));
      for (String m : List.of("received", "acknowledged", "executed", "partiallyExecuted", "declined", "withdrawn",
          "pending", "withDeadline", "pastDeadline", "executeN", "assetsIdentified", "assetsFrozen", "assetsSeized")) {
        JsonNode v = row.get(m);
        if (v.isNull()) {
          assertTrue(suppressed.contains(m), what + ": null without marker " + m);
        } else {
          assertFalse(v.asLong() == 1 || v.asLong() == 2, what + ": small cell " + m + " in " + row);
        }
      }
      // Complementary suppression: received = sum of outcomes never has exactly one hidden member.
      long hidden = List.of("received", "executed", "partiallyExecuted", "declined", "withdrawn", "pending").stream()
          .filter(m -> row.get(m).isNull()).count();
      assertTrue(hidden != 1, what + ": one hidden outcome could be recomputed: " + row);
      if (!row.get("acknowledgeMedianDays").isNull()) {
        assertTrue(row.get("acknowledgeN").asLong() >= 3, what + ": median of fewer than 3: " + row);
      }
    }
  }

  @Test
  void anotherStatesFiguresOnlyAfterItOptsIn() throws Exception {
    assertEquals(404, TestPlatform.get("/api/v1/statistics/requests?" + PERIOD + "&state=FR", focalNl).statusCode());
    assertEquals(404, TestPlatform.get("/api/v1/statistics/export.csv?" + PERIOD + "&state=FR", focalNl).statusCode());
    assertEquals(404, TestPlatform.get("/api/v1/statistics/report.pdf?" + PERIOD + "&state=FR", focalNl).statusCode());
    assertEquals(404, TestPlatform.get("/api/v1/statistics/challenges?" + PERIOD + "&state=FR", focalNl).statusCode());
    String csv = TestPlatform.get("/api/v1/statistics/export.csv?" + PERIOD + "&groupBy=STATE", focalNl).body();
    for (String state : OTHERS_OF_NL) {
      assertFalse(csv.contains("," + state + ","), "CSV names " + state + ":\n" + csv);
    }
    String pdf = pdfText("/api/v1/statistics/report.pdf?" + PERIOD + "&groupBy=STATE", focalNl);
    for (String state : OTHERS_OF_NL) {
      assertFalse(pdf.contains(state + " / "), "PDF names " + state);
    }
    JsonNode challenges = get("/api/v1/statistics/challenges?" + PERIOD, focalNl);
    challenges.get("rows").forEach(r -> assertFalse(OTHERS_OF_NL.contains(r.get("unit").asText()), r.toString()));

    assertEquals(400, TestPlatform.putJson("/api/v1/statistics/sharing", focalFr, "{}").statusCode());
    HttpResponse<String> optIn = TestPlatform.putJson("/api/v1/statistics/sharing", focalFr, "{\"share\": true}");
    assertEquals(200, optIn.statusCode(), optIn.body());
    try {
      JsonNode shared = get("/api/v1/statistics/requests?" + PERIOD + "&state=FR", focalNl);
      List<CooperationHistory.Request> fr = StatisticsData.select(data, r -> r.requestedOrg().equals("FR"));
      assertEquals(fr.size(), row(shared, "FR", "FR").get("received").asLong());
      JsonNode byState = get("/api/v1/statistics/requests?" + PERIOD + "&groupBy=STATE", focalNl);
      assertEquals(fr.size(), row(byState, "FR", "FR").get("received").asLong());
      assertEquals(StatisticsData.select(data, r -> Set.of("SN", "AR", "JP").contains(r.requestedOrg())).size(),
          row(byState, "OTHERS", "OTHERS").get("received").asLong());
    } finally {
      assertEquals(200, TestPlatform.delete("/api/v1/statistics/sharing", focalFr).statusCode());
    }
    assertEquals(404, TestPlatform.get("/api/v1/statistics/requests?" + PERIOD + "&state=FR", focalNl).statusCode());
  }

  @Test
  void platformAdministratorsSeeVolumesOnly() {
    String admin = TestPlatform.userToken("platform", "platform.admin");
    assertEquals(403, TestPlatform.get("/api/v1/statistics/requests?" + PERIOD + "&groupBy=STATE", admin).statusCode());
    assertEquals(403, TestPlatform.get("/api/v1/statistics/requests?" + PERIOD + "&groupBy=TYPE&region=AFRICAN", admin).statusCode());
    JsonNode table = get("/api/v1/statistics/requests?" + PERIOD + "&groupBy=TYPE", admin);
    JsonNode total = row(table, "ALL", "TOTAL");
    assertEquals(StatisticsData.select(data, r -> true).size(), total.get("received").asLong());
    assertNull(total.get("acknowledgeMedianDays"));
    assertNull(total.get("assetValues"));
    String officer = TestPlatform.userToken("state-nl", "officer.nl");
    assertEquals(403, TestPlatform.get("/api/v1/statistics/requests?" + PERIOD, officer).statusCode());
  }

  @Test
  void csvAndPdfExportsContainTheExpectedNumbers() throws Exception {
    HttpResponse<String> csv = TestPlatform.get("/api/v1/statistics/export.csv?" + PERIOD + "&groupBy=STATE", analyst);
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String[] lines = csv.body().split("\r\n");
    List<String> header = List.of(lines[0].split(","));
    int received = header.indexOf("received");
    int executed = header.indexOf("executed");
    for (String state : CooperationHistory.STATES) {
      StatisticsData.Figures f = StatisticsData.figures(StatisticsData.select(data, r -> r.requestedOrg().equals(state)), END);
      String line = java.util.Arrays.stream(lines).filter(l -> l.startsWith("2019-01-01,2020-12-31," + state + "," + state + ","))
          .findFirst().orElseThrow(() -> new AssertionError("no CSV line for " + state + ":\n" + csv.body()));
      String[] cells = line.split(",");
      assertEquals(Long.toString(f.received()), cells[received], state);
      assertEquals(Long.toString(f.executed()), cells[executed], state);
    }
    String pdf = pdfText("/api/v1/statistics/report.pdf?" + PERIOD + "&groupBy=STATE", analyst);
    assertTrue(pdf.contains("2019-01-01 - 2020-12-31"), "period printed");
    assertTrue(pdf.contains("Definitions"), "definitions printed");
    assertTrue(pdf.contains("nearest-rank"), "percentile definition printed");
    for (String state : CooperationHistory.STATES) {
      StatisticsData.Figures f = StatisticsData.figures(StatisticsData.select(data, r -> r.requestedOrg().equals(state)), END);
      String line = pdf.lines().filter(l -> l.trim().startsWith(state + " / " + state)).findFirst()
          .orElseThrow(() -> new AssertionError("no PDF line for " + state + ":\n" + pdf));
      List<String> numbers = List.of(line.trim().substring((state + " / " + state).length()).trim().split("\\s+"));
      assertEquals(Long.toString(f.received()), numbers.get(0), state + " received in PDF: " + line);
      assertEquals(Long.toString(f.executed()), numbers.get(2), state + " executed in PDF: " + line);
    }
  }

  static String pdfText(String path, String token) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(TestPlatform.URL + path))
        .header("Authorization", "Bearer " + token).GET().build();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
    try (PDDocument document = Loader.loadPDF(response.body())) {
      return new PDFTextStripper().getText(document);
    }
  }
}
