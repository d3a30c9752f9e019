package icc.platform.web.statistics.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often one challenge code was recorded for one unit, in total and per period (its trend).
 * "The main challenges" of ICC-ASP/18/Res.3 para 36. A suppressed count is null.
 */
public final class ChallengeRow {

  private final String unit;
  private final String code;
  private final int states;
  private final Map<String, Long> perPeriod = new LinkedHashMap<>();
  private final Map<String, Boolean> hidden = new LinkedHashMap<>();
  private boolean totalHidden;

  public ChallengeRow(String unit, String code, int states, List<String> periods) {
    this.unit = unit;
    this.code = code;
    this.states = states;
    periods.forEach(p -> perPeriod.put(p, 0L));
  }

  public String unit() {
    return unit;
  }

  public String code() {
    return code;
  }

  public int states() {
    return states;
  }

  public boolean isTotal() {
    return FigureRow.TOTAL.equals(code);
  }

  public void add(String period, long count) {
    perPeriod.merge(period, count, Long::sum);
  }

  /** The count per period before suppression. */
  public Map<String, Long> counts() {
    return perPeriod;
  }

  public long total() {
    return perPeriod.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The count shown for a period: null if suppressed. */
  public Long shown(String period) {
    return Boolean.TRUE.equals(hidden.get(period)) ? null : perPeriod.get(period);
  }

  /** The total shown: null if suppressed. */
  public Long shownTotal() {
    return totalHidden ? null : total();
  }

  void hide(String period) {
    hidden.put(period, true);
  }

  void hideTotal() {
    totalHidden = true;
  }
}
