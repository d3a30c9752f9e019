package icc.platform.web.organisation.application;

/** No organisation with that code is registered. */
public class OrganisationNotFoundException extends RuntimeException {

  public OrganisationNotFoundException(String code) {
    super("No organisation with code " + code + " is registered");
  }
}
