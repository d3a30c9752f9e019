package icc.platform.web.request.application;

import icc.platform.web.request.domain.CooperationRequest;

/**
 * Tells the people of both sides that a request needs their attention. Content-free (DESIGN.md
 * section 7: "Email notifications carry no content"): never a title, subject, asset or State
 * named, only that something on the platform needs attention and where to sign in.
 */
public interface ReminderNotifier {

  /** The due date is near. */
  void approaching(CooperationRequest request);

  /** The due date has passed: the requested State owes reasons and a new estimate. */
  void overdue(CooperationRequest request);
}
