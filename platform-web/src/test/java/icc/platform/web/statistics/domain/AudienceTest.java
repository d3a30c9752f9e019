package icc.platform.web.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AudienceTest {

  static StatisticsFilter filter(String state, String region, String groupBy) {
    return StatisticsFilter.parse("2019-01-01", "2020-12-31", null, region, state, groupBy, null);
  }

  @Test
  void aStateSeesItselfAndThoseSharingByName() {
    Audience nl = Audience.state("NL", Set.of("FR"));
    assertTrue(nl.seesByName("NL"));
    assertTrue(nl.seesByName("FR"));
    assertFalse(nl.seesByName("SN"));
    assertTrue(nl.unsuppressed("NL"));
    assertFalse(nl.unsuppressed("FR"), "shared figures are still protected");
    assertFalse(nl.unsuppressed(Audience.OTHERS));
    assertThrows(StatisticsException.NotFound.class, () -> nl.check(filter("SN", null, null)));
    assertDoesNotThrow(() -> nl.check(filter("FR", null, null)));
    var units = nl.units(filter(null, null, "STATE"), true);
    assertEquals("NL", units.unitOf("NL"));
    assertEquals("FR", units.unitOf("FR"));
    assertEquals(Audience.OTHERS, units.unitOf("JP"));
  }

  @Test
  void theCourtSeesEveryStateByName() {
    Audience court = Audience.court();
    assertTrue(court.seesByName("SN"));
    assertTrue(court.unsuppressed(Audience.OTHERS));
    assertDoesNotThrow(() -> court.check(filter("SN", "AFRICAN", "STATE")));
    assertEquals("SN", court.units(filter(null, null, "STATE"), true).unitOf("SN"));
    assertEquals(Audience.ALL, court.units(filter(null, null, "TYPE"), true).unitOf("SN"));
  }

  @Test
  void platformAdministratorsSeeVolumesWithoutStates() {
    Audience admin = Audience.volumes();
    assertFalse(admin.seesByName("NL"));
    for (String[] bad : new String[][] {{"NL", null, "TYPE"}, {null, "AFRICAN", "TYPE"}, {null, null, "STATE"}, {null, null, "REGION"}}) {
      assertThrows(StatisticsException.Forbidden.class, () -> admin.check(filter(bad[0], bad[1], bad[2])));
    }
    assertDoesNotThrow(() -> admin.check(filter(null, null, "PERIOD")));
  }
}
