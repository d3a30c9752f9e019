package icc.platform.web.organisation.application;

/**
 * An onboarding or status change that cannot be done as asked: invalid code, organisation
 * already registered, realm already existing... The message says what to change.
 */
public class OnboardingRefusedException extends RuntimeException {

  private final boolean conflict;

  private OnboardingRefusedException(String message, boolean conflict) {
    super(message);
    this.conflict = conflict;
  }

  /** The request itself is wrong (400). */
  public static OnboardingRefusedException invalid(String message) {
    return new OnboardingRefusedException(message, false);
  }

  /** The request is fine but clashes with what exists (409). */
  public static OnboardingRefusedException conflict(String message) {
    return new OnboardingRefusedException(message, true);
  }

  public boolean isConflict() {
    return conflict;
  }
}
