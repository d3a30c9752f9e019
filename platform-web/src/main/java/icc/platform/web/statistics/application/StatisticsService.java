package icc.platform.web.statistics.application;

import icc.platform.web.audit.application.AuditTrail;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditObject;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.security.Caller;
import icc.platform.web.security.PlatformRole;
import icc.platform.web.statistics.domain.Audience;
import icc.platform.web.statistics.domain.ChallengeRanking;
import icc.platform.web.statistics.domain.StatisticsException;
import icc.platform.web.statistics.domain.StatisticsFilter;
import icc.platform.web.statistics.domain.StatisticsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;

/**
 * The statistics use cases. Reading figures changes nothing and is not audited (no content);
 * every export and every change of the opt-in is audited in the same transaction (DESIGN.md
 * section 5): an export leaves the platform, so the log says who took which figures.
 */
@ApplicationScoped
public class StatisticsService {

  @Inject StatisticsAudience audiences;
  @Inject RequestTables requestTables;
  @Inject ChallengeTables challengeTables;
  @Inject StatisticsRepository repository;
  @Inject AuditTrail trail;

  public RequestTable requests(Caller caller, StatisticsFilter filter) {
    return requestTables.build(audiences.of(caller), filter, Instant.now());
  }

  public ChallengeRanking challenges(Caller caller, StatisticsFilter filter) {
    return challengeTables.build(audiences.of(caller), filter);
  }

  @Transactional
  public StatisticsExport csv(Caller caller, StatisticsFilter filter, String from) {
    RequestTable table = requests(caller, filter);
    StatisticsExport export = new StatisticsExport(fileName(filter, "csv"), "text/csv", CsvReport.write(table));
    audit(caller, filter, "csv", from, export);
    return export;
  }

  @Transactional
  public StatisticsExport pdf(Caller caller, StatisticsFilter filter, Locale locale, String from) {
    Audience audience = audiences.of(caller);
    Instant now = Instant.now();
    RequestTable table = requestTables.build(audience, filter, now);
    ChallengeRanking challenges = challengeTables.build(audience, filter);
    StatisticsExport export = new StatisticsExport(fileName(filter, "pdf"), "application/pdf",
        PdfReport.write(table, challenges, locale));
    audit(caller, filter, "pdf", from, export);
    return export;
  }

  /** The audience the caller belongs to (403 for roles that see no statistics). */
  public Audience audience(Caller caller) {
    return audiences.of(caller);
  }

  /** Request types that occur, for the filter choices. */
  public java.util.List<String> requestTypes() {
    return repository.requestTypes();
  }

  /** The States the caller may choose in the State filter: all for the Court, the named ones for a State. */
  public java.util.List<String> choosableStates(Caller caller) {
    Audience audience = audiences.of(caller);
    return switch (audience.kind()) {
      case COURT -> repository.requestedStates();
      case STATE -> java.util.List.copyOf(audience.named());
      case VOLUMES -> java.util.List.of();
    };
  }

  /** Whether the caller's State shares its figures by name. */
  public boolean sharing(Caller caller) {
    requireFocalPoint(caller);
    return repository.sharingStates().contains(caller.organisationCode());
  }

  @Transactional
  public boolean optIn(Caller caller, String from) {
    requireFocalPoint(caller);
    boolean changed = repository.optIn(caller.organisationCode(), caller.username(), Instant.now());
    trail.record(AuditEvent.of(AuditAction.STATISTICS_SHARING_OPT_IN, AuditOutcome.SUCCESS, Actor.of(caller))
        .about(new AuditObject("statistics-sharing", caller.organisationCode()))
        .from(from)
        .detail("changed", changed)
        .build());
    return true;
  }

  @Transactional
  public boolean optOut(Caller caller, String from) {
    requireFocalPoint(caller);
    boolean changed = repository.optOut(caller.organisationCode());
    trail.record(AuditEvent.of(AuditAction.STATISTICS_SHARING_OPT_OUT, AuditOutcome.SUCCESS, Actor.of(caller))
        .about(new AuditObject("statistics-sharing", caller.organisationCode()))
        .from(from)
        .detail("changed", changed)
        .build());
    return false;
  }

  private void audit(Caller caller, StatisticsFilter filter, String format, String from, StatisticsExport export) {
    AuditEvent.Builder event = AuditEvent.of(AuditAction.STATISTICS_EXPORT, AuditOutcome.SUCCESS, Actor.of(caller))
        .about(new AuditObject("statistics", "requests"))
        .from(from)
        .detail("format", format)
        .detail("from", filter.from().toString())
        .detail("to", filter.to().toString())
        .detail("groupBy", filter.groupBy().name())
        .detail("granularity", filter.granularity().name())
        .detail("bytes", export.content().length);
    filter.type().ifPresent(t -> event.detail("type", t));
    filter.region().ifPresent(r -> event.detail("region", r.name()));
    filter.state().ifPresent(s -> event.detail("state", s));
    trail.record(event.build());
  }

  private static void requireFocalPoint(Caller caller) {
    if (!caller.hasRole(PlatformRole.FOCAL_POINT_NAME)) {
      throw new StatisticsException.Forbidden("Only a State's focal point decides whether its figures are shared");
    }
  }

  private static String fileName(StatisticsFilter filter, String extension) {
    return "cooperation-statistics-" + filter.from() + "-" + filter.to() + "-"
        + filter.groupBy().name().toLowerCase(Locale.ROOT) + "." + extension;
  }
}
