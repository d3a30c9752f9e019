package icc.platform.web.statistics.infrastructure;

import icc.platform.web.statistics.domain.AssetStep;
import icc.platform.web.statistics.domain.FigureRow;
import icc.platform.web.statistics.domain.Granularity;
import icc.platform.web.statistics.domain.GroupBy;
import icc.platform.web.statistics.domain.Percentile;
import icc.platform.web.statistics.domain.StatisticsFilter;
import icc.platform.web.statistics.domain.StatisticsRepository.Assets;
import icc.platform.web.statistics.domain.StatisticsRepository.Challenges;
import icc.platform.web.statistics.domain.StatisticsRepository.Counts;
import icc.platform.web.statistics.domain.StatisticsRepository.Durations;
import icc.platform.web.statistics.domain.StatisticsRepository.RequestCells;
import icc.platform.web.statistics.domain.StatisticsRepository.TimesToRespond;
import icc.platform.web.statistics.domain.StatisticsRepository.UnitRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * An exact copy of the few columns the statistics read (docs/statistics.md), held as primitive
 * arrays, and the figures computed over it with the definitions of docs/statistics.md:
 * {@code cooperation_request} (State, type, status, submitted/acknowledged/closed times in epoch
 * milliseconds, deadline day), {@code cooperation_asset} (request, step of its current status,
 * currency, estimated value in cents; only assets at one of the three steps are held),
 * {@code cooperation_challenge} (request, code, recorded time) and {@code un_regional_group}.
 *
 * <p>Rows are kept in slots found by their primary key; a deleted row leaves its slot empty
 * (reused if the key comes back). Not thread-safe: {@link StatisticsReplica} changes it only
 * under its write lock and computes under its read lock. {@link #version} is the data version
 * ({@code statistics_version}, V70/V71) whose rows it holds.
 *
 * <p>Comparisons follow what the SQL did under the tables' case-insensitive collation (status,
 * type, State and region filters); times are UTC ({@code DATETIME} columns hold UTC).
 */
final class StatisticsFacts {

  /** No timestamp (NULL). */
  static final long NONE = Long.MIN_VALUE;
  /** No deadline (NULL). */
  static final int NO_DAY = Integer.MIN_VALUE;
  private static final long DAY = 86_400_000L;

  /** A request's statistics columns; times in epoch milliseconds (UTC) or {@link #NONE}. */
  record RequestRow(String id, String requestedOrg, String type, String status, long submitted, long acknowledged,
      long closed, int deadlineDay) {}

  /** An asset's statistics columns; estimated value null when not estimated. */
  record AssetRow(String id, String requestId, String status, String currency, BigDecimal estimatedValue) {}

  /** A challenge's statistics columns. */
  record ChallengeRow(String id, String requestId, String code, long recorded) {}

  // Request statuses the measures distinguish (closed statuses; everything else is 0).
  private static final byte EXECUTED = 1;
  private static final byte PARTIALLY_EXECUTED = 2;
  private static final byte DECLINED = 3;
  private static final byte WITHDRAWN = 4;

  private long version;

  private final Dictionary orgs = new Dictionary();
  private final Dictionary types = new Dictionary();
  private final Dictionary currencies = new Dictionary();
  private final Dictionary codes = new Dictionary();
  /** Upper-case State code to UN regional group. */
  private Map<String, String> regions = Map.of();

  private final Map<String, Integer> requestSlots = new HashMap<>();
  private int requests;
  private boolean[] requestPresent = new boolean[0];
  private int[] requestOrg = new int[0];
  private int[] requestType = new int[0];
  private byte[] requestStatus = new byte[0];
  private long[] submitted = new long[0];
  private long[] acknowledged = new long[0];
  private long[] closed = new long[0];
  private int[] deadline = new int[0];
  /** Month of submission as year * 12 + month - 1 (for periods), or -1. */
  private int[] submittedMonth = new int[0];

  /**
   * The requests ordered by time to acknowledge and by time to close (seconds since
   * submission), each entry {@code (seconds + OFFSET) << SLOT_BITS | slot}: a query finds its
   * nearest-rank percentiles by walking these in order, counting per cell, instead of sorting
   * the durations of every cell on every call. Kept current by {@link #reindex()}.
   */
  private Order acknowledgeOrder = new Order();
  private Order closeOrder = new Order();
  private final java.util.Set<Integer> unordered = new java.util.HashSet<>();
  private boolean reorderAll = true;
  private static final int SLOT_BITS = 22;
  private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
  /** Durations from -2^39 to 2^39 seconds (±17,000 years: any two DATETIME values). */
  private static final long OFFSET = 1L << 39;
  /** Beyond this many changed requests, sorting again is cheaper than moving entries one by one. */
  private static final int PATCH_LIMIT = 200;

  private final Map<String, Integer> assetSlots = new HashMap<>();
  private int assets;
  private boolean[] assetPresent = new boolean[0];
  private int[] assetRequest = new int[0];
  private byte[] assetStep = new byte[0];
  private int[] assetCurrency = new int[0];
  /** Estimated value in cents (DECIMAL(19,2) unscaled), or {@link #NONE}. */
  private long[] assetCents = new long[0];

  private final Map<String, Integer> challengeSlots = new HashMap<>();
  private int challenges;
  private boolean[] challengePresent = new boolean[0];
  private int[] challengeRequest = new int[0];
  private int[] challengeCode = new int[0];
  private long[] recorded = new long[0];
  private int[] recordedMonth = new int[0];

  long version() {
    return version;
  }

  void version(long v) {
    this.version = v;
  }

  void regions(Map<String, String> byState) {
    Map<String, String> m = new HashMap<>();
    byState.forEach((state, group) -> m.put(state.toUpperCase(Locale.ROOT), group));
    this.regions = Map.copyOf(m);
  }

  /** Number of requests held (for the log). */
  int requestCount() {
    int n = 0;
    for (int i = 0; i < requests; i++) {
      n += requestPresent[i] ? 1 : 0;
    }
    return n;
  }

  // ---- changes ------------------------------------------------------------------------------

  private int requestSlot(String id) {
    Integer slot = requestSlots.get(id);
    if (slot != null) {
      return slot;
    }
    if (requests == requestPresent.length) {
      int n = Math.max(1024, requests * 2);
      requestPresent = Arrays.copyOf(requestPresent, n);
      requestOrg = Arrays.copyOf(requestOrg, n);
      requestType = Arrays.copyOf(requestType, n);
      requestStatus = Arrays.copyOf(requestStatus, n);
      submitted = Arrays.copyOf(submitted, n);
      acknowledged = Arrays.copyOf(acknowledged, n);
      closed = Arrays.copyOf(closed, n);
      deadline = Arrays.copyOf(deadline, n);
      submittedMonth = Arrays.copyOf(submittedMonth, n);
    }
    if (requests > SLOT_MASK) {
      throw new IllegalStateException("more than " + SLOT_MASK + " requests");
    }
    requestSlots.put(id, requests);
    return requests++;
  }

  void putRequest(RequestRow r) {
    int i = requestSlot(r.id());
    requestPresent[i] = true;
    requestOrg[i] = orgs.id(r.requestedOrg());
    requestType[i] = types.id(r.type());
    requestStatus[i] = switch (r.status().toUpperCase(Locale.ROOT)) {
      case "EXECUTED" -> EXECUTED;
      case "PARTIALLY_EXECUTED" -> PARTIALLY_EXECUTED;
      case "DECLINED" -> DECLINED;
      case "WITHDRAWN" -> WITHDRAWN;
      default -> 0;
    };
    submitted[i] = r.submitted();
    acknowledged[i] = r.acknowledged();
    closed[i] = r.closed();
    deadline[i] = r.deadlineDay();
    submittedMonth[i] = r.submitted() == NONE ? -1 : month(r.submitted());
    unordered.add(i);
  }

  void removeRequest(String id) {
    Integer i = requestSlots.get(id);
    if (i != null) {
      requestPresent[i] = false;
      unordered.add(i);
    }
  }

  /**
   * Brings the duration orders up to the requests' current values: the changed requests are
   * taken out and put back at their place (binary search), or everything is sorted again after
   * many changes. Called by the replica under its write lock after applying changes, and by
   * every computation (a no-op then).
   */
  synchronized void reindex() {
    if (!reorderAll && unordered.isEmpty()) {
      return;
    }
    if (reorderAll || unordered.size() > PATCH_LIMIT) {
      acknowledgeOrder = Order.sorted(this, acknowledged);
      closeOrder = Order.sorted(this, closed);
    } else {
      for (int i : unordered) {
        acknowledgeOrder.move(i, key(i, acknowledged));
        closeOrder.move(i, key(i, closed));
      }
    }
    unordered.clear();
    reorderAll = false;
  }

  /** The order key of request i by the time {@code until} (acknowledged or closed), or -1 if it has none. */
  private long key(int i, long[] until) {
    if (!requestPresent[i] || submitted[i] == NONE || until[i] == NONE) {
      return -1;
    }
    return ((until[i] - submitted[i]) / 1000 + OFFSET) << SLOT_BITS | i;
  }

  private static long seconds(long key) {
    return (key >>> SLOT_BITS) - OFFSET;
  }

  /** Sorted keys, and each request's key in them (to take it out when it changes). */
  private static final class Order {
    long[] keys = new long[0];
    int size;
    long[] keyOf = new long[0];

    static Order sorted(StatisticsFacts f, long[] until) {
      Order o = new Order();
      o.keys = new long[f.requests];
      o.keyOf = new long[f.requests];
      for (int i = 0; i < f.requests; i++) {
        long k = f.key(i, until);
        o.keyOf[i] = k;
        if (k >= 0) {
          o.keys[o.size++] = k;
        }
      }
      Arrays.sort(o.keys, 0, o.size);
      return o;
    }

    /** Request i's entry goes from its old place to {@code key}'s (-1: none). */
    void move(int i, long key) {
      if (i >= keyOf.length) {
        int old = keyOf.length;
        keyOf = Arrays.copyOf(keyOf, Math.max(i + 1, old * 2));
        Arrays.fill(keyOf, old, keyOf.length, -1);
      }
      long old = keyOf[i];
      if (old == key) {
        return;
      }
      if (old >= 0) {
        int at = Arrays.binarySearch(keys, 0, size, old);
        System.arraycopy(keys, at + 1, keys, at, size - at - 1);
        size--;
      }
      if (key >= 0) {
        if (size == keys.length) {
          keys = Arrays.copyOf(keys, Math.max(1024, size * 2));
        }
        int at = -Arrays.binarySearch(keys, 0, size, key) - 1;
        System.arraycopy(keys, at, keys, at + 1, size - at);
        keys[at] = key;
        size++;
      }
      keyOf[i] = key;
    }
  }

  /** Puts the asset if its current status is one of the three steps, otherwise removes it. */
  void putAsset(AssetRow a) {
    AssetStep step = step(a.status());
    if (step == null) {
      removeAsset(a.id());
      return;
    }
    Integer slot = assetSlots.get(a.id());
    if (slot == null) {
      if (assets == assetPresent.length) {
        int n = Math.max(1024, assets * 2);
        assetPresent = Arrays.copyOf(assetPresent, n);
        assetRequest = Arrays.copyOf(assetRequest, n);
        assetStep = Arrays.copyOf(assetStep, n);
        assetCurrency = Arrays.copyOf(assetCurrency, n);
        assetCents = Arrays.copyOf(assetCents, n);
      }
      slot = assets++;
      assetSlots.put(a.id(), slot);
    }
    int j = slot;
    assetPresent[j] = true;
    assetRequest[j] = requestSlot(a.requestId());
    assetStep[j] = (byte) step.ordinal();
    assetCurrency[j] = a.currency() == null ? -1 : currencies.id(a.currency());
    assetCents[j] = a.estimatedValue() == null ? NONE : a.estimatedValue().setScale(2).unscaledValue().longValueExact();
  }

  void removeAsset(String id) {
    Integer j = assetSlots.get(id);
    if (j != null) {
      assetPresent[j] = false;
    }
  }

  void putChallenge(ChallengeRow c) {
    Integer slot = challengeSlots.get(c.id());
    if (slot == null) {
      if (challenges == challengePresent.length) {
        int n = Math.max(1024, challenges * 2);
        challengePresent = Arrays.copyOf(challengePresent, n);
        challengeRequest = Arrays.copyOf(challengeRequest, n);
        challengeCode = Arrays.copyOf(challengeCode, n);
        recorded = Arrays.copyOf(recorded, n);
        recordedMonth = Arrays.copyOf(recordedMonth, n);
      }
      slot = challenges++;
      challengeSlots.put(c.id(), slot);
    }
    int k = slot;
    challengePresent[k] = true;
    challengeRequest[k] = requestSlot(c.requestId());
    challengeCode[k] = codes.id(c.code());
    recorded[k] = c.recorded();
    recordedMonth[k] = month(c.recorded());
  }

  void removeChallenge(String id) {
    Integer k = challengeSlots.get(id);
    if (k != null) {
      challengePresent[k] = false;
    }
  }

  /** docs/statistics.md: identified = IDENTIFIED or TRACED, frozen = FROZEN, seized = SEIZED or TRANSFERRED. */
  static AssetStep step(String status) {
    return AssetStep.of(status.toUpperCase(Locale.ROOT)).orElse(null);
  }

  private static int month(long millis) {
    LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(millis, DAY));
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  static long millis(LocalDate day) {
    return day.toEpochDay() * DAY;
  }

  // ---- figures ------------------------------------------------------------------------------

  /**
   * Per (unit, group) cell: the cohort submitted in the filter's period, its outcomes by the
   * cell's cut-off, and with {@code withTimes} the nearest-rank durations per cell and overall
   * (docs/statistics.md "Measures").
   */
  RequestCells requests(StatisticsFilter filter, UnitRule units, Instant now, boolean withTimes) {
    reindex();
    Order byAcknowledge = acknowledgeOrder;
    Order byClose = closeOrder;
    Selection s = new Selection(filter, units, now);
    // Per request of the selection: 1 + the index of its cell, and whether its durations count.
    int[] cellOf = withTimes ? new int[requests] : null;
    byte[] counted = withTimes ? new byte[requests] : null;
    Cell all = new Cell(null, FigureRow.TOTAL, 0, 0, -1);
    for (int i = 0; i < requests; i++) {
      if (!s.selected(i)) {
        continue;
      }
      Cell cell = s.cell(i);
      cell.received++;
      int org = requestOrg[i];
      if (!cell.hasState[org]) {
        cell.hasState[org] = true;
        cell.states++;
      }
      long cutoff = cell.cutoff;
      boolean ack = acknowledged[i] != NONE && acknowledged[i] < cutoff;
      boolean closedBy = closed[i] != NONE && closed[i] < cutoff;
      if (ack) {
        cell.acknowledged++;
      }
      byte status = closedBy ? requestStatus[i] : 0;
      switch (status) {
        case EXECUTED -> cell.executed++;
        case PARTIALLY_EXECUTED -> cell.partiallyExecuted++;
        case DECLINED -> cell.declined++;
        case WITHDRAWN -> cell.withdrawn++;
        default -> { }
      }
      if (deadline[i] != NO_DAY) {
        cell.withDeadline++;
        // LEAST(COALESCE(closed_at, cutoff), cutoff) >= deadline + 1 day
        long end = (deadline[i] + 1L) * DAY;
        long until = closed[i] == NONE ? cutoff : Math.min(closed[i], cutoff);
        if (until >= end) {
          cell.pastDeadline++;
        }
      }
      if (withTimes) {
        cellOf[i] = cell.index + 1;
        if (ack) {
          counted[i] |= 1;
          cell.acknowledge.n++;
          all.acknowledge.n++;
        }
        if (status == EXECUTED || status == PARTIALLY_EXECUTED) {
          counted[i] |= 2;
          cell.execute.n++;
          all.execute.n++;
        }
      }
    }
    List<Counts> counts = new ArrayList<>();
    for (Cell c : s.cells) {
      counts.add(new Counts(c.unit, c.group, c.states, c.received, c.acknowledged, c.executed, c.partiallyExecuted,
          c.declined, c.withdrawn, c.withDeadline, c.pastDeadline));
    }
    if (!withTimes) {
      return new RequestCells(List.copyOf(counts), new TimesToRespond(List.of(), List.of()));
    }
    // Nearest rank: walk the requests in ascending duration; the value at which a cell's count of
    // its own counted requests reaches the rank is its percentile (TIMESTAMPDIFF(SECOND, ...):
    // whole seconds, truncated).
    percentiles(byAcknowledge, s.cells, all, cellOf, counted, 1, true);
    percentiles(byClose, s.cells, all, cellOf, counted, 2, false);
    List<Durations> acknowledge = new ArrayList<>();
    List<Durations> execute = new ArrayList<>();
    for (Cell c : s.cells) {
      c.acknowledge.addTo(acknowledge, c.unit, c.group);
      c.execute.addTo(execute, c.unit, c.group);
    }
    all.acknowledge.addTo(acknowledge, null, FigureRow.TOTAL);
    all.execute.addTo(execute, null, FigureRow.TOTAL);
    return new RequestCells(List.copyOf(counts), new TimesToRespond(List.copyOf(acknowledge), List.copyOf(execute)));
  }

  private static void percentiles(Order order, List<Cell> cells, Cell all, int[] cellOf, byte[] counted, int bit,
      boolean acknowledge) {
    for (Cell c : cells) {
      (acknowledge ? c.acknowledge : c.execute).ranks();
    }
    Ranked total = acknowledge ? all.acknowledge : all.execute;
    total.ranks();
    for (int k = 0; k < order.size; k++) {
      long key = order.keys[k];
      int i = (int) (key & SLOT_MASK);
      if (i >= cellOf.length || (counted[i] & bit) == 0) {
        continue;
      }
      Cell c = cells.get(cellOf[i] - 1);
      long seconds = seconds(key);
      (acknowledge ? c.acknowledge : c.execute).see(seconds);
      total.see(seconds);
    }
  }

  /** Assets of the cohort's requests by (unit, group, step, currency): count and sum of the estimates. */
  List<Assets> assets(StatisticsFilter filter, UnitRule units) {
    Selection s = new Selection(filter, units, Instant.MAX);
    int width = currencies.size() + 1; // the last column: no currency
    int steps = AssetStep.values().length;
    for (int j = 0; j < assets; j++) {
      int i = assetRequest[j];
      if (!assetPresent[j] || !s.selected(i)) {
        continue;
      }
      Cell cell = s.cell(i);
      if (cell.assetCount == null) {
        cell.assetCount = new long[steps * width];
        cell.assetCents = new long[steps * width];
        cell.assetValued = new boolean[steps * width];
      }
      int column = assetStep[j] * width + (assetCurrency[j] < 0 ? width - 1 : assetCurrency[j]);
      cell.assetCount[column]++;
      if (assetCents[j] != NONE) {
        cell.assetCents[column] = Math.addExact(cell.assetCents[column], assetCents[j]);
        cell.assetValued[column] = true;
      }
    }
    List<Assets> out = new ArrayList<>();
    for (Cell c : s.cells) {
      if (c.assetCount == null) {
        continue;
      }
      for (int column = 0; column < c.assetCount.length; column++) {
        if (c.assetCount[column] == 0) {
          continue;
        }
        int currency = column % width;
        out.add(new Assets(c.unit, c.group, AssetStep.values()[column / width],
            currency == width - 1 ? null : currencies.name(currency), c.assetCount[column],
            c.assetValued[column] ? BigDecimal.valueOf(c.assetCents[column], 2) : null));
      }
    }
    return List.copyOf(out);
  }

  private record ChallengeKey(String unit, int org, int code, int period) {}

  /** Challenges recorded in the period on submitted requests matching the filters, by (unit, State, code, period). */
  List<Challenges> challenges(StatisticsFilter filter, UnitRule units) {
    Selection s = new Selection(filter, units, Instant.MAX);
    Map<ChallengeKey, long[]> counts = new LinkedHashMap<>();
    for (int k = 0; k < challenges; k++) {
      int i = challengeRequest[k];
      if (!challengePresent[k] || !requestPresent[i] || submitted[i] == NONE
          || recorded[k] < s.from || recorded[k] >= s.to || !s.matches(i)) {
        continue;
      }
      counts.computeIfAbsent(new ChallengeKey(s.unitName(requestOrg[i]), requestOrg[i], challengeCode[k],
          s.period(recordedMonth[k])), x -> new long[1])[0]++;
    }
    List<Challenges> out = new ArrayList<>();
    counts.forEach((key, n) -> out.add(new Challenges(key.unit(), orgs.name(key.org()), codes.name(key.code()),
        s.periodLabel(key.period()), n[0])));
    return List.copyOf(out);
  }

  /** The request types that occur (every request, drafts included), sorted. */
  List<String> requestTypes() {
    TreeSet<String> out = new TreeSet<>();
    for (int i = 0; i < requests; i++) {
      if (requestPresent[i]) {
        out.add(types.name(requestType[i]));
      }
    }
    return List.copyOf(out);
  }

  /** The requested States that occur, sorted. */
  List<String> requestedStates() {
    TreeSet<String> out = new TreeSet<>();
    for (int i = 0; i < requests; i++) {
      if (requestPresent[i]) {
        out.add(orgs.name(requestOrg[i]));
      }
    }
    return List.copyOf(out);
  }

  /** The filter, resolved once against the dictionaries, and the cells found so far. */
  private final class Selection {
    final StatisticsFilter filter;
    final long from;
    final long to;
    final long now;
    final boolean[] orgOk;
    final boolean[] typeOk;
    final int[] orgUnit;
    final List<String> unitNames = new ArrayList<>();
    final int[] orgGroup;
    final List<String> groupNames = new ArrayList<>();
    final int firstPeriod;
    final int groupCount;
    final Cell[] grid;
    final List<Cell> cells = new ArrayList<>();

    Selection(StatisticsFilter filter, UnitRule units, Instant at) {
      this.filter = filter;
      this.from = millis(filter.from());
      this.to = millis(filter.endExclusive());
      this.now = at.equals(Instant.MAX) ? Long.MAX_VALUE : at.truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
      int orgCount = orgs.size();
      orgOk = new boolean[orgCount];
      orgUnit = new int[orgCount];
      orgGroup = new int[orgCount];
      Map<String, Integer> unitIds = new HashMap<>();
      Map<String, Integer> regionIds = new HashMap<>();
      for (int o = 0; o < orgCount; o++) {
        String org = orgs.name(o);
        String region = regions.get(org.toUpperCase(Locale.ROOT));
        orgOk[o] = filter.region().map(g -> g.name().equals(region)).orElse(true)
            && filter.state().map(org::equalsIgnoreCase).orElse(true);
        String unit = units.unitOf(org);
        orgUnit[o] = unitIds.computeIfAbsent(unit, u -> {
          unitNames.add(u);
          return unitNames.size() - 1;
        });
        if (filter.groupBy() == GroupBy.REGION) {
          String group = region == null ? "NONE" : region;
          orgGroup[o] = regionIds.computeIfAbsent(group, g -> {
            groupNames.add(g);
            return groupNames.size() - 1;
          });
        }
      }
      typeOk = new boolean[types.size()];
      for (int t = 0; t < typeOk.length; t++) {
        String type = types.name(t);
        typeOk[t] = filter.type().map(type::equalsIgnoreCase).orElse(true);
      }
      firstPeriod = period(filter.from().getYear() * 12 + filter.from().getMonthValue() - 1);
      groupCount = switch (filter.groupBy()) {
        case STATE -> unitNames.size();
        case REGION -> groupNames.size();
        case TYPE -> types.size();
        case PERIOD -> period(filter.to().getYear() * 12 + filter.to().getMonthValue() - 1) - firstPeriod + 1;
      };
      grid = new Cell[Math.max(1, unitNames.size() * groupCount)];
    }

    /** A present request of the cohort (submitted in the period) matching the filters. */
    boolean selected(int i) {
      return requestPresent[i] && submitted[i] != NONE && submitted[i] >= from && submitted[i] < to && matches(i);
    }

    boolean matches(int i) {
      return orgOk[requestOrg[i]] && typeOk[requestType[i]];
    }

    String unitName(int org) {
      return unitNames.get(orgUnit[org]);
    }

    /** The period key of a month (year * 12 + month - 1) at the filter's granularity. */
    int period(int month) {
      return switch (filter.granularity()) {
        case YEAR -> month / 12;
        case QUARTER -> month / 3;
        case MONTH -> month;
      };
    }

    LocalDate periodStart(int period) {
      return switch (filter.granularity()) {
        case YEAR -> LocalDate.of(period, 1, 1);
        case QUARTER -> LocalDate.of(period / 4, (period % 4) * 3 + 1, 1);
        case MONTH -> LocalDate.of(period / 12, period % 12 + 1, 1);
      };
    }

    String periodLabel(int period) {
      return filter.granularity().label(periodStart(period));
    }

    Cell cell(int i) {
      int unit = orgUnit[requestOrg[i]];
      int group = switch (filter.groupBy()) {
        case STATE -> unit;
        case REGION -> orgGroup[requestOrg[i]];
        case TYPE -> requestType[i];
        case PERIOD -> period(submittedMonth[i]) - firstPeriod;
      };
      int index = unit * groupCount + group;
      Cell cell = grid[index];
      if (cell == null) {
        String groupName = switch (filter.groupBy()) {
          case STATE -> unitNames.get(unit);
          case REGION -> groupNames.get(group);
          case TYPE -> types.name(group);
          case PERIOD -> periodLabel(group + firstPeriod);
        };
        // The end of the cell's period, never later than the filter's end nor now.
        long cutoff = Math.min(to, now);
        if (filter.groupBy() == GroupBy.PERIOD) {
          Granularity g = filter.granularity();
          cutoff = Math.min(cutoff, millis(g.endAfter(periodStart(group + firstPeriod))));
        }
        cell = new Cell(unitNames.get(unit), groupName, cutoff, orgs.size(), cells.size());
        grid[index] = cell;
        cells.add(cell);
      }
      return cell;
    }
  }

  /** The requests of one (unit, group) cell, counted as they go by. */
  private static final class Cell {
    final String unit;
    final String group;
    final long cutoff;
    final int index;
    final boolean[] hasState;
    int states;
    long received;
    long acknowledged;
    long executed;
    long partiallyExecuted;
    long declined;
    long withdrawn;
    long withDeadline;
    long pastDeadline;
    final Ranked acknowledge = new Ranked();
    final Ranked execute = new Ranked();
    long[] assetCount;
    long[] assetCents;
    boolean[] assetValued;

    Cell(String unit, String group, long cutoff, int orgCount, int index) {
      this.unit = unit;
      this.group = group;
      this.cutoff = cutoff;
      this.index = index;
      this.hasState = new boolean[orgCount];
    }
  }

  /** The median and 90th percentile of one cell's durations, found while walking them in order. */
  private static final class Ranked {
    int n;
    private int seen;
    private int medianRank;
    private int p90Rank;
    private long median;
    private long p90;

    void ranks() {
      if (n > 0) {
        medianRank = Percentile.rank(n, 0.5);
        p90Rank = Percentile.rank(n, 0.9);
      }
    }

    void see(long seconds) {
      seen++;
      if (seen == medianRank) {
        median = seconds;
      }
      if (seen == p90Rank) {
        p90 = seconds;
      }
    }

    void addTo(List<Durations> out, String unit, String group) {
      if (n > 0) {
        if (seen != n) {
          throw new IllegalStateException("duration order out of date: " + seen + " of " + n);
        }
        out.add(new Durations(unit, group, n, median, p90));
      }
    }
  }

  /** Distinct strings of one column as small integers. */
  private static final class Dictionary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int id(String name) {
      Integer id = ids.get(name);
      if (id == null) {
        id = names.size();
        names.add(name);
        ids.put(name, id);
      }
      return id;
    }

    String name(int id) {
      return names.get(id);
    }

    int size() {
      return names.size();
    }
  }
}
