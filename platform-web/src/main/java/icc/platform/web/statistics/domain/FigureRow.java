package icc.platform.web.statistics.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of the requests table: a unit (a State, {@link Audience#OTHERS}, {@link Audience#ALL})
 * and a group (the value of the breakdown, or {@code TOTAL}), with its measures. A suppressed
 * measure has no value and is listed in {@link #suppressed()}.
 */
public final class FigureRow {

  /** The group of the row that adds up all the others. */
  public static final String TOTAL = "TOTAL";

  private final String unit;
  private final String group;
  private final int states;
  private final Map<Measure, Number> values = new EnumMap<>(Measure.class);
  private final Set<Measure> suppressed = EnumSet.noneOf(Measure.class);
  private final List<AssetValue> assetValues = new ArrayList<>();

  public FigureRow(String unit, String group, int states) {
    this.unit = unit;
    this.group = group;
    this.states = states;
  }

  public String unit() {
    return unit;
  }

  public String group() {
    return group;
  }

  /** How many distinct requested States the row is built from. */
  public int states() {
    return states;
  }

  public boolean isTotal() {
    return TOTAL.equals(group);
  }

  public void put(Measure measure, Number value) {
    if (value == null) {
      values.remove(measure);
    } else {
      values.put(measure, value);
    }
  }

  /** The value, or null if unknown, not applicable or suppressed. */
  public Number get(Measure measure) {
    return suppressed.contains(measure) ? null : values.get(measure);
  }

  /** The value before suppression (for the suppression itself); 0 if none. */
  public long count(Measure measure) {
    Number n = values.get(measure);
    return n == null ? 0 : n.longValue();
  }

  public void suppress(Measure measure) {
    suppressed.add(measure);
  }

  public Set<Measure> suppressed() {
    return Collections.unmodifiableSet(suppressed);
  }

  public boolean isSuppressed(Measure measure) {
    return suppressed.contains(measure);
  }

  /** Keeps only the volume measures (for platform administrators). */
  public void keepVolumesOnly() {
    values.keySet().removeIf(m -> !m.volume());
    assetValues.clear();
  }

  public List<AssetValue> assetValues() {
    return assetValues;
  }
}
