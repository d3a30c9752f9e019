package icc.platform.web.organisation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RealmTemplateTest {

  @Test
  void fillsEveryPlaceholder() {
    assertEquals(
        "{\"realm\":\"state-ke\",\"n\":2}",
        KeycloakRealmProvisioning.render("{\"realm\":\"${REALM}\",\"n\":${N}}", Map.of("REALM", "state-ke", "N", "2")));
  }

  @Test
  void aPlaceholderWithoutValueIsAnError() {
    assertThrows(IllegalStateException.class, () -> KeycloakRealmProvisioning.render("${MISSING}", Map.of()));
  }

  @Test
  void valuesAreEscapedForJsonStrings() {
    assertEquals("C\\u00f4te d'Ivoire \\\"CI\\\"".replace("\\u00f4", "ô"), KeycloakRealmProvisioning.jsonText("Côte d'Ivoire \"CI\""));
    assertEquals("a\\\\b", KeycloakRealmProvisioning.jsonText("a\\b"));
  }

  @Test
  void theRealmTemplateIsPackagedWithItsPlaceholders() throws Exception {
    try (var in = getClass().getClassLoader().getResourceAsStream("keycloak-realm/organisation-realm.json")) {
      String template = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      for (String placeholder : new String[] {"REALM", "DISPLAY_NAME", "BROWSER_FLOW", "PLATFORM_AUDIENCE", "USERS"}) {
        org.junit.jupiter.api.Assertions.assertTrue(template.contains("${" + placeholder + "}"), placeholder);
      }
    }
  }
}
