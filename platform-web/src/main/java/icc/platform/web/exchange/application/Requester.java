package icc.platform.web.exchange.application;

import icc.platform.web.audit.domain.Actor;
import icc.platform.web.exchange.domain.Viewer;
import icc.platform.web.security.Caller;
import java.util.Objects;

/** Who asks (the verified caller of an API request or web session) and from which address. */
public record Requester(Caller caller, String address) {

  public Requester {
    Objects.requireNonNull(caller, "caller");
  }

  public Viewer viewer() {
    return new Viewer(caller.organisationCode(), caller.username(), caller.roles());
  }

  public Actor actor() {
    return Actor.of(caller);
  }

  public String organisationCode() {
    return caller.organisationCode();
  }
}
