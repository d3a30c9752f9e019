package icc.platform.web.statistics.domain;

/** The dimension a table is broken down by (docs/statistics.md "Filters and dimensions"). */
public enum GroupBy {
  /** The requested State. */
  STATE,
  /** The UN regional group of the requested State. */
  REGION,
  /** The request type. */
  TYPE,
  /** The period of submission, cut by the granularity. */
  PERIOD;

  /** Whether this breakdown names States or groups of States (never for volumes-only audiences). */
  public boolean breaksDownByState() {
    return this == STATE || this == REGION;
  }
}
