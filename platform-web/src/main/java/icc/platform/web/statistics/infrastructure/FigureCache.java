package icc.platform.web.statistics.infrastructure;

import icc.platform.web.statistics.domain.StatisticsFilter;
import icc.platform.web.statistics.domain.StatisticsRepository.UnitRule;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results of the statistics queries, reused only while they are provably what the same query
 * would compute now (docs/statistics.md, "Where the figures come from"):
 *
 * <ul>
 *   <li>the data version ({@code statistics_version}, V70) is still the one read <em>before</em>
 *       the result was computed: triggers bump it in the transaction of every write that changes
 *       a column the statistics read, so a result cannot outlive a change (read first, the
 *       version can only be older than the data the result saw, never newer);
 *   <li>for a result whose cut-off is "now" (a period that has not ended): the same UTC day
 *       (deadline days and periods end at midnight), and no stored acknowledgement or closing
 *       time at or after the moment it was computed ({@code max_event_at}), so that every
 *       "timestamp before the cut-off" comparison still gives the same answer; otherwise only
 *       within the same second (cut-offs are whole seconds).
 * </ul>
 *
 * Nothing here is a figure maintained by hand: an entry is a query's answer. Bounded; stale
 * entries are dropped first. One per server (each node checks the shared version row).
 */
final class FigureCache {

  static final int CAPACITY = 512;

  /** The {@code statistics_version} row as read before computing. */
  record DataVersion(long version, LocalDateTime maxEventAt) {}

  /** What a result depends on besides its query: the data version and, if any, the "now" it was cut off at. */
  record Stamp(long version, LocalDateTime now, boolean nowBound, boolean eventsBefore) {

    /** A result that does not depend on the time of the query (assets, challenges, ended periods). */
    static Stamp timeless(DataVersion data) {
      return new Stamp(data.version(), null, false, true);
    }

    /**
     * A result cut off at {@code min(end, now)} ({@code now} whole seconds, UTC): it depends on
     * the time of the query only while {@code now} is before {@code end}.
     */
    static Stamp cutOff(DataVersion data, LocalDateTime end, LocalDateTime now) {
      boolean nowBound = now.isBefore(end);
      return new Stamp(data.version(), now, nowBound, data.maxEventAt().isBefore(now));
    }

    /** Whether the result is still exactly what the query computes at {@code now} over {@code current} data. */
    boolean fresh(long current, LocalDateTime now) {
      if (current != version) {
        return false;
      }
      if (!nowBound) {
        return true;
      }
      if (!now.toLocalDate().equals(this.now.toLocalDate())) {
        return false;
      }
      return now.equals(this.now) || eventsBefore && !now.isBefore(this.now);
    }
  }

  /** A query and its parameters. */
  record Key(String query, StatisticsFilter filter, UnitRule units, boolean option) {}

  private record Entry(Stamp stamp, Object value) {}

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  /**
   * The cached result if it is fresh at {@code now} for data {@code current}, otherwise
   * {@code compute}'s result (stored with {@code stamp}, which must describe the data read before computing).
   */
  @SuppressWarnings("unchecked")
  <T> T get(Key key, long current, LocalDateTime now, Stamp stamp, Supplier<T> compute) {
    Entry e = entries.get(key);
    if (e != null && e.stamp().fresh(current, now)) {
      return (T) e.value();
    }
    T value = compute.get();
    if (entries.size() >= CAPACITY) {
      entries.values().removeIf(x -> x.stamp().version() != current);
      if (entries.size() >= CAPACITY) {
        entries.clear();
      }
    }
    entries.put(key, new Entry(stamp, value));
    return value;
  }

  int size() {
    return entries.size();
  }
}
