package icc.platform.web.audit.domain;

import icc.platform.web.security.Caller;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who acted: the realm and subject that identify a person or system (DESIGN.md section 3: users
 * are keyed on issuer and subject), the organisation from the registry, the roles they held and
 * the OAuth client they used. Every part may be unknown (e.g. a request without a token).
 *
 * @param realm the Keycloak realm, e.g. {@code state-nl}
 * @param subject the {@code sub} claim, stable across renames
 * @param username the user name in that realm, for people reading the log
 * @param organisationCode the registry code of the organisation, e.g. {@code NL}
 * @param roles the platform roles held, sorted
 * @param clientId the OAuth client ({@code azp}), e.g. {@code platform-web}
 */
public record Actor(
    String realm,
    String subject,
    String username,
    String organisationCode,
    List<String> roles,
    String clientId) {

  public static final int MAX_FIELD_LENGTH = 255;

  public Actor {
    roles = roles == null ? List.of() : roles.stream().sorted().distinct().toList();
    for (String value : new String[] {realm, subject, username, organisationCode, clientId}) {
      if (value != null && value.length() > MAX_FIELD_LENGTH) {
        throw new IllegalArgumentException("actor field longer than " + MAX_FIELD_LENGTH);
      }
    }
  }

  /** Nobody known: no token, or a token that did not verify. */
  public static Actor anonymous() {
    return new Actor(null, null, null, null, List.of(), null);
  }

  /** Somebody of a known organisation and realm whose identity was not established. */
  public static Actor unidentifiedOf(String organisationCode, String realm) {
    return new Actor(realm, null, null, organisationCode, List.of(), null);
  }

  /** The verified caller of a request or web session. */
  public static Actor of(Caller caller) {
    return new Actor(
        caller.realm(),
        caller.subject(),
        caller.username(),
        caller.organisationCode(),
        new ArrayList<>(caller.roles()),
        caller.clientId());
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    putIfPresent(json, "realm", realm);
    putIfPresent(json, "subject", subject);
    putIfPresent(json, "username", username);
    putIfPresent(json, "organisation", organisationCode);
    json.put("roles", roles);
    putIfPresent(json, "client", clientId);
    return json;
  }

  static void putIfPresent(Map<String, Object> json, String name, Object value) {
    if (value != null) {
      json.put(name, value);
    }
  }
}
