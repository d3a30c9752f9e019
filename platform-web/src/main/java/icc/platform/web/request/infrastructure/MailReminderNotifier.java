package icc.platform.web.request.infrastructure;

import icc.platform.web.notification.application.Notifier;
import icc.platform.web.notification.domain.NotificationReason;
import icc.platform.web.request.application.ReminderNotifier;
import icc.platform.web.request.domain.CooperationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Deadline reminders as the platform's content-free notification mails (DESIGN.md section 7):
 * the people who act for both sides (the requested State's focal points, the Court's requesters)
 * are told that a request needs their attention, through the outbox in the timer's transaction.
 * The mail names no request, State or person.
 */
@ApplicationScoped
public class MailReminderNotifier implements ReminderNotifier {

  @Inject Notifier notifier;

  @Override
  public void approaching(CooperationRequest request) {
    tellBothSides(request);
  }

  @Override
  public void overdue(CooperationRequest request) {
    tellBothSides(request);
  }

  private void tellBothSides(CooperationRequest r) {
    notifier.tellRole(r.requestedOrg(), CooperationRequest.actingRole(r.requestedOrg()), NotificationReason.DEADLINE);
    notifier.tellRole(r.requestingOrg(), CooperationRequest.actingRole(r.requestingOrg()), NotificationReason.DEADLINE);
  }
}
