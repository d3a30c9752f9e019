package icc.platform.web.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * The person or national system behind a request, as established from a verified token. Keyed
 * on ({@code issuer}, {@code subject}): the same user name in two realms is two people. The
 * organisation comes from the registry entry of the issuer, never from a claim. Small and
 * serializable because the web session keeps it (sessions may move between cluster nodes).
 */
public record Caller(
    String organisationCode,
    String organisationName,
    String realm,
    String issuer,
    String subject,
    String username,
    String displayName,
    String clientId,
    Set<String> roles)
    implements Principal, Serializable {

  public Caller {
    roles = Set.copyOf(roles);
  }

  @Override
  public String getName() {
    return username;
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
