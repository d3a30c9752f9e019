package icc.platform.web.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OrganisationCodeTest {

  @Test
  void acceptsStateCodesAndNamesOfOtherOrganisations() {
    assertEquals("NL", new OrganisationCode("NL").value());
    assertEquals("COURT", new OrganisationCode("COURT").value());
    assertEquals("INTERPOL_1", new OrganisationCode("INTERPOL_1").value());
  }

  @Test
  void parsesWhatPeopleType() {
    assertEquals(new OrganisationCode("SN"), OrganisationCode.parse(" sn "));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "N", "nl", "1L", "N-L", "NL ", "ABCDEFGHIJKLMNOPQ", "NL;DROP", "ÑL"})
  void rejectsEverythingElse(String text) {
    assertThrows(IllegalArgumentException.class, () -> new OrganisationCode(text));
  }

  @Test
  void theOperatorsCannotBeSuspended() {
    Organisation operators =
        new Organisation(new OrganisationCode("PLATFORM"), "Operators", OrganisationKind.PLATFORM_OPERATOR, null, "platform", "http://kc/realms/platform");
    assertThrows(IllegalStateException.class, operators::suspend);
    assertEquals(OrganisationStatus.ACTIVE, operators.status());
  }

  @Test
  void aSuspendedStateCanBeReinstated() {
    Organisation kenya =
        new Organisation(new OrganisationCode("KE"), "Kenya", OrganisationKind.STATE, true, "state-ke", "http://kc/realms/state-ke");
    kenya.suspend();
    assertEquals(OrganisationStatus.SUSPENDED, kenya.status());
    kenya.reinstate();
    assertEquals(OrganisationStatus.ACTIVE, kenya.status());
  }

  @Test
  void onlyStatesArePartyOrNotToTheStatute() {
    Organisation court =
        new Organisation(new OrganisationCode("COURT"), "ICC", OrganisationKind.COURT, true, "court", "http://kc/realms/court");
    assertEquals(null, court.partyToStatute());
  }
}
