package icc.platform.web.organisation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StateCodeTest {

  @Test
  void aStateIsRegisteredUnderItsIsoCode() {
    assertEquals("KE", OrganisationAdministration.stateCode(" ke ").value());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "ZZ", "XK1", "KEN", "K", "COURT", "12"})
  void refusesWhatIsNotAnIsoCountryCode(String code) {
    OnboardingRefusedException refused =
        assertThrows(OnboardingRefusedException.class, () -> OrganisationAdministration.stateCode(code));
    assertFalse(refused.isConflict());
  }

  @Test
  void aNameIsNeededAndBounded() {
    assertEquals("Kenya", OrganisationAdministration.stateName("  Kenya "));
    assertThrows(OnboardingRefusedException.class, () -> OrganisationAdministration.stateName(" "));
    assertThrows(OnboardingRefusedException.class, () -> OrganisationAdministration.stateName("x".repeat(201)));
  }
}
