package icc.platform.web.statistics.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import icc.platform.web.statistics.domain.GroupBy;
import icc.platform.web.statistics.domain.Granularity;
import icc.platform.web.statistics.domain.StatisticsFilter;
import icc.platform.web.statistics.domain.StatisticsRepository.UnitRule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a computed result may be served again: only when the same query would compute it now. */
class FigureCacheTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    // case; period end (exclusive); computed at; latest event; served at; version changed; fresh
    "ended period, later, same version; 2017-01-01T00:00; 2026-11-22T10:00:00; 2026-11-22T09:00; 2026-11-30T10:00:00; false; true",
    "ended period, data changed; 2017-01-01T00:00; 2026-11-22T10:00:00; 2026-11-22T09:00; 2026-11-22T10:00:01; true; false",
    "open period, events before, same day; 2026-11-23T00:00; 2026-11-22T10:00:00; 2026-11-22T09:59:59.999; 2026-11-22T23:59:59; false; true",
    "open period, next day (deadlines end at midnight); 2026-11-24T00:00; 2026-11-22T10:00:00; 2026-11-22T09:00; 2026-11-23T00:00:00; false; false",
    "open period, an event at or after the computation; 2026-11-23T00:00; 2026-11-22T10:00:00; 2026-11-22T10:00:00.500; 2026-11-22T10:00:01; false; false",
    "open period, an event after, same second; 2026-11-23T00:00; 2026-11-22T10:00:00; 2026-11-22T10:00:00.500; 2026-11-22T10:00:00; false; true",
    "open period, served at an earlier second; 2026-11-23T00:00; 2026-11-22T10:00:05; 2026-11-22T09:00; 2026-11-22T10:00:04; false; false",
    "open period, data changed; 2026-11-23T00:00; 2026-11-22T10:00:00; 2026-11-22T09:00; 2026-11-22T10:00:00; true; false",
    "period ends at the computation; 2026-11-22T10:00; 2026-11-22T10:00:00; 2026-11-22T10:30; 2026-11-25T10:00:00; false; true"
  })
  void fresh(String what, String end, String computedAt, String latestEvent, String servedAt, boolean changed,
      boolean fresh) {
    FigureCache.Stamp stamp = FigureCache.Stamp.cutOff(
        new FigureCache.DataVersion(7, LocalDateTime.parse(latestEvent)), LocalDateTime.parse(end),
        LocalDateTime.parse(computedAt));
    assertEquals(fresh, stamp.fresh(changed ? 8 : 7, LocalDateTime.parse(servedAt)), what);
  }

  @Test
  void timelessResultsDependOnTheVersionOnly() {
    FigureCache.Stamp stamp = FigureCache.Stamp.timeless(new FigureCache.DataVersion(3, LocalDateTime.parse("2030-01-01T00:00")));
    assertEquals(true, stamp.fresh(3, null));
    assertEquals(false, stamp.fresh(4, null));
  }

  @Test
  void computesOnceWhileFreshAgainAfterAChangeAndStaysBounded() {
    FigureCache cache = new FigureCache();
    AtomicInteger computed = new AtomicInteger();
    FigureCache.Key key = key(LocalDate.of(2010, 1, 1));
    FigureCache.DataVersion v1 = new FigureCache.DataVersion(1, LocalDateTime.parse("2020-01-01T00:00"));
    assertEquals(1, (int) cache.get(key, 1, null, FigureCache.Stamp.timeless(v1), computed::incrementAndGet));
    assertEquals(1, (int) cache.get(key, 1, null, FigureCache.Stamp.timeless(v1), computed::incrementAndGet));
    FigureCache.DataVersion v2 = new FigureCache.DataVersion(2, LocalDateTime.parse("2020-01-01T00:00"));
    assertEquals(2, (int) cache.get(key, 2, null, FigureCache.Stamp.timeless(v2), computed::incrementAndGet));
    for (int i = 0; i < 2 * FigureCache.CAPACITY; i++) {
      cache.get(key(LocalDate.of(2010, 1, 1).plusDays(i)), 2, null, FigureCache.Stamp.timeless(v2), () -> 0);
    }
    assertEquals(true, cache.size() <= FigureCache.CAPACITY);
  }

  private static FigureCache.Key key(LocalDate from) {
    return new FigureCache.Key("requests", new StatisticsFilter(from, from.plusYears(1), Optional.empty(), Optional.empty(),
        Optional.empty(), GroupBy.STATE, Granularity.YEAR), new UnitRule(true, Set.of(), "OTHERS"), true);
  }
}
