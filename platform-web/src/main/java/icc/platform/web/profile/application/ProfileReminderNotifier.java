package icc.platform.web.profile.application;

/**
 * Tells a State that its country profile needs confirming. The message is content-free
 * (DESIGN.md section 7: "Email notifications carry no content"): it names neither the profile's
 * content nor anything else, only that the profile needs confirming and where.
 */
public interface ProfileReminderNotifier {

  void profileNeedsConfirming(String stateCode);
}
