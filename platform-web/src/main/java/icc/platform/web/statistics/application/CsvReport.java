package icc.platform.web.statistics.application;

import icc.platform.web.statistics.domain.AssetValue;
import icc.platform.web.statistics.domain.Audience;
import icc.platform.web.statistics.domain.FigureRow;
import icc.platform.web.statistics.domain.Measure;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The requests table as RFC 4180 CSV: one line per row, the period on every line, one column per
 * measure, then one per asset step and currency. A suppressed cell reads {@code suppressed}; a
 * measure that does not apply is empty.
 */
public final class CsvReport {

  public static final String SUPPRESSED = "suppressed";

  private CsvReport() {}

  public static byte[] write(RequestTable table) {
    List<Measure> measures = new ArrayList<>();
    for (Measure m : Measure.values()) {
      if (table.audience() != Audience.Kind.VOLUMES || m.volume()) {
        measures.add(m);
      }
    }
    TreeSet<String> valueColumns = new TreeSet<>();
    for (FigureRow row : table.rows()) {
      row.assetValues().forEach(v -> valueColumns.add(column(v)));
    }
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("period_from", "period_to", "unit", "group"));
    measures.forEach(m -> header.add(m.key()));
    header.addAll(valueColumns);
    line(out, header);
    for (FigureRow row : table.rows()) {
      List<String> cells = new ArrayList<>(List.of(
          table.filter().from().toString(), table.filter().to().toString(), row.unit(), row.group()));
      for (Measure m : measures) {
        cells.add(row.isSuppressed(m) ? SUPPRESSED : row.get(m) == null ? "" : plain(row.get(m)));
      }
      for (String column : valueColumns) {
        String cell = "";
        for (AssetValue v : row.assetValues()) {
          if (column(v).equals(column)) {
            cell = v.suppressed() ? SUPPRESSED : v.amount().toPlainString();
          }
        }
        cells.add(cell);
      }
      line(out, cells);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code estimatedValue_FROZEN_EUR}. */
  static String column(AssetValue v) {
    return "estimatedValue_" + v.step() + "_" + v.currency();
  }

  static String plain(Number n) {
    return n instanceof java.math.BigDecimal d ? d.toPlainString() : n.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String c = cells.get(i);
      // Quote what needs it; a leading =, +, - or @ would be a formula in a spreadsheet.
      if (c.matches("^[=+@].*") || (c.startsWith("-") && !c.matches("-?[0-9.]+"))) {
        c = "'" + c;
      }
      if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
        c = "\"" + c.replace("\"", "\"\"") + "\"";
      }
      out.append(c);
    }
    out.append("\r\n");
  }
}
