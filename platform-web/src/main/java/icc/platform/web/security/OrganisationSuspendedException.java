package icc.platform.web.security;

/** A valid token from an organisation that the platform operators have suspended. */
public class OrganisationSuspendedException extends Exception {

  public OrganisationSuspendedException(String organisationCode) {
    super("Organisation " + organisationCode + " is suspended: its access to the platform is refused");
  }
}
