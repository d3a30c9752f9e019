package icc.platform.web.notification.domain;

/**
 * Why a user is told to sign in. Deliberately coarse: the mail crosses networks the platform
 * does not control, so it names no thread, request, organisation or person (issue 6:
 * "email ... that says only that something new is waiting").
 */
public enum NotificationReason {
  /** Something new in a thread the user takes part in (message, document, consent request...). */
  NEW_ACTIVITY,
  /** A cooperation request waits for an action of the user's organisation. */
  REQUEST_ATTENTION,
  /** A cooperation request's deadline is approaching or has passed. */
  DEADLINE,
  /** The organisation's country profile has not been confirmed for a year. */
  PROFILE_CONFIRMATION
}
