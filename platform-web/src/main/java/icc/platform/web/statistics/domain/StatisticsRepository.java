package icc.platform.web.statistics.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Reads the figures from the live request tables (V30) and keeps the States' consent to share.
 * Every figure is computed on every call from the live rows' own values (or an exact copy of
 * them that includes every change committed before the call); nothing is counted ahead of time
 * (nothing can drift).
 */
public interface StatisticsRepository {

  /** Counts of one (unit, group) cell: the cohort and its outcomes by the cell's cut-off. */
  record Counts(
      String unit, String group, int states, long received, long acknowledged, long executed,
      long partiallyExecuted, long declined, long withdrawn, long withDeadline, long pastDeadline) {}

  /** Nearest-rank median and 90th percentile of a duration in seconds over {@code n} requests. */
  record Durations(String unit, String group, long n, long medianSeconds, long p90Seconds) {}

  /** Assets of one step and currency (null currency: no estimate) in one cell. */
  record Assets(String unit, String group, AssetStep step, String currency, long assets, BigDecimal estimatedValue) {}

  /** Challenge codes recorded for one requested State in one period. */
  record Challenges(String unit, String state, String code, String period, long count) {}

  /** Both durations of a table: per cell, and over the whole selection (group {@link FigureRow#TOTAL}, unit null). */
  record TimesToRespond(List<Durations> acknowledge, List<Durations> execute) {}

  /** The counts of every cell and, if asked for, the times to respond. */
  record RequestCells(List<Counts> counts, TimesToRespond times) {}

  /**
   * Per (unit, group) counts and, with {@code withTimes}, the time to acknowledge (acknowledged
   * by the cut-off) and the time to execute (EXECUTED or PARTIALLY_EXECUTED by the cut-off), per
   * cell and over the whole selection; one pass over the selection. {@code units} decides which
   * States are rows of their own; {@code now} bounds every cut-off.
   */
  RequestCells requests(StatisticsFilter filter, UnitRule units, Instant now, boolean withTimes);

  List<Assets> assets(StatisticsFilter filter, UnitRule units);

  /** Challenges recorded in the period on requests matching the filter. */
  List<Challenges> challenges(StatisticsFilter filter, UnitRule units);

  /** The request types and requested States that occur (choices of the dashboard's filters). */
  List<String> requestTypes();

  List<String> requestedStates();

  /** The States that opted in to share their figures by name. */
  Set<String> sharingStates();

  /** Records the opt-in; false if it was already recorded. */
  boolean optIn(String state, String by, Instant at);

  /** Removes the opt-in; false if there was none. */
  boolean optOut(String state);

  /**
   * How requested States become the units of a table: each State in {@code named} is its own
   * unit, every other one is {@code otherUnit}; with {@code perState}, every State is its own.
   */
  record UnitRule(boolean perState, Set<String> named, String otherUnit) {

    public UnitRule {
      named = Set.copyOf(named);
    }

    public String unitOf(String state) {
      return perState || named.contains(state) ? state : otherUnit;
    }
  }
}
