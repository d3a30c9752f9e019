package icc.platform.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.web.organisation.domain.OrganisationKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlatformRoleTest {

  @Test
  void aStateRealmGrantsOnlyStateRoles() {
    assertEquals(Optional.of(PlatformRole.FOCAL_POINT), PlatformRole.grantable("focal-point", OrganisationKind.STATE));
    // A State's administrators control their realm: a role they name platform-admin means nothing.
    assertTrue(PlatformRole.grantable("platform-admin", OrganisationKind.STATE).isEmpty());
    assertTrue(PlatformRole.grantable("auditor", OrganisationKind.STATE).isEmpty());
    assertTrue(PlatformRole.grantable("court-requester", OrganisationKind.STATE).isEmpty());
  }

  @Test
  void theCourtAndTheOperatorsGrantTheirOwn() {
    assertEquals(Optional.of(PlatformRole.COURT_REQUESTER), PlatformRole.grantable("court-requester", OrganisationKind.COURT));
    assertTrue(PlatformRole.grantable("focal-point", OrganisationKind.COURT).isEmpty());
    assertEquals(Optional.of(PlatformRole.AUDITOR), PlatformRole.grantable("auditor", OrganisationKind.PLATFORM_OPERATOR));
    assertTrue(PlatformRole.grantable("state-admin", OrganisationKind.PLATFORM_OPERATOR).isEmpty());
  }

  @Test
  void unknownAndDefaultKeycloakRolesAreIgnored() {
    assertTrue(PlatformRole.grantable("offline_access", OrganisationKind.STATE).isEmpty());
    assertTrue(PlatformRole.grantable("default-roles-state-nl", OrganisationKind.STATE).isEmpty());
    assertTrue(PlatformRole.grantable("Focal-Point", OrganisationKind.STATE).isEmpty());
  }

  @Test
  void theAnnotationConstantsMatchTheRoleNames() {
    assertEquals(PlatformRole.FOCAL_POINT.roleName(), PlatformRole.FOCAL_POINT_NAME);
    assertEquals(PlatformRole.STATE_ADMIN.roleName(), PlatformRole.STATE_ADMIN_NAME);
    assertEquals(PlatformRole.COURT_ADMIN.roleName(), PlatformRole.COURT_ADMIN_NAME);
    assertEquals(PlatformRole.PLATFORM_ADMIN.roleName(), PlatformRole.PLATFORM_ADMIN_NAME);
    assertEquals(PlatformRole.AUDITOR.roleName(), PlatformRole.AUDITOR_NAME);
    assertEquals(PlatformRole.OBSERVER.roleName(), PlatformRole.OBSERVER_NAME);
  }
}
