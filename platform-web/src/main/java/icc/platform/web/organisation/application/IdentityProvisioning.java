package icc.platform.web.organisation.application;

/**
 * The identity provider side of onboarding: one realm per State, created from the realm template
 * of {@code keycloak-realm/}. Implemented over Keycloak's admin REST API.
 */
public interface IdentityProvisioning {

  /**
   * Creates the realm of a new State with its first administrator, who must set a password of
   * their own (and a second factor where the realm requires one) at first login.
   *
   * @return the issuer ({@code iss}) of the new realm's tokens
   */
  String createStateRealm(String realm, String stateCode, String stateName, StateAdministrator admin);

  /** Removes a realm again: used only to undo an onboarding that failed half-way. */
  void deleteRealm(String realm);

  boolean realmExists(String realm);

  /** Ends every open session of the realm's users (suspension). */
  void logoutAll(String realm);

  /** The first administrator of a State: user name and one-time password. */
  record StateAdministrator(String username, String temporaryPassword) {}
}
