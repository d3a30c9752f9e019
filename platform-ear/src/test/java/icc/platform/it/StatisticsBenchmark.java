package icc.platform.it;

import icc.platform.web.statistics.infrastructure.CooperationHistory;
import icc.platform.web.statistics.infrastructure.HistoryWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name does not end in IT, so the build never runs it): the
 * dashboard's API queries over 100,000 generated requests (2010-2016, whose challenges end before 2019, request_group below, kept
 * for later runs), called by concurrent clients as court.analyst (every State, every measure, no
 * suppression: the most work). Two phases: warm (the same queries repeated, no change in between:
 * the server's in-memory copy is current and every call computes over it) and cold (a committed
 * change to an asset value before every call, so every call first rereads the changed row through
 * the change log, then computes). Prints latency percentiles per query and overall
 * for both and writes them to target/statistics-benchmark.md. Run with {@code -Dit.test=StatisticsBenchmark}
 * (docs/benchmarks.md, section statistics).
 */
class StatisticsBenchmark {

  static final String GROUP = "5ed5a7a0-0000-4000-8000-0000000bec01";
  /** An earlier data set (2011-2018) whose late challenges fell into the tests' 2019-2020. */
  static final String OLD_GROUP = "5ed5a7a0-0000-4000-8000-0000000bec00";
  static final int REQUESTS = 100_000;
  static final int CLIENTS = Integer.getInteger("statistics.clients", 4);
  static final int ROUNDS = Integer.getInteger("statistics.rounds", 40);
  static final String PERIOD = "from=2010-01-01&to=2016-12-31";
  static final List<String> QUERIES = List.of(
      "/api/v1/statistics/requests?" + PERIOD + "&groupBy=STATE",
      "/api/v1/statistics/requests?" + PERIOD + "&groupBy=REGION",
      "/api/v1/statistics/requests?" + PERIOD + "&groupBy=TYPE",
      "/api/v1/statistics/requests?" + PERIOD + "&groupBy=PERIOD&granularity=QUARTER",
      "/api/v1/statistics/requests?" + PERIOD + "&groupBy=STATE&region=WESTERN_EUROPEAN_OTHER&type=FREEZE_ASSETS",
      "/api/v1/statistics/challenges?" + PERIOD + "&granularity=YEAR");

  @Test
  void dashboardQueriesOver100000Requests() throws Exception {
    try (Connection c = AuditDatabase.connect()) {
      HistoryWriter.delete(c, OLD_GROUP);
      if (HistoryWriter.count(c, GROUP) != REQUESTS) {
        HistoryWriter.delete(c, GROUP);
        long start = System.nanoTime();
        HistoryWriter.insert(c, CooperationHistory.generate(42L, REQUESTS, LocalDate.of(2010, 1, 1),
            LocalDate.of(2017, 1, 1), LocalDateTime.now(ZoneOffset.UTC), GROUP));
        System.out.printf("inserted %,d requests in %.1f s%n", REQUESTS, (System.nanoTime() - start) / 1e9);
      }
    }
    String token = TestPlatform.userToken("court", "court.analyst");
    for (String q : QUERIES) { // warm-up, and a check that every query answers
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> r = TestPlatform.get(q, token);
        if (r.statusCode() != 200) {
          throw new AssertionError(q + ": " + r.statusCode() + " " + r.body());
        }
      }
    }
    // Warm: the same dashboard queries again and again with no change in between, as a dashboard
    // is used; every call computes over the in-memory copy, which is current.
    String warm = phase(token, false);
    // Cold: before every call the client changes a value the figures are computed from (the
    // estimated value of one generated asset, one cent up, then down again), in its own committed
    // transaction: the trigger bumps the data version and logs the asset, so the call first
    // rereads that row into the copy (StatisticsReplica), then computes.
    String cold = phase(token, true);
    String table = String.format("%,d requests in the tables; %d concurrent clients x %d calls per phase%n%n"
        + "Warm (repeated queries, no change in between: computed over the current in-memory copy):%n%n%s%n"
        + "Cold (a committed change to the data before every call: the copy is refreshed from the change log, then computed):%n%n%s",
        REQUESTS, CLIENTS, ROUNDS, warm, cold);
    System.out.println(table);
    Files.writeString(Path.of("target", "statistics-benchmark.md"), table);
  }

  private static String phase(String token, boolean changeBefore) throws Exception {
    List<String> assets = new ArrayList<>();
    if (changeBefore) {
      try (Connection c = AuditDatabase.connect();
          var s = c.prepareStatement("SELECT a.id FROM cooperation_asset a JOIN cooperation_request r ON r.thread_id = a.request_id"
              + " WHERE r.request_group = ? AND a.estimated_value IS NOT NULL AND a.status = 'FROZEN' ORDER BY a.id LIMIT ?")) {
        s.setString(1, GROUP);
        s.setInt(2, CLIENTS);
        try (var rs = s.executeQuery()) {
          while (rs.next()) {
            assets.add(rs.getString(1));
          }
        }
      }
    }
    String loadBefore = loadAverage();
    List<List<Long>> perQuery = new ArrayList<>();
    QUERIES.forEach(q -> perQuery.add(Collections.synchronizedList(new ArrayList<>())));
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    List<Future<?>> clients = new ArrayList<>();
    for (int t = 0; t < CLIENTS; t++) {
      int offset = t;
      clients.add(pool.submit(() -> {
        try (Connection c = changeBefore ? AuditDatabase.connect() : null;
            var change = changeBefore
                ? c.prepareStatement("UPDATE cooperation_asset SET estimated_value = estimated_value + ? WHERE id = ?") : null) {
          for (int round = 0; round < ROUNDS; round++) {
            if (changeBefore) {
              change.setBigDecimal(1, new java.math.BigDecimal(round % 2 == 0 ? "0.01" : "-0.01"));
              change.setString(2, assets.get(offset));
              if (change.executeUpdate() != 1) {
                throw new IllegalStateException("asset " + assets.get(offset) + " not changed");
              }
            }
            int i = (round + offset) % QUERIES.size();
            long t0 = System.nanoTime();
            HttpResponse<String> r = TestPlatform.get(QUERIES.get(i), token);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (r.statusCode() != 200) {
              throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            perQuery.get(i).add(ms);
          }
          if (changeBefore && ROUNDS % 2 == 1) { // back to the generated value
            change.setBigDecimal(1, new java.math.BigDecimal("-0.01"));
            change.executeUpdate();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : clients) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    StringBuilder table = new StringBuilder(String.format("%.1f calls/s; load average (1, 5, 15 min) before %s, after %s%n%n"
        + "| query | calls | p50 ms | p95 ms | p99 ms | max ms |%n|---|---|---|---|---|---|%n", CLIENTS * ROUNDS / seconds,
        loadBefore, loadAverage()));
    List<Long> all = new ArrayList<>();
    for (int i = 0; i < QUERIES.size(); i++) {
      List<Long> times = new ArrayList<>(perQuery.get(i));
      all.addAll(times);
      table.append(row(QUERIES.get(i).replace("/api/v1/statistics/", "").replace(PERIOD + "&", "").replace(PERIOD, ""), times));
    }
    table.append(row("**all**", all));
    return table.toString();
  }

  /** The machine's load average, recorded with every figure (the machine may be shared). */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  static String row(String name, List<Long> times) {
    Collections.sort(times);
    return String.format("| `%s` | %d | %d | %d | %d | %d |%n", name, times.size(), p(times, 0.5), p(times, 0.95),
        p(times, 0.99), times.get(times.size() - 1));
  }

  static long p(List<Long> sorted, double p) {
    return sorted.get((int) Math.ceil(p * sorted.size()) - 1);
  }
}
