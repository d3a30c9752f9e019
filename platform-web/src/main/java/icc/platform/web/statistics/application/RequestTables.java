package icc.platform.web.statistics.application;

import icc.platform.web.statistics.domain.AssetValue;
import icc.platform.web.statistics.domain.Audience;
import icc.platform.web.statistics.domain.Disclosure;
import icc.platform.web.statistics.domain.FigureRow;
import icc.platform.web.statistics.domain.Measure;
import icc.platform.web.statistics.domain.Percentile;
import icc.platform.web.statistics.domain.StatisticsFilter;
import icc.platform.web.statistics.domain.StatisticsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the requests table from the repository's cells: one row per (unit, group), the measures
 * derived as docs/statistics.md defines them, the total row, then the audience's protection.
 */
@ApplicationScoped
public class RequestTables {

  @Inject StatisticsRepository repository;

  public RequestTable build(Audience audience, StatisticsFilter filter, Instant now) {
    audience.check(filter);
    StatisticsRepository.UnitRule units = audience.units(filter, true);
    Map<String, FigureRow> rows = new LinkedHashMap<>();
    FigureRow total = new FigureRow(Audience.ALL, FigureRow.TOTAL, 0);
    boolean analyses = audience.kind() != Audience.Kind.VOLUMES;
    StatisticsRepository.RequestCells cells = repository.requests(filter, units, now, analyses);
    for (StatisticsRepository.Counts c : cells.counts()) {
      FigureRow row = new FigureRow(c.unit(), c.group(), c.states());
      rows.put(key(c.unit(), c.group()), row);
      long pending = c.received() - c.executed() - c.partiallyExecuted() - c.declined() - c.withdrawn();
      long[] values = {c.received(), c.acknowledged(), c.executed(), c.partiallyExecuted(), c.declined(),
        c.withdrawn(), pending, c.withDeadline(), c.pastDeadline()};
      Measure[] measures = {Measure.RECEIVED, Measure.ACKNOWLEDGED, Measure.EXECUTED, Measure.PARTIALLY_EXECUTED,
        Measure.DECLINED, Measure.WITHDRAWN, Measure.PENDING, Measure.WITH_DEADLINE, Measure.PAST_DEADLINE};
      for (int i = 0; i < measures.length; i++) {
        row.put(measures[i], values[i]);
        total.put(measures[i], total.count(measures[i]) + values[i]);
      }
    }
    if (analyses) {
      StatisticsRepository.TimesToRespond times = cells.times();
      durations(times.acknowledge(), rows, total,
          Measure.ACKNOWLEDGE_N, Measure.ACKNOWLEDGE_MEDIAN_DAYS, Measure.ACKNOWLEDGE_P90_DAYS);
      durations(times.execute(), rows, total,
          Measure.EXECUTE_N, Measure.EXECUTE_MEDIAN_DAYS, Measure.EXECUTE_P90_DAYS);
      assets(repository.assets(filter, units), rows, total);
    }
    List<FigureRow> ordered = new ArrayList<>(rows.values());
    List<String> unitOrder = unitOrder(audience);
    ordered.sort(Comparator.comparingInt((FigureRow r) -> rank(unitOrder, r.unit()))
        .thenComparing(FigureRow::unit).thenComparing(FigureRow::group));
    ordered.add(total);
    for (FigureRow row : ordered) {
      row.put(Measure.PAST_DEADLINE_SHARE, Percentile.percent(row.count(Measure.PAST_DEADLINE), row.count(Measure.WITH_DEADLINE)));
      if (row.count(Measure.EXECUTE_N) == 0 && audience.kind() != Audience.Kind.VOLUMES) {
        row.put(Measure.EXECUTE_N, 0L);
      }
      if (row.count(Measure.ACKNOWLEDGE_N) == 0 && audience.kind() != Audience.Kind.VOLUMES) {
        row.put(Measure.ACKNOWLEDGE_N, 0L);
      }
    }
    Disclosure.protect(audience, ordered);
    return new RequestTable(filter, audience.kind(), now, List.copyOf(ordered));
  }

  /** Own State first, then the States sharing by name, then the aggregate of the others. */
  static List<String> unitOrder(Audience audience) {
    List<String> order = new ArrayList<>();
    audience.ownState().ifPresent(order::add);
    order.addAll(audience.sharedStates().stream().sorted().toList());
    order.add(Audience.OTHERS);
    return order;
  }

  static int rank(List<String> order, String unit) {
    int i = order.indexOf(unit);
    return i < 0 ? order.size() : i;
  }

  private static void durations(List<StatisticsRepository.Durations> cells, Map<String, FigureRow> rows, FigureRow total,
      Measure n, Measure median, Measure p90) {
    for (StatisticsRepository.Durations d : cells) {
      FigureRow row = FigureRow.TOTAL.equals(d.group()) && d.unit() == null ? total : rows.get(key(d.unit(), d.group()));
      if (row == null) {
        continue;
      }
      row.put(n, d.n());
      row.put(median, Percentile.days(d.medianSeconds()));
      row.put(p90, Percentile.days(d.p90Seconds()));
    }
  }

  private static void assets(List<StatisticsRepository.Assets> cells, Map<String, FigureRow> rows, FigureRow total) {
    Map<String, Map<String, long[]>> counts = new TreeMap<>();
    Map<String, Map<String, BigDecimal>> values = new TreeMap<>();
    for (StatisticsRepository.Assets a : cells) {
      FigureRow row = rows.get(key(a.unit(), a.group()));
      if (row == null) {
        continue;
      }
      Measure m = a.step().measure();
      row.put(m, row.count(m) + a.assets());
      total.put(m, total.count(m) + a.assets());
      if (a.currency() != null && a.estimatedValue() != null) {
        add(row, a);
        String k = a.step() + " " + a.currency();
        counts.computeIfAbsent("TOTAL", x -> new TreeMap<>()).computeIfAbsent(k, x -> new long[1])[0] += a.assets();
        values.computeIfAbsent("TOTAL", x -> new TreeMap<>()).merge(k, a.estimatedValue(), BigDecimal::add);
      }
    }
    for (FigureRow row : rows.values()) {
      for (Measure m : List.of(Measure.ASSETS_IDENTIFIED, Measure.ASSETS_FROZEN, Measure.ASSETS_SEIZED)) {
        row.put(m, row.count(m));
      }
      row.assetValues().sort(Comparator.comparing(AssetValue::step).thenComparing(AssetValue::currency));
    }
    for (Measure m : List.of(Measure.ASSETS_IDENTIFIED, Measure.ASSETS_FROZEN, Measure.ASSETS_SEIZED)) {
      total.put(m, total.count(m));
    }
    counts.getOrDefault("TOTAL", Map.of()).forEach((k, n) -> {
      String[] parts = k.split(" ");
      total.assetValues().add(new AssetValue(icc.platform.web.statistics.domain.AssetStep.valueOf(parts[0]), parts[1], n[0],
          values.get("TOTAL").get(k), false));
    });
  }

  private static void add(FigureRow row, StatisticsRepository.Assets a) {
    for (int i = 0; i < row.assetValues().size(); i++) {
      AssetValue v = row.assetValues().get(i);
      if (v.step() == a.step() && v.currency().equals(a.currency())) {
        row.assetValues().set(i, new AssetValue(v.step(), v.currency(), v.assets() + a.assets(),
            v.amount().add(a.estimatedValue()), false));
        return;
      }
    }
    row.assetValues().add(new AssetValue(a.step(), a.currency(), a.assets(), a.estimatedValue(), false));
  }

  private static String key(String unit, String group) {
    return unit + "\u0000" + group;
  }
}
