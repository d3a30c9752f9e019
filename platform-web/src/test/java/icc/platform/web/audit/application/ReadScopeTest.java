package icc.platform.web.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import icc.platform.web.security.Caller;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadScopeTest {

  private static Caller caller(String organisation, String... roles) {
    return new Caller(organisation, organisation, "realm", "iss", "sub", "user", "User", "client", Set.of(roles));
  }

  @Test
  void anAuditorReadsEverything() {
    assertEquals(Optional.empty(), ReadScope.of(caller("PLATFORM", "auditor")).organisationCode());
  }

  @Test
  void aFocalPointReadsOnlyItsOwnOrganisation() {
    assertEquals(Optional.of("NL"), ReadScope.of(caller("NL", "focal-point")).organisationCode());
    assertEquals(Optional.of("FR"), ReadScope.of(caller("FR", "focal-point", "officer")).organisationCode());
  }

  @Test
  void nobodyElseReadsEvents() {
    assertThrows(AuditAccessDeniedException.class, () -> ReadScope.of(caller("NL", "officer")));
    assertThrows(AuditAccessDeniedException.class, () -> ReadScope.of(caller("PLATFORM", "platform-admin")));
    assertThrows(AuditAccessDeniedException.class, () -> ReadScope.of(caller("COURT")));
  }
}
