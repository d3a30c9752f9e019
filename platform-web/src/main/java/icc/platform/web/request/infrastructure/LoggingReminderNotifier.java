package icc.platform.web.request.infrastructure;

import icc.platform.web.request.application.ReminderNotifier;
import icc.platform.web.request.domain.CooperationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.System.Logger.Level;

/** Until mail is configured: the reminder is only logged (request id and organisations, no content). */
@ApplicationScoped
public class LoggingReminderNotifier implements ReminderNotifier {

  private static final System.Logger LOG = System.getLogger(LoggingReminderNotifier.class.getName());

  @Override
  public void approaching(CooperationRequest request) {
    LOG.log(Level.INFO, "Request {0} ({1} -> {2}) is due on {3}", request.id(), request.requestingOrg(), request.requestedOrg(),
        request.dueDate().orElse(null));
  }

  @Override
  public void overdue(CooperationRequest request) {
    LOG.log(Level.INFO, "Request {0} ({1} -> {2}) is overdue", request.id(), request.requestingOrg(), request.requestedOrg());
  }
}
