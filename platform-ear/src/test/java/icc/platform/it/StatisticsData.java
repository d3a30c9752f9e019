package icc.platform.it;

import icc.platform.web.statistics.infrastructure.CooperationHistory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The statistics tests' known data set and an independent recomputation of every measure from
 * its raw rows, in plain Java (docs/statistics.md definitions; nearest-rank percentiles), never
 * through the platform's SQL.
 */
final class StatisticsData {

  /** request_group of the test data set; its rows live in 2019-2020, a period no other test uses. */
  static final String GROUP = "5ed5a7a0-0000-4000-8000-0000000019e0";
  static final LocalDate FROM = LocalDate.of(2019, 1, 1);
  static final LocalDate TO = LocalDate.of(2020, 12, 31);
  static final Map<String, String> REGIONS = Map.of(
      "NL", "WESTERN_EUROPEAN_OTHER", "FR", "WESTERN_EUROPEAN_OTHER", "SN", "AFRICAN",
      "AR", "LATIN_AMERICAN_CARIBBEAN", "JP", "ASIA_PACIFIC");

  private StatisticsData() {}

  static List<CooperationHistory.Request> generate(LocalDateTime now) {
    return CooperationHistory.generate(20192020L, 500, FROM, TO.plusDays(1), now, GROUP);
  }

  /** The measures of one cell, recomputed. */
  record Figures(long received, long acknowledged, long executed, long partiallyExecuted, long declined,
      long withdrawn, long pending, long withDeadline, long pastDeadline, BigDecimal pastDeadlineShare,
      long acknowledgeN, BigDecimal acknowledgeMedian, BigDecimal acknowledgeP90,
      long executeN, BigDecimal executeMedian, BigDecimal executeP90,
      long identified, long frozen, long seized, Map<String, BigDecimal> values) {}

  static Figures figures(List<CooperationHistory.Request> cohort, LocalDateTime cutoff) {
    long ack = 0, exec = 0, part = 0, decl = 0, withdr = 0, withDeadline = 0, past = 0;
    List<Long> ackSecs = new ArrayList<>();
    List<Long> execSecs = new ArrayList<>();
    long identified = 0, frozen = 0, seized = 0;
    Map<String, BigDecimal> values = new TreeMap<>();
    for (CooperationHistory.Request r : cohort) {
      boolean closed = r.closedAt() != null && r.closedAt().isBefore(cutoff);
      if (r.acknowledgedAt() != null && r.acknowledgedAt().isBefore(cutoff)) {
        ack++;
        ackSecs.add(Duration.between(r.submittedAt(), r.acknowledgedAt()).getSeconds());
      }
      if (closed) {
        switch (r.status()) {
          case "EXECUTED" -> exec++;
          case "PARTIALLY_EXECUTED" -> part++;
          case "DECLINED" -> decl++;
          case "WITHDRAWN" -> withdr++;
          default -> throw new IllegalStateException(r.status());
        }
        if (r.status().equals("EXECUTED") || r.status().equals("PARTIALLY_EXECUTED")) {
          execSecs.add(Duration.between(r.submittedAt(), r.closedAt()).getSeconds());
        }
      }
      if (r.deadline() != null) {
        withDeadline++;
        LocalDateTime end = closed ? r.closedAt() : cutoff;
        if (!end.isBefore(r.deadline().plusDays(1).atStartOfDay())) {
          past++;
        }
      }
      for (CooperationHistory.Asset a : r.assets()) {
        String step = switch (a.status()) {
          case "IDENTIFIED", "TRACED" -> "IDENTIFIED";
          case "FROZEN" -> "FROZEN";
          case "SEIZED", "TRANSFERRED" -> "SEIZED";
          default -> null;
        };
        if (step == null) {
          continue;
        }
        switch (step) {
          case "IDENTIFIED" -> identified++;
          case "FROZEN" -> frozen++;
          default -> seized++;
        }
        if (a.currency() != null && a.estimatedValue() != null) {
          values.merge(step + " " + a.currency(), a.estimatedValue(), BigDecimal::add);
        }
      }
    }
    long received = cohort.size();
    return new Figures(received, ack, exec, part, decl, withdr, received - exec - part - decl - withdr,
        withDeadline, past, withDeadline == 0 ? null : BigDecimal.valueOf(past * 100).divide(BigDecimal.valueOf(withDeadline), 1, RoundingMode.HALF_UP),
        ackSecs.size(), days(ackSecs, 0.5), days(ackSecs, 0.9),
        execSecs.size(), days(execSecs, 0.5), days(execSecs, 0.9),
        identified, frozen, seized, values);
  }

  /** Nearest rank: the value at rank ceil(p n) of the sorted values, in days (1 decimal, half up). */
  static BigDecimal days(List<Long> seconds, double p) {
    if (seconds.isEmpty()) {
      return null;
    }
    long[] sorted = seconds.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p * sorted.length - 1e-9);
    return BigDecimal.valueOf(sorted[rank - 1]).divide(BigDecimal.valueOf(86_400), 1, RoundingMode.HALF_UP);
  }

  static List<CooperationHistory.Request> select(List<CooperationHistory.Request> all, Predicate<CooperationHistory.Request> p) {
    return all.stream().filter(r -> !r.submittedAt().toLocalDate().isBefore(FROM) && !r.submittedAt().toLocalDate().isAfter(TO))
        .filter(p).toList();
  }

  static <K> Map<K, List<CooperationHistory.Request>> by(List<CooperationHistory.Request> rows, Function<CooperationHistory.Request, K> key) {
    Map<K, List<CooperationHistory.Request>> map = new TreeMap<>();
    rows.forEach(r -> map.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
    return map;
  }

  static String quarter(LocalDateTime t) {
    return t.getYear() + "-Q" + ((t.getMonthValue() - 1) / 3 + 1);
  }

  static LocalDateTime quarterEnd(LocalDateTime t) {
    return LocalDate.of(t.getYear(), ((t.getMonthValue() - 1) / 3) * 3 + 1, 1).plusMonths(3).atStartOfDay();
  }
}
