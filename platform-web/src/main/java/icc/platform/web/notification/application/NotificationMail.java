package icc.platform.web.notification.application;

import icc.platform.web.notification.domain.NotificationReason;
import java.net.URI;

/**
 * The text of a notification mail, in English and French (the Court's working languages; the
 * platform does not know which one the reader prefers). It names nothing: no thread, request,
 * organisation, person or subject, only that something waits and where to sign in.
 */
public record NotificationMail(String subject, String text) {

  public static NotificationMail of(NotificationReason reason, URI platform) {
    String en;
    String fr;
    switch (reason) {
      case REQUEST_ATTENTION -> {
        en = "A cooperation request on the platform waits for your attention.";
        fr = "Une demande de coopération attend votre attention sur la plateforme.";
      }
      case DEADLINE -> {
        en = "A deadline on the platform is approaching or has passed.";
        fr = "Un délai arrive à échéance ou est dépassé sur la plateforme.";
      }
      case PROFILE_CONFIRMATION -> {
        en = "Your country profile has not been confirmed for a year: please review and confirm it.";
        fr = "Le profil de votre pays n'a pas été confirmé depuis un an : veuillez le relire et le confirmer.";
      }
      default -> {
        en = "Something new is waiting for you on the platform.";
        fr = "Du nouveau vous attend sur la plateforme.";
      }
    }
    String text = en + "\nSign in to read it: " + platform + "\n\n"
        + fr + "\nConnectez-vous pour en prendre connaissance : " + platform + "\n\n"
        + "-- \nICC cooperation platform / Plateforme de coopération de la CPI\n"
        + "You can turn these mails off in the platform's settings. / "
        + "Vous pouvez désactiver ces messages dans les paramètres de la plateforme.\n";
    return new NotificationMail("ICC cooperation platform: something is waiting / Plateforme de la CPI : du nouveau vous attend", text);
  }
}
