package icc.platform.web.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.web.audit.domain.AuditQuery;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditCriteriaTest {

  @Test
  void blankFieldsAreNoCriteriaAndTimesAreUtc() {
    AuditQuery q = new AuditCriteria(" nl ", "", "api.call", null, "2026-03-01", "2026-03-01T10:15").toQuery();
    assertEquals(Optional.of("NL"), q.organisation());
    assertTrue(q.user().isEmpty());
    assertEquals(Optional.of("api.call"), q.action());
    assertTrue(q.object().isEmpty());
    assertEquals(Optional.of(Instant.parse("2026-03-01T00:00:00Z")), q.from());
    assertEquals(Optional.of(Instant.parse("2026-03-01T10:15:00Z")), q.to());
  }

  @Test
  void aBadTimeNamesItsField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AuditCriteria(null, null, null, null, null, "yesterday").toQuery());
    assertTrue(e.getMessage().startsWith("to:"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new AuditCriteria(null, "x".repeat(256), null, null, null, null).toQuery());
  }

  @Test
  void aFocalPointsScopeNeverWidensToAnotherOrganisation() {
    assertEquals(Optional.of("NL"), AuditQuery.all().within("NL").organisation());
    AuditQuery asked = new AuditCriteria("FR", null, null, null, null, null).toQuery();
    assertTrue(asked.within("NL").organisation().orElseThrow().startsWith("NL"));
    assertTrue(!asked.within("NL").organisation().orElseThrow().equals("FR"));
  }
}
