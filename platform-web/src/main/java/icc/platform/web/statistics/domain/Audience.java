package icc.platform.web.statistics.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Who a table is for, which decides what it may show (docs/statistics.md "Who sees what"):
 *
 * <ul>
 *   <li>{@link Kind#COURT}: the Court's analysts and requesters see every State by name. The
 *       Court made every request, so it already holds every underlying fact.
 *   <li>{@link Kind#STATE}: a State's focal point sees its own figures by name, the States that
 *       opted in to share by name, and everyone else only inside {@link #OTHERS}, with small
 *       cells suppressed so that "no single request can be inferred".
 *   <li>{@link Kind#VOLUMES}: platform administrators see request counts only, never by State:
 *       operators manage the platform, they do not assess States (DESIGN.md section 2).
 * </ul>
 */
public record Audience(Kind kind, Optional<String> ownState, Set<String> sharedStates) {

  /** The unit of the aggregate of the States a State viewer may not see by name. */
  public static final String OTHERS = "OTHERS";
  /** The unit of a table that is not broken down by State. */
  public static final String ALL = "ALL";

  public enum Kind {
    COURT,
    STATE,
    VOLUMES
  }

  public Audience {
    sharedStates = Set.copyOf(sharedStates);
    if (kind == Kind.STATE && ownState.isEmpty()) {
      throw new IllegalArgumentException("a State audience has its own State");
    }
  }

  public static Audience court() {
    return new Audience(Kind.COURT, Optional.empty(), Set.of());
  }

  public static Audience state(String own, Set<String> shared) {
    return new Audience(Kind.STATE, Optional.of(own), shared);
  }

  public static Audience volumes() {
    return new Audience(Kind.VOLUMES, Optional.empty(), Set.of());
  }

  /** Whether this audience may see the figures of {@code state} under its name. */
  public boolean seesByName(String state) {
    return switch (kind) {
      case COURT -> true;
      case STATE -> ownState.get().equals(state) || sharedStates.contains(state);
      case VOLUMES -> false;
    };
  }

  /** Whether a row of this unit is shown without suppression: the Court's, and a State's own. */
  public boolean unsuppressed(String unit) {
    return kind != Kind.STATE || ownState.get().equals(unit);
  }

  /**
   * Which requested States are rows of their own in a table for this audience: the Court's
   * breakdown by State names each; a State sees itself and those sharing, the rest as OTHERS.
   */
  public StatisticsRepository.UnitRule units(StatisticsFilter filter, boolean byState) {
    return switch (kind) {
      case COURT -> new StatisticsRepository.UnitRule(byState && filter.groupBy() == GroupBy.STATE, Set.of(), ALL);
      case STATE -> new StatisticsRepository.UnitRule(false, named(), OTHERS);
      case VOLUMES -> new StatisticsRepository.UnitRule(false, Set.of(), ALL);
    };
  }

  /** The States a State audience sees by name: its own, then those sharing. */
  public Set<String> named() {
    java.util.Set<String> named = new java.util.TreeSet<>(sharedStates);
    ownState.ifPresent(named::add);
    return named;
  }

  /** Checks that the filter asks nothing this audience may not see; throws otherwise. */
  public void check(StatisticsFilter filter) {
    if (kind == Kind.VOLUMES
        && (filter.groupBy().breaksDownByState() || filter.state().isPresent() || filter.region().isPresent())) {
      throw new StatisticsException.Forbidden(
          "Platform administrators see volumes only, without a breakdown by State or region");
    }
    if (kind == Kind.STATE && filter.state().isPresent() && !seesByName(filter.state().get())) {
      throw new StatisticsException.NotFound("No statistics of this State are shared with you");
    }
  }
}
