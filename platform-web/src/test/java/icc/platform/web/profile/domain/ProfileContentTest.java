package icc.platform.web.profile.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Country profile validation and who may edit. */
class ProfileContentTest {

  private static ProfileContent with(List<ProfileContent.Contact> contacts, Set<String> languages,
      List<ProfileContent.Agreement> agreements) {
    return new ProfileContent(contacts, null, Channel.DIPLOMATIC, null, languages, null, null, null, null, agreements);
  }

  private static void rejects(String field, Supplier<ProfileContent> content) {
    var e = assertThrows(ProfileException.InvalidInput.class, content::get);
    assertEquals(field, e.field(), e.getMessage());
  }

  @Test
  void acceptsAndNormalises() {
    ProfileContent c = with(List.of(new ProfileContent.Contact(" Anna ", null, "anna@example.org", "+31 70 000")),
        Set.of("EN"), null);
    assertEquals("Anna", c.focalPoints().get(0).name());
    assertEquals(Set.of("en"), c.requestLanguages());
    assertEquals(LegislationStatus.UNKNOWN, c.legislationStatus());
    assertTrue(ProfileContent.empty().focalPoints().isEmpty());
  }

  @Test
  void rejectsEachBadField() {
    rejects("focalPoints[0].name", () -> with(List.of(new ProfileContent.Contact("", null, null, null)), null, null));
    rejects("focalPoints[0].email", () -> with(List.of(new ProfileContent.Contact("A", null, "not-an-address", null)), null, null));
    rejects("focalPoints[0].phone", () -> with(List.of(new ProfileContent.Contact("A", null, null, "call me")), null, null));
    rejects("requestLanguages", () -> with(null, Set.of("French"), null));
    rejects("agreements[0].kind", () -> with(null, null, List.of(new ProfileContent.Agreement(null, null, null, null))));
    rejects("agreements[0].inForceSince", () -> with(null, null, List.of(new ProfileContent.Agreement(
        AgreementKind.INTERIM_RELEASE, LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1), null))));
  }

  @Test
  void onlyTheStatesOwnFocalPointsAndAdministratorsEdit() {
    assertTrue(CountryProfile.mayEdit("NL", Set.of("focal-point"), "NL"));
    assertTrue(CountryProfile.mayEdit("NL", Set.of("state-admin"), "NL"));
    assertFalse(CountryProfile.mayEdit("FR", Set.of("focal-point"), "NL"));
    assertFalse(CountryProfile.mayEdit("NL", Set.of("officer"), "NL"));
    assertFalse(CountryProfile.mayEdit("COURT", Set.of("court-admin"), "NL"));
  }

  @Test
  void everyEditIsANewVersionAndConfirmationIsDueAfterAYear() {
    CountryProfile profile = new CountryProfile("NL");
    Instant t = Instant.parse("2025-01-01T00:00:00Z");
    var editor = new CountryProfile.Editor("state-nl", "s", "focal.nl");
    assertEquals(1, profile.edit("{}", editor, t).number());
    assertEquals(2, profile.edit("{}", editor, t).number());
    assertFalse(profile.confirmationDue(t.plus(Duration.ofDays(364))));
    assertTrue(profile.confirmationDue(t.plus(Duration.ofDays(366))));
  }
}
