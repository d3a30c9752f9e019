package icc.platform.web.statistics.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the audience's rules to a computed requests table before anyone sees it
 * (docs/statistics.md "Small-cell suppression"): volumes only for platform administrators; for
 * a State, whole rows of fewer than 3 other States, then cells built from fewer than 3 requests,
 * then the complementary cells that would let a suppressed one be recomputed.
 */
public final class Disclosure {

  /** Outcome counts that add up to {@link Measure#RECEIVED} in every row. */
  static final List<Measure> OUTCOMES = List.of(
      Measure.EXECUTED, Measure.PARTIALLY_EXECUTED, Measure.DECLINED, Measure.WITHDRAWN, Measure.PENDING);

  /** Counts that take part in the grid (the {@code n} of the durations follow their counts). */
  static final List<Measure> GRID = List.of(
      Measure.RECEIVED, Measure.ACKNOWLEDGED, Measure.EXECUTED, Measure.PARTIALLY_EXECUTED,
      Measure.DECLINED, Measure.WITHDRAWN, Measure.PENDING, Measure.WITH_DEADLINE, Measure.PAST_DEADLINE,
      Measure.EXECUTE_N, Measure.ASSETS_IDENTIFIED, Measure.ASSETS_FROZEN, Measure.ASSETS_SEIZED);

  private Disclosure() {}

  /** Protects {@code rows} (the last of which is the total) in place for {@code audience}. */
  public static void protect(Audience audience, List<FigureRow> rows) {
    switch (audience.kind()) {
      case COURT -> { }
      case VOLUMES -> rows.forEach(FigureRow::keepVolumesOnly);
      case STATE -> suppress(audience, rows);
    }
  }

  private static void suppress(Audience audience, List<FigureRow> rows) {
    SuppressionGrid grid = new SuppressionGrid();
    List<Map<Measure, SuppressionGrid.Cell>> cells = new ArrayList<>();
    FigureRow total = null;
    Map<Measure, SuppressionGrid.Cell> totalCells = null;
    for (FigureRow row : rows) {
      boolean suppressible = !audience.unsuppressed(row.unit()) || row.isTotal();
      Map<Measure, SuppressionGrid.Cell> rowCells = new EnumMap<>(Measure.class);
      for (Measure m : GRID) {
        rowCells.put(m, grid.cell(row.count(m), suppressible));
      }
      // An aggregate of fewer than 3 other States would be (almost) a named State.
      if (Audience.OTHERS.equals(row.unit()) && row.states() < SuppressionGrid.THRESHOLD) {
        rowCells.values().forEach(SuppressionGrid.Cell::suppress);
      }
      grid.sum(rowCells.get(Measure.RECEIVED), OUTCOMES.stream().map(rowCells::get).toList());
      // n of the times to execute = executed + partially executed; written as executed = n - partially so
      // that the grid hides the derived n before the figure people read ("executed").
      grid.sum(rowCells.get(Measure.EXECUTED),
          List.of(rowCells.get(Measure.EXECUTE_N), rowCells.get(Measure.PARTIALLY_EXECUTED)));
      if (row.isTotal()) {
        total = row;
        totalCells = rowCells;
      } else {
        cells.add(rowCells);
      }
    }
    if (totalCells != null) {
      for (Measure m : GRID) {
        grid.sum(totalCells.get(m), cells.stream().map(c -> c.get(m)).toList());
      }
    }
    grid.apply();
    int i = 0;
    for (FigureRow row : rows) {
      Map<Measure, SuppressionGrid.Cell> rowCells = row == total ? totalCells : cells.get(i++);
      rowCells.forEach((m, cell) -> {
        if (cell.suppressed()) {
          row.suppress(m);
        }
      });
      if (audience.unsuppressed(row.unit()) && !row.isTotal()) {
        continue;
      }
      derived(row);
    }
  }

  /** Durations, shares and values follow the counts they are built from. */
  private static void derived(FigureRow row) {
    if (row.isSuppressed(Measure.ACKNOWLEDGED) || row.count(Measure.ACKNOWLEDGED) < SuppressionGrid.THRESHOLD) {
      hideIfAny(row, Measure.ACKNOWLEDGE_N, Measure.ACKNOWLEDGE_MEDIAN_DAYS, Measure.ACKNOWLEDGE_P90_DAYS);
    }
    if (row.isSuppressed(Measure.EXECUTE_N) || row.count(Measure.EXECUTE_N) < SuppressionGrid.THRESHOLD) {
      hideIfAny(row, Measure.EXECUTE_N, Measure.EXECUTE_MEDIAN_DAYS, Measure.EXECUTE_P90_DAYS);
    }
    if (row.isSuppressed(Measure.WITH_DEADLINE) || row.isSuppressed(Measure.PAST_DEADLINE)
        || row.count(Measure.WITH_DEADLINE) < SuppressionGrid.THRESHOLD) {
      hideIfAny(row, Measure.PAST_DEADLINE_SHARE);
    }
    List<AssetValue> values = row.assetValues();
    for (int i = 0; i < values.size(); i++) {
      AssetValue v = values.get(i);
      if (row.isSuppressed(v.step().measure()) || (v.assets() > 0 && v.assets() < SuppressionGrid.THRESHOLD)) {
        values.set(i, v.suppressedCopy());
      }
    }
  }

  private static void hideIfAny(FigureRow row, Measure... measures) {
    for (Measure m : measures) {
      if (row.get(m) != null || row.isSuppressed(m)) {
        row.suppress(m);
      }
    }
  }
}
