package icc.platform.web.security;

import icc.platform.web.organisation.domain.OrganisationKind;
import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of DESIGN.md section 2, each bound to the kind of organisation whose realm may grant
 * it. A State's administrators control their own realm, so a State realm that grants itself
 * {@code platform-admin} or {@code court-requester} must not gain those powers: roles are only
 * honoured when they come from a realm of the right kind.
 */
public enum PlatformRole {
  FOCAL_POINT("focal-point", OrganisationKind.STATE),
  OFFICER("officer", OrganisationKind.STATE),
  STATE_ADMIN("state-admin", OrganisationKind.STATE),
  OBSERVER("observer", OrganisationKind.STATE),
  COURT_REQUESTER("court-requester", OrganisationKind.COURT),
  COURT_ANALYST("court-analyst", OrganisationKind.COURT),
  COURT_ADMIN("court-admin", OrganisationKind.COURT),
  /** Moderates the best-practice library (issue 8): approves or rejects contributions. */
  LIBRARY_REVIEWER("library-reviewer", OrganisationKind.COURT),
  PLATFORM_ADMIN("platform-admin", OrganisationKind.PLATFORM_OPERATOR),
  AUDITOR("auditor", OrganisationKind.PLATFORM_OPERATOR);

  /** Role names as used in {@code @RolesAllowed}, which needs compile-time constants. */
  public static final String FOCAL_POINT_NAME = "focal-point";
  public static final String OFFICER_NAME = "officer";
  public static final String STATE_ADMIN_NAME = "state-admin";
  public static final String OBSERVER_NAME = "observer";
  public static final String COURT_REQUESTER_NAME = "court-requester";
  public static final String COURT_ANALYST_NAME = "court-analyst";
  public static final String COURT_ADMIN_NAME = "court-admin";
  public static final String LIBRARY_REVIEWER_NAME = "library-reviewer";
  public static final String PLATFORM_ADMIN_NAME = "platform-admin";
  public static final String AUDITOR_NAME = "auditor";

  private final String roleName;
  private final OrganisationKind grantedBy;

  PlatformRole(String roleName, OrganisationKind grantedBy) {
    this.roleName = roleName;
    this.grantedBy = grantedBy;
  }

  /** The role as named in Keycloak realms and tokens. */
  public String roleName() {
    return roleName;
  }

  /** The platform role a realm of this kind may grant under that name, if any. */
  public static Optional<PlatformRole> grantable(String roleName, OrganisationKind realmKind) {
    return Arrays.stream(values())
        .filter(r -> r.roleName.equals(roleName) && r.grantedBy == realmKind)
        .findFirst();
  }
}
