package icc.platform.web.notification.application;

/** Sends one plain-text mail to one address (one mail per person: nobody sees the others). */
public interface MailSender {

  /** Whether an SMTP server is configured at all. */
  boolean configured();

  void send(String address, NotificationMail mail) throws MailFailure;

  /** The SMTP server refused or could not be reached. */
  final class MailFailure extends Exception {
    public MailFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
