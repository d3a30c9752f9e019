package icc.platform.web.statistics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Nearest-rank percentiles and the days they are reported in (docs/statistics.md): with the
 * {@code n} values sorted, the p-th percentile is the value at rank ceil(p·n), 1-based. This is
 * what MariaDB's {@code PERCENTILE_DISC} computes.
 */
public final class Percentile {

  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  private Percentile() {}

  /** The nearest-rank p-th percentile (0 &lt; p ≤ 1) of values; throws if there are none. */
  public static long nearestRank(long[] values, double p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return nearestRankOfSorted(sorted, p);
  }

  /** The same over values already sorted ascending (several percentiles of one sort). */
  public static long nearestRankOfSorted(long[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be in (0, 1]: " + p);
    }
    return sorted[rank(sorted.length, p) - 1];
  }

  /** The 1-based rank of the nearest-rank p-th percentile among {@code n} values (n ≥ 1). */
  public static int rank(int n, double p) {
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be in (0, 1]: " + p);
    }
    return Math.max((int) Math.ceil(p * n - 1e-9), 1);
  }

  /** Seconds as days, one decimal, half up. */
  public static BigDecimal days(long seconds) {
    return BigDecimal.valueOf(seconds).divide(SECONDS_PER_DAY, 1, RoundingMode.HALF_UP);
  }

  /** A share in per cent, one decimal, half up; null when there is no denominator. */
  public static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
