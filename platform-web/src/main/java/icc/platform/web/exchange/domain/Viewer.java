package icc.platform.web.exchange.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Who is looking, as the access rules need it: the organisation (from the registry, never from a
 * claim), the user name in that organisation's realm and the platform roles held.
 */
public record Viewer(String organisationCode, String username, Set<String> roles) {

  public Viewer {
    Objects.requireNonNull(organisationCode, "organisationCode");
    Objects.requireNonNull(username, "username");
    roles = Set.copyOf(roles);
  }

  public boolean has(String role) {
    return roles.contains(role);
  }
}
