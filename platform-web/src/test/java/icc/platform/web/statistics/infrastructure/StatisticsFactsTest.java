package icc.platform.web.statistics.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.web.statistics.domain.AssetStep;
import icc.platform.web.statistics.domain.FigureRow;
import icc.platform.web.statistics.domain.StatisticsFilter;
import icc.platform.web.statistics.domain.StatisticsRepository.Assets;
import icc.platform.web.statistics.domain.StatisticsRepository.Challenges;
import icc.platform.web.statistics.domain.StatisticsRepository.Counts;
import icc.platform.web.statistics.domain.StatisticsRepository.Durations;
import icc.platform.web.statistics.domain.StatisticsRepository.RequestCells;
import icc.platform.web.statistics.domain.StatisticsRepository.UnitRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The figures over the in-memory copy, against hand-computed values for the definitions of
 * docs/statistics.md (cohort by submission, cut-offs, nearest-rank durations in whole seconds,
 * the past-deadline rule, asset steps by current status, challenge periods, regions), and the
 * copy's changes (update, delete, an asset leaving the three steps).
 */
class StatisticsFactsTest {

  static final Instant NOW = Instant.parse("2026-06-15T10:00:00.700Z");
  static final UnitRule PER_STATE = new UnitRule(true, Set.of(), "ALL");
  static final UnitRule ALL = new UnitRule(false, Set.of(), "ALL");

  static long t(String iso) {
    return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  static StatisticsFacts.RequestRow request(String id, String state, String type, String status, String submitted,
      String acknowledged, String closed, String deadline) {
    return new StatisticsFacts.RequestRow(id, state, type, status,
        submitted == null ? StatisticsFacts.NONE : t(submitted),
        acknowledged == null ? StatisticsFacts.NONE : t(acknowledged),
        closed == null ? StatisticsFacts.NONE : t(closed),
        deadline == null ? StatisticsFacts.NO_DAY : day(deadline));
  }

  static StatisticsFilter filter(String groupBy, String granularity, String type, String region) {
    return StatisticsFilter.parse("2020-01-01", "2020-12-31", type, region, null, groupBy, granularity);
  }

  /** The known rows: see each line's comment for what it tests. */
  static StatisticsFacts facts() {
    StatisticsFacts f = new StatisticsFacts();
    f.regions(Map.of("NL", "WESTERN_EUROPEAN_OTHER", "FR", "WESTERN_EUROPEAN_OTHER", "SN", "AFRICAN"));
    // executed in the year; acknowledged after 1.5 days and 0.9 s: 129,600 s (truncated)
    f.putRequest(request("a", "NL", "FREEZE_ASSETS", "EXECUTED", "2020-03-01T00:00:00", "2020-03-02T12:00:00.900",
        "2020-04-15T00:00:00", null));
    // open, deadline day 2020-07-01 ended before the cut-off: past deadline
    f.putRequest(request("b", "NL", "TRACE_ASSETS", "IN_PROGRESS", "2020-06-01T00:00:00", "2020-06-03T00:00:00",
        null, "2020-07-01"));
    // declined after the cut-off (2021-01-01): pending at period end, deadline not yet ended then
    f.putRequest(request("c", "FR", "FREEZE_ASSETS", "DECLINED", "2020-11-01T00:00:00", null,
        "2021-02-01T00:00:00", "2021-03-01"));
    // closed on its deadline day: not past the deadline
    f.putRequest(request("d", "SN", "FREEZE_ASSETS", "PARTIALLY_EXECUTED", "2020-02-01T00:00:00", null,
        "2020-02-10T23:59:59", "2020-02-10"));
    // submitted before the period; a draft; a State without region
    f.putRequest(request("e", "FR", "FREEZE_ASSETS", "EXECUTED", "2019-12-31T23:59:59", null, "2020-01-05T00:00:00", null));
    f.putRequest(request("f", "NL", "FREEZE_ASSETS", "DRAFT", null, null, null, null));
    f.putRequest(request("g", "XX", "OTHER", "SUBMITTED", "2020-12-31T23:59:59.999", null, null, null));
    f.putAsset(new StatisticsFacts.AssetRow("a1", "a", "FROZEN", "EUR", new BigDecimal("100.10")));
    f.putAsset(new StatisticsFacts.AssetRow("a2", "a", "TRANSFERRED", "EUR", new BigDecimal("5.00")));
    f.putAsset(new StatisticsFacts.AssetRow("a3", "a", "SEIZED", "EUR", null));
    f.putAsset(new StatisticsFacts.AssetRow("a4", "a", "TRACED", null, null));
    f.putAsset(new StatisticsFacts.AssetRow("a5", "a", "REQUESTED", "EUR", new BigDecimal("1.00")));
    f.putAsset(new StatisticsFacts.AssetRow("e1", "e", "FROZEN", "EUR", new BigDecimal("9.00")));
    f.putChallenge(new StatisticsFacts.ChallengeRow("c1", "a", "BANK_SECRECY", t("2020-05-01T00:00:00")));
    f.putChallenge(new StatisticsFacts.ChallengeRow("c2", "e", "BANK_SECRECY", t("2020-02-01T00:00:00")));
    f.putChallenge(new StatisticsFacts.ChallengeRow("c3", "f", "CAPACITY", t("2020-02-01T00:00:00")));
    f.putChallenge(new StatisticsFacts.ChallengeRow("c4", "c", "CAPACITY", t("2021-01-01T00:00:00")));
    return f;
  }

  static Counts counts(RequestCells cells, String unit, String group) {
    return cells.counts().stream().filter(c -> c.unit().equals(unit) && c.group().equals(group)).findFirst()
        .orElseThrow(() -> new AssertionError("no cell " + unit + "/" + group + " in " + cells.counts()));
  }

  @Test
  void countsByStateFollowTheCohortAndTheCutOff() {
    RequestCells cells = facts().requests(filter("STATE", null, null, null), PER_STATE, NOW, true);
    assertEquals(4, cells.counts().size(), cells.counts().toString());
    // unit, group, states, received, acknowledged, executed, partially, declined, withdrawn, withDeadline, pastDeadline
    assertEquals(new Counts("NL", "NL", 1, 2, 2, 1, 0, 0, 0, 1, 1), counts(cells, "NL", "NL"));
    assertEquals(new Counts("FR", "FR", 1, 1, 0, 0, 0, 0, 0, 1, 0), counts(cells, "FR", "FR"));
    assertEquals(new Counts("SN", "SN", 1, 1, 0, 0, 1, 0, 0, 1, 0), counts(cells, "SN", "SN"));
    assertEquals(new Counts("XX", "XX", 1, 1, 0, 0, 0, 0, 0, 0, 0), counts(cells, "XX", "XX"));
    // NL acknowledged after 129,600 s and 172,800 s: median rank 1, p90 rank 2
    assertTrue(cells.times().acknowledge().contains(new Durations("NL", "NL", 2, 129_600, 172_800)));
    assertTrue(cells.times().acknowledge().contains(new Durations(null, FigureRow.TOTAL, 2, 129_600, 172_800)));
    // executed: a after 45 days, d (partially) after 9 days 23:59:59
    assertTrue(cells.times().execute().contains(new Durations(null, FigureRow.TOTAL, 2, 863_999, 3_888_000)),
        cells.times().execute().toString());
  }

  @Test
  void eachQuarterIsItsOwnCutOff() {
    RequestCells cells = facts().requests(filter("PERIOD", "QUARTER", "FREEZE_ASSETS", null), ALL, NOW, true);
    // a: submitted in Q1, executed 15 April: pending at the end of Q1
    assertEquals(new Counts("ALL", "2020-Q1", 2, 2, 1, 0, 1, 0, 0, 1, 0), counts(cells, "ALL", "2020-Q1"));
    assertEquals(new Counts("ALL", "2020-Q4", 1, 1, 0, 0, 0, 0, 0, 1, 0), counts(cells, "ALL", "2020-Q4"));
    assertEquals(2, cells.counts().size());
  }

  @Test
  void theCutOffIsNeverLaterThanNow() {
    // Now is 2020-06-02: b is not yet acknowledged, and its deadline has not passed.
    RequestCells cells = facts().requests(filter("STATE", null, "TRACE_ASSETS", null), PER_STATE,
        Instant.parse("2020-06-02T00:00:00Z"), false);
    assertEquals(new Counts("NL", "NL", 1, 1, 0, 0, 0, 0, 0, 1, 0), counts(cells, "NL", "NL"));
    assertEquals(List.of(), cells.times().acknowledge());
  }

  @Test
  void regionsGroupAndFilterByTheStatesGroup() {
    RequestCells cells = facts().requests(filter("REGION", null, null, null), ALL, NOW, false);
    assertEquals(new Counts("ALL", "WESTERN_EUROPEAN_OTHER", 2, 3, 2, 1, 0, 0, 0, 2, 1),
        counts(cells, "ALL", "WESTERN_EUROPEAN_OTHER"));
    assertEquals(1, counts(cells, "ALL", "AFRICAN").received());
    assertEquals(1, counts(cells, "ALL", "NONE").received());
    RequestCells african = facts().requests(filter("TYPE", null, null, "AFRICAN"), ALL, NOW, false);
    assertEquals(List.of(new Counts("ALL", "FREEZE_ASSETS", 1, 1, 0, 0, 1, 0, 0, 1, 0)), african.counts());
  }

  @Test
  void assetsByCurrentStepAndCurrency() {
    StatisticsFacts f = facts();
    List<Assets> assets = f.assets(filter("STATE", null, null, null), PER_STATE);
    assertTrue(assets.contains(new Assets("NL", "NL", AssetStep.FROZEN, "EUR", 1, new BigDecimal("100.10"))));
    assertTrue(assets.contains(new Assets("NL", "NL", AssetStep.SEIZED, "EUR", 2, new BigDecimal("5.00"))));
    assertTrue(assets.contains(new Assets("NL", "NL", AssetStep.IDENTIFIED, null, 1, null)));
    assertEquals(3, assets.size(), assets.toString());
    // An asset back to REQUESTED leaves the steps; one reaching SEIZED enters them.
    f.putAsset(new StatisticsFacts.AssetRow("a1", "a", "REQUESTED", "EUR", new BigDecimal("100.10")));
    f.putAsset(new StatisticsFacts.AssetRow("a5", "a", "SEIZED", "EUR", new BigDecimal("1.00")));
    assets = f.assets(filter("STATE", null, null, null), PER_STATE);
    assertTrue(assets.contains(new Assets("NL", "NL", AssetStep.SEIZED, "EUR", 3, new BigDecimal("6.00"))));
    assertEquals(2, assets.size(), assets.toString());
  }

  @Test
  void challengesByRecordedPeriodOnSubmittedRequests() {
    List<Challenges> challenges = facts().challenges(filter("STATE", "QUARTER", null, null), PER_STATE);
    // c2 counts (recorded in the period; its request was submitted before it), c3 (draft) and c4 (2021) do not
    assertEquals(Set.of(new Challenges("NL", "NL", "BANK_SECRECY", "2020-Q2", 1),
        new Challenges("FR", "FR", "BANK_SECRECY", "2020-Q1", 1)), Set.copyOf(challenges));
  }

  @Test
  void changesAndDeletionsShowInTheNextComputation() {
    StatisticsFacts f = facts();
    f.putRequest(request("b", "NL", "TRACE_ASSETS", "WITHDRAWN", "2020-06-01T00:00:00", "2020-06-03T00:00:00",
        "2020-06-20T00:00:00", "2020-07-01"));
    f.removeRequest("a");
    f.removeChallenge("c1");
    RequestCells cells = f.requests(filter("STATE", null, null, null), PER_STATE, NOW, true);
    assertEquals(new Counts("NL", "NL", 1, 1, 1, 0, 0, 0, 1, 1, 0), counts(cells, "NL", "NL"));
    assertEquals(List.of(), f.assets(filter("STATE", null, "FREEZE_ASSETS", null), PER_STATE).stream()
        .filter(a -> a.unit().equals("NL")).toList(), "assets of a deleted request do not count");
    assertEquals(1, f.challenges(filter("STATE", null, null, null), PER_STATE).size());
    // the key comes back: same slot, new values
    f.putRequest(request("a", "JP", "OTHER", "SUBMITTED", "2020-03-01T00:00:00", null, null, null));
    assertEquals(1, counts(f.requests(filter("STATE", null, null, null), PER_STATE, NOW, false), "JP", "JP").received());
    assertEquals(List.of("FR", "JP", "NL", "SN", "XX"), f.requestedStates());
    assertEquals(List.of("FREEZE_ASSETS", "OTHER", "TRACE_ASSETS"), f.requestTypes());
  }

  /**
   * Many changes applied one by one (the duration orders patched in place) give exactly what a
   * copy loaded afresh from the final rows gives, for every grouping.
   */
  @Test
  void aCopyChangedStepByStepEqualsOneLoadedAfresh() {
    List<CooperationHistory.Request> rows = CooperationHistory.generate(7L, 3_000, LocalDate.of(2018, 1, 1),
        LocalDate.of(2021, 1, 1), LocalDateTime.of(2021, 6, 1, 0, 0), "g");
    StatisticsFacts changed = load(rows);
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    List<CooperationHistory.Request> now = new java.util.ArrayList<>(rows);
    for (int round = 0; round < 400; round++) {
      int k = random.nextInt(now.size());
      CooperationHistory.Request r = now.get(k);
      changed.reindex(); // as the replica does after every change set
      if (round % 10 == 0) {
        now.remove(k);
        changed.removeRequest(r.id());
        r.assets().forEach(a -> changed.removeAsset(a.id()));
        r.challenges().forEach(c -> changed.removeChallenge(c.id()));
      } else {
        // acknowledged and closed a random number of hours later, or no longer
        LocalDateTime ack = random.nextBoolean() ? null : r.submittedAt().plusHours(random.nextInt(2_000));
        LocalDateTime closed = ack == null || random.nextBoolean() ? null : ack.plusHours(random.nextInt(5_000));
        String status = closed == null ? "IN_PROGRESS" : random.nextBoolean() ? "EXECUTED" : "PARTIALLY_EXECUTED";
        r = new CooperationHistory.Request(r.id(), r.group(), r.type(), r.requestedOrg(), status, r.submittedAt(), ack,
            closed, r.deadline(), r.assets(), r.challenges());
        now.set(k, r);
        changed.putRequest(row(r));
      }
    }
    StatisticsFacts fresh = load(now);
    for (String groupBy : List.of("STATE", "REGION", "TYPE", "PERIOD")) {
      StatisticsFilter f = StatisticsFilter.parse("2018-01-01", "2020-12-31", null, null, null, groupBy, "QUARTER");
      UnitRule units = groupBy.equals("STATE") ? PER_STATE : ALL;
      Instant at = Instant.parse("2021-06-01T00:00:00Z");
      assertEquals(Set.copyOf(fresh.requests(f, units, at, true).counts()), Set.copyOf(changed.requests(f, units, at, true).counts()), groupBy);
      assertEquals(Set.copyOf(fresh.requests(f, units, at, true).times().acknowledge()),
          Set.copyOf(changed.requests(f, units, at, true).times().acknowledge()), groupBy);
      assertEquals(Set.copyOf(fresh.requests(f, units, at, true).times().execute()),
          Set.copyOf(changed.requests(f, units, at, true).times().execute()), groupBy);
      assertEquals(Set.copyOf(fresh.assets(f, units)), Set.copyOf(changed.assets(f, units)), groupBy);
      assertEquals(Set.copyOf(fresh.challenges(f, units)), Set.copyOf(changed.challenges(f, units)), groupBy);
    }
  }

  static StatisticsFacts.RequestRow row(CooperationHistory.Request r) {
    return new StatisticsFacts.RequestRow(r.id(), r.requestedOrg(), r.type(), r.status(), millis(r.submittedAt()),
        millis(r.acknowledgedAt()), millis(r.closedAt()), r.deadline() == null ? StatisticsFacts.NO_DAY : (int) r.deadline().toEpochDay());
  }

  static long millis(LocalDateTime t) {
    return t == null ? StatisticsFacts.NONE : t.toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  static StatisticsFacts load(List<CooperationHistory.Request> rows) {
    StatisticsFacts f = new StatisticsFacts();
    f.regions(Map.of("NL", "WESTERN_EUROPEAN_OTHER", "FR", "WESTERN_EUROPEAN_OTHER", "SN", "AFRICAN"));
    for (CooperationHistory.Request r : rows) {
      f.putRequest(row(r));
      r.assets().forEach(a -> f.putAsset(new StatisticsFacts.AssetRow(a.id(), r.id(), a.status(), a.currency(), a.estimatedValue())));
      r.challenges().forEach(c -> f.putChallenge(new StatisticsFacts.ChallengeRow(c.id(), r.id(), c.code(), millis(c.recordedAt()))));
    }
    return f;
  }

  @Test
  void namedUnitsAndTheOthers() {
    UnitRule nl = new UnitRule(false, Set.of("NL"), "OTHERS");
    RequestCells cells = facts().requests(filter("STATE", null, null, null), nl, NOW, false);
    assertEquals(2, counts(cells, "NL", "NL").received());
    assertEquals(new Counts("OTHERS", "OTHERS", 3, 3, 0, 0, 1, 0, 0, 2, 0), counts(cells, "OTHERS", "OTHERS"));
    assertNull(cells.counts().stream().filter(c -> c.unit().equals("FR")).findFirst().orElse(null));
  }
}
