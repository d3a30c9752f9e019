package icc.platform.web.statistics.infrastructure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A generated, fictitious history of cooperation requests, deterministic for a seed: the demo
 * data set of the dev profile, the known data set of the statistics tests and the benchmark's
 * 100,000 requests. Shaped like seed 004 footnote 2 ("the Registry transmitted ... 533 requests
 * for cooperation" in a reporting period): about 250 requests a year across the demo States.
 * Never real data: every thread's subject says so.
 */
public final class CooperationHistory {

  /** Subject of every generated thread, so generated rows can be told from real ones. */
  public static final String SUBJECT = "[generated statistics data]";

  public static final List<String> STATES = List.of("NL", "FR", "SN", "AR", "JP");
  private static final double[] STATE_WEIGHTS = {0.27, 0.25, 0.2, 0.16, 0.12};
  public static final List<String> TYPES = List.of(
      "IDENTIFY_ASSETS", "TRACE_ASSETS", "FREEZE_ASSETS", "SEIZE_ASSETS", "TAKING_EVIDENCE", "SERVICE_OF_DOCUMENTS", "OTHER");
  private static final double[] TYPE_WEIGHTS = {0.2, 0.15, 0.2, 0.1, 0.15, 0.12, 0.08};
  private static final List<String> ASSET_STATUSES = List.of(
      "REQUESTED", "IDENTIFIED", "TRACED", "FROZEN", "SEIZED", "TRANSFERRED", "RELEASED", "NOT_FOUND");
  private static final List<String> ASSET_KINDS = List.of("BANK_ACCOUNT", "REAL_ESTATE", "VEHICLE", "COMPANY_SHARES", "VIRTUAL_ASSET");
  private static final List<String> CURRENCIES = List.of("EUR", "USD", "XOF", "ARS", "JPY");
  public static final List<String> CHALLENGES = List.of(
      "LEGAL_IMPEDIMENT", "NO_DOMESTIC_PROCEDURE", "INSUFFICIENT_IDENTIFIERS", "BANK_SECRECY", "ASSET_NOT_FOUND",
      "CAPACITY", "TRANSLATION", "DEADLINE_TOO_SHORT", "OTHER");
  private static final double[] CHALLENGE_WEIGHTS = {0.08, 0.1, 0.22, 0.15, 0.12, 0.13, 0.1, 0.06, 0.04};

  public record Asset(String id, String kind, String status, BigDecimal estimatedValue, String currency) {}

  public record Challenge(String id, String code, LocalDateTime recordedAt) {}

  /** One request as stored: every column the statistics read. Times are UTC, whole seconds. */
  public record Request(
      String id, String group, String type, String requestedOrg, String status, LocalDateTime submittedAt,
      LocalDateTime acknowledgedAt, LocalDateTime closedAt, LocalDate deadline, List<Asset> assets,
      List<Challenge> challenges) {}

  private CooperationHistory() {}

  /**
   * {@code count} requests submitted from {@code from} (included) to {@code to} (excluded),
   * nothing later than {@code now}; all with request_group {@code group}.
   */
  public static List<Request> generate(long seed, int count, LocalDate from, LocalDate to, LocalDateTime now, String group) {
    SplittableRandom random = new SplittableRandom(seed);
    long span = java.time.Duration.between(from.atStartOfDay(), to.atStartOfDay()).getSeconds();
    List<Request> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = new UUID(random.nextLong(), random.nextLong()).toString();
      String state = pick(random, STATES, STATE_WEIGHTS);
      String type = pick(random, TYPES, TYPE_WEIGHTS);
      LocalDateTime submitted = from.atStartOfDay().plusSeconds(random.nextLong(span));
      LocalDate deadline = random.nextDouble() < 0.7 ? submitted.toLocalDate().plusDays(30 + random.nextInt(150)) : null;
      LocalDateTime acknowledged = null;
      LocalDateTime closed = null;
      String status = "SUBMITTED";
      if (random.nextDouble() < 0.93) {
        acknowledged = submitted.plusSeconds(3600L + random.nextLong(40L * 86_400));
        status = "ACKNOWLEDGED";
        double outcome = random.nextDouble();
        String end = outcome < 0.45 ? "EXECUTED" : outcome < 0.6 ? "PARTIALLY_EXECUTED" : outcome < 0.7 ? "DECLINED"
            : outcome < 0.75 ? "WITHDRAWN" : outcome < 0.95 ? "IN_PROGRESS" : "CLARIFICATION_REQUESTED";
        if (end.equals("IN_PROGRESS") || end.equals("CLARIFICATION_REQUESTED")) {
          status = end;
        } else {
          LocalDateTime at = acknowledged.plusSeconds(86_400L + random.nextLong(420L * 86_400));
          if (at.isBefore(now)) {
            closed = at;
            status = end;
          } else {
            status = "IN_PROGRESS";
          }
        }
      }
      if (acknowledged != null && !acknowledged.isBefore(now)) {
        acknowledged = null;
        status = "SUBMITTED";
      }
      List<Asset> assets = new ArrayList<>();
      if (type.endsWith("_ASSETS")) {
        int n = random.nextInt(4);
        for (int a = 0; a < n; a++) {
          BigDecimal value = random.nextDouble() < 0.9
              ? BigDecimal.valueOf(1_000 + random.nextLong(5_000_000)).setScale(2) : null;
          assets.add(new Asset(new UUID(random.nextLong(), random.nextLong()).toString(),
              ASSET_KINDS.get(random.nextInt(ASSET_KINDS.size())),
              ASSET_STATUSES.get(random.nextInt(ASSET_STATUSES.size())),
              value, value == null ? null : CURRENCIES.get(random.nextInt(CURRENCIES.size()))));
        }
      }
      List<Challenge> challenges = new ArrayList<>();
      if (acknowledged != null && (!status.equals("EXECUTED") || random.nextDouble() < 0.1)) {
        int n = status.equals("DECLINED") || status.equals("PARTIALLY_EXECUTED") ? 1 + random.nextInt(2) : random.nextInt(2);
        LocalDateTime last = closed != null ? closed : acknowledged.plusDays(60);
        long window = Math.max(1, java.time.Duration.between(acknowledged, last).getSeconds());
        for (int c = 0; c < n; c++) {
          LocalDateTime at = acknowledged.plusSeconds(random.nextLong(window));
          if (at.isBefore(now)) {
            challenges.add(new Challenge(new UUID(random.nextLong(), random.nextLong()).toString(),
                pick(random, CHALLENGES, CHALLENGE_WEIGHTS), at));
          }
        }
      }
      requests.add(new Request(id, group, type, state, status, submitted, acknowledged, closed, deadline,
          List.copyOf(assets), List.copyOf(challenges)));
    }
    return requests;
  }

  private static String pick(SplittableRandom random, List<String> values, double[] weights) {
    double x = random.nextDouble();
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return values.get(i);
      }
    }
    return values.get(values.size() - 1);
  }
}
