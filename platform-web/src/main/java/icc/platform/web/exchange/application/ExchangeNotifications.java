package icc.platform.web.exchange.application;

import icc.platform.web.exchange.domain.ExchangeThread;
import icc.platform.web.exchange.domain.Member;
import icc.platform.web.exchange.domain.Viewer;
import icc.platform.web.notification.application.Notifier;
import icc.platform.web.notification.domain.NotificationReason;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationKind;
import icc.platform.web.organisation.domain.OrganisationRepository;
import icc.platform.web.security.PlatformRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells the other participant organisations that something new is in a thread (issue 6:
 * notifications "per user preference", saying only that something is waiting). Who is told: in
 * each other participant organisation, the role that manages its threads (focal points of a
 * State, requesters of the Court) and the members of the thread (officers a focal point added).
 * Written to the outbox in the action's transaction.
 */
@ApplicationScoped
public class ExchangeNotifications {

  @Inject Notifier notifier;
  @Inject OrganisationRepository organisations;

  /** Something was added to the thread by {@code actor}. */
  public void activity(ExchangeThread thread, Viewer actor) {
    for (String organisation : thread.participantCodes()) {
      if (organisation.equals(actor.organisationCode())) {
        continue;
      }
      notifier.tellRole(organisation, managingRole(organisation), NotificationReason.NEW_ACTIVITY);
      for (Member m : thread.members()) {
        if (m.organisationCode().equals(organisation)) {
          notifier.tellUser(organisation, m.username(), NotificationReason.NEW_ACTIVITY);
        }
      }
    }
  }

  /** A focal point added a colleague to the thread: the colleague learns there is something to read. */
  public void memberAdded(String organisation, String username) {
    notifier.tellUser(organisation, username, NotificationReason.NEW_ACTIVITY);
  }

  private String managingRole(String organisation) {
    boolean court = organisations.findByCode(OrganisationCode.parse(organisation))
        .map(o -> o.kind() == OrganisationKind.COURT).orElse(false);
    return (court ? PlatformRole.COURT_REQUESTER : PlatformRole.FOCAL_POINT).roleName();
  }
}
