package icc.platform.web.exchange.domain;

import java.util.Optional;

/**
 * The rule of handling code H2, "not to be passed on to another organisation without the
 * originator's consent", as the platform enforces it: material of a thread may reach a new
 * organisation (by adding it to the thread, or by forwarding a document into another thread) only
 * if the originator's organisation does it itself, or has granted a consent request for exactly
 * that thread and that organisation. The consent is recorded and named on the new participant.
 */
public final class HandlingRules {

  private HandlingRules() {}

  /**
   * Checks that material of thread {@code sourceThreadId} under {@code code}, originated by
   * {@code originatorOrg}, may be passed on by {@code actingOrg} to {@code targetOrg}.
   *
   * @return the id of the consent that allows it, or null if none was needed
   * @throws ExchangeException.Conflict {@code consent_required} otherwise
   */
  public static String requirePassOnAllowed(
      HandlingCode code,
      String originatorOrg,
      String sourceThreadId,
      String actingOrg,
      String targetOrg,
      Optional<ConsentRequest> consent) {
    if (!code.requiresConsentToPassOn() || originatorOrg.equals(actingOrg)) {
      return null;
    }
    return consent
        .filter(c -> c.allows(sourceThreadId, targetOrg))
        .map(c -> c.id().value())
        .orElseThrow(
            () ->
                new ExchangeException.Conflict(
                    "consent_required",
                    "This material is under handling code H2 (not to be passed on without the"
                        + " originator's consent): " + originatorOrg + " has not consented to passing"
                        + " it on to " + targetOrg + ". Ask for consent first; nothing was changed."));
  }

  /** The same rule for adding {@code targetOrg} to {@code thread} itself. */
  static String requirePassOnAllowed(ExchangeThread thread, String actingOrg, String targetOrg, Optional<ConsentRequest> consent) {
    return requirePassOnAllowed(
        thread.handlingCode(), thread.originatorOrg(), thread.id().value(), actingOrg, targetOrg, consent);
  }
}
