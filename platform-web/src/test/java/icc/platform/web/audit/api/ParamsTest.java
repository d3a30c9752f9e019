package icc.platform.web.audit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.web.audit.application.InvalidAuditRequestException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParamsTest {

  @Test
  void parsesNonNegativeNumbersAndDefaults() {
    assertEquals(42, Params.number("from", "42", null));
    assertEquals(0, Params.number("from", null, 0L));
    assertEquals(7, Params.bounded("limit", null, 7, 10));
    assertEquals(Optional.empty(), Params.optionalNumber("size", ""));
    assertEquals(Optional.of(5L), Params.optionalNumber("size", "5"));
  }

  @Test
  void rejectsWithTheParametersName() {
    for (String bad : new String[] {"-1", "abc", "1e3", " 1", "9999999999999999999"}) {
      InvalidAuditRequestException e =
          assertThrows(InvalidAuditRequestException.class, () -> Params.number("treeSize", bad, null));
      assertEquals("treeSize", e.parameter());
      assertTrue(e.getMessage().startsWith("treeSize: "));
    }
    assertThrows(InvalidAuditRequestException.class, () -> Params.number("index", null, null));
    assertThrows(InvalidAuditRequestException.class, () -> Params.bounded("limit", "0", 1, 10));
    assertThrows(InvalidAuditRequestException.class, () -> Params.bounded("limit", "11", 1, 10));
  }
}
