package icc.platform.web.statistics.domain;

/**
 * The measures of a row of the requests table, with their names in JSON and CSV. Definitions in
 * docs/statistics.md "Measures".
 */
public enum Measure {
  RECEIVED("received", true, true),
  ACKNOWLEDGED("acknowledged", true, true),
  EXECUTED("executed", true, true),
  PARTIALLY_EXECUTED("partiallyExecuted", true, true),
  DECLINED("declined", true, true),
  WITHDRAWN("withdrawn", true, true),
  PENDING("pending", true, true),
  WITH_DEADLINE("withDeadline", false, true),
  PAST_DEADLINE("pastDeadline", false, true),
  PAST_DEADLINE_SHARE("pastDeadlineShare", false, false),
  ACKNOWLEDGE_N("acknowledgeN", false, true),
  ACKNOWLEDGE_MEDIAN_DAYS("acknowledgeMedianDays", false, false),
  ACKNOWLEDGE_P90_DAYS("acknowledgeP90Days", false, false),
  EXECUTE_N("executeN", false, true),
  EXECUTE_MEDIAN_DAYS("executeMedianDays", false, false),
  EXECUTE_P90_DAYS("executeP90Days", false, false),
  ASSETS_IDENTIFIED("assetsIdentified", false, true),
  ASSETS_FROZEN("assetsFrozen", false, true),
  ASSETS_SEIZED("assetsSeized", false, true);

  private final String key;
  private final boolean volume;
  private final boolean count;

  Measure(String key, boolean volume, boolean count) {
    this.key = key;
    this.volume = volume;
    this.count = count;
  }

  /** The name in JSON, CSV and the i18n bundle ({@code measure.<key>}). */
  public String key() {
    return key;
  }

  /** A request count that platform administrators see ("only volumes"). */
  public boolean volume() {
    return volume;
  }

  /** A count (as opposed to a duration or share), subject to the fewer-than-3 rule. */
  public boolean count() {
    return count;
  }
}
