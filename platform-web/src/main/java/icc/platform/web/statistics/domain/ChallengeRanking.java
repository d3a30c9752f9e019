package icc.platform.web.statistics.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The challenge codes ranked by frequency, with their trend per period, and a {@code TOTAL} row
 * last; protected for the audience as the requests table is (docs/statistics.md).
 */
public final class ChallengeRanking {

  private final List<String> periods;
  private final List<ChallengeRow> rows;

  private ChallengeRanking(List<String> periods, List<ChallengeRow> rows) {
    this.periods = List.copyOf(periods);
    this.rows = List.copyOf(rows);
  }

  public List<String> periods() {
    return periods;
  }

  public List<ChallengeRow> rows() {
    return rows;
  }

  /**
   * Ranks rows: by unit in the order given (own State first), then by total descending, then by
   * code; appends the total over all rows; suppresses for a State audience.
   */
  public static ChallengeRanking of(Audience audience, List<String> periods, List<String> unitOrder, List<ChallengeRow> rows) {
    List<ChallengeRow> ranked = new ArrayList<>(rows);
    ranked.sort(Comparator.comparingInt((ChallengeRow r) -> unitOrder.indexOf(r.unit()))
        .thenComparing(Comparator.comparingLong(ChallengeRow::total).reversed())
        .thenComparing(ChallengeRow::code));
    ChallengeRow total = new ChallengeRow(Audience.ALL, FigureRow.TOTAL, 0, periods);
    for (ChallengeRow r : ranked) {
      r.counts().forEach(total::add);
    }
    ranked.add(total);
    if (audience.kind() == Audience.Kind.STATE) {
      suppress(audience, periods, ranked);
    }
    return new ChallengeRanking(periods, ranked);
  }

  private static void suppress(Audience audience, List<String> periods, List<ChallengeRow> rows) {
    SuppressionGrid grid = new SuppressionGrid();
    Map<ChallengeRow, Map<String, SuppressionGrid.Cell>> cells = new LinkedHashMap<>();
    Map<ChallengeRow, SuppressionGrid.Cell> totals = new LinkedHashMap<>();
    for (ChallengeRow row : rows) {
      boolean suppressible = row.isTotal() || !audience.unsuppressed(row.unit());
      Map<String, SuppressionGrid.Cell> rowCells = new LinkedHashMap<>();
      periods.forEach(p -> rowCells.put(p, grid.cell(row.counts().get(p), suppressible)));
      SuppressionGrid.Cell rowTotal = grid.cell(row.total(), suppressible);
      if (Audience.OTHERS.equals(row.unit()) && row.states() < SuppressionGrid.THRESHOLD) {
        rowCells.values().forEach(SuppressionGrid.Cell::suppress);
        rowTotal.suppress();
      }
      grid.sum(rowTotal, List.copyOf(rowCells.values()));
      cells.put(row, rowCells);
      totals.put(row, rowTotal);
    }
    ChallengeRow total = rows.get(rows.size() - 1);
    List<ChallengeRow> parts = rows.subList(0, rows.size() - 1);
    for (String p : periods) {
      grid.sum(cells.get(total).get(p), parts.stream().map(r -> cells.get(r).get(p)).toList());
    }
    grid.sum(totals.get(total), parts.stream().map(totals::get).toList());
    grid.apply();
    for (ChallengeRow row : rows) {
      cells.get(row).forEach((p, cell) -> {
        if (cell.suppressed()) {
          row.hide(p);
        }
      });
      if (totals.get(row).suppressed()) {
        row.hideTotal();
      }
    }
  }
}
