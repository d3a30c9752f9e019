package icc.platform.web.statistics.application;

import icc.platform.web.security.Caller;
import icc.platform.web.security.PlatformRole;
import icc.platform.web.statistics.domain.Audience;
import icc.platform.web.statistics.domain.StatisticsException;
import icc.platform.web.statistics.domain.StatisticsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides a caller's {@link Audience} from the roles of the verified token (never from a
 * parameter): the Court's analysts and requesters see all States; a State's focal point its own
 * and those that opted in to share; platform administrators volumes; every other role nothing.
 */
@ApplicationScoped
public class StatisticsAudience {

  /** The Court's organisation code in the registry. */
  static final String COURT = "COURT";

  @Inject StatisticsRepository repository;

  public Audience of(Caller caller) {
    if (COURT.equals(caller.organisationCode())
        && (caller.hasRole(PlatformRole.COURT_ANALYST_NAME) || caller.hasRole(PlatformRole.COURT_REQUESTER_NAME))) {
      return Audience.court();
    }
    if (caller.hasRole(PlatformRole.FOCAL_POINT_NAME)) {
      Set<String> shared = new TreeSet<>(repository.sharingStates());
      shared.remove(caller.organisationCode());
      return Audience.state(caller.organisationCode(), shared);
    }
    if (caller.hasRole(PlatformRole.PLATFORM_ADMIN_NAME)) {
      return Audience.volumes();
    }
    throw new StatisticsException.Forbidden(
        "Cooperation statistics are for the Court, the States' focal points and platform administrators");
  }
}
