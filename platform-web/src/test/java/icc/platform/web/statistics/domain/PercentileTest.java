package icc.platform.web.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentileTest {

  @ParameterizedTest(name = "p{1} of {0} = {2}")
  @CsvSource(delimiter = ';', value = {
    "7; 0.5; 7",
    "1 2; 0.5; 1",          // even n: the lower middle value, not the mean
    "1 2 3; 0.5; 2",
    "4 1 3 2; 0.5; 2",      // sorted first
    "1 2 3 4 5 6 7 8 9 10; 0.9; 9",
    "1 2 3 4 5 6 7 8 9 10 11; 0.9; 10",   // ceil(9.9) = 10
    "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30; 0.9; 27",
    "5 5 5 1; 0.9; 5",
    "3 1 2; 1.0; 3"
  })
  void nearestRank(String values, double p, long expected) {
    long[] v = java.util.Arrays.stream(values.split(" ")).mapToLong(Long::parseLong).toArray();
    assertEquals(expected, Percentile.nearestRank(v, p));
  }

  @org.junit.jupiter.api.Test
  void rejectsNoValuesAndBadP() {
    assertThrows(IllegalArgumentException.class, () -> Percentile.nearestRank(new long[0], 0.5));
    assertThrows(IllegalArgumentException.class, () -> Percentile.nearestRank(new long[] {1}, 0));
    assertThrows(IllegalArgumentException.class, () -> Percentile.nearestRank(new long[] {1}, 1.5));
  }

  @org.junit.jupiter.api.Test
  void daysAndPercentRoundHalfUp() {
    assertEquals(new BigDecimal("1.0"), Percentile.days(86_400));
    assertEquals(new BigDecimal("0.1"), Percentile.days(4_320)); // 0.05 -> 0.1
    assertEquals(new BigDecimal("33.3"), Percentile.percent(1, 3));
    assertEquals(new BigDecimal("66.7"), Percentile.percent(2, 3));
    assertNull(Percentile.percent(0, 0));
  }
}
