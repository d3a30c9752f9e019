package icc.platform.web.request.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.web.request.domain.AssetStatus;
import icc.platform.web.request.domain.ChallengeCode;
import icc.platform.web.request.domain.RequestAction;
import icc.platform.web.request.domain.RequestStatus;
import icc.platform.web.request.domain.SideState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every code the request pages show has a label in English and French, and both bundles have the same keys. */
class RequestBundlesTest {

  @ParameterizedTest
  @ValueSource(strings = {"i18n/requests.properties", "i18n/requests_fr.properties"})
  void everyCodeHasALabel(String bundle) throws IOException {
    Properties p = load(bundle);
    check(p, bundle, "status.", RequestStatus.values());
    check(p, bundle, "side.", SideState.values());
    check(p, bundle, "action.", RequestAction.values());
    check(p, bundle, "asset.", AssetStatus.values());
    check(p, bundle, "challenge.", ChallengeCode.values());
    assertEquals(load("i18n/requests.properties").stringPropertyNames(), p.stringPropertyNames());
  }

  private static void check(Properties p, String bundle, String prefix, Enum<?>[] values) {
    for (Enum<?> v : values) {
      assertTrue(p.containsKey(prefix + v.name()), bundle + ": no label " + prefix + v.name());
    }
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = RequestBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
