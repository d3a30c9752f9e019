package icc.platform.web.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.exchange.domain.Classification;
import icc.platform.web.exchange.domain.ConsentRequest;
import icc.platform.web.exchange.domain.HandlingCode;
import icc.platform.web.exchange.domain.NoticeType;
import icc.platform.web.exchange.domain.Receipt;
import icc.platform.web.exchange.domain.ThreadKind;
import icc.platform.web.organisation.domain.OrganisationKind;
import icc.platform.web.organisation.domain.OrganisationStatus;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundle in {@code i18n/} (every feature's, not only ours) is complete in every language:
 * each key of {@code x.properties} is in {@code x_fr.properties} and the reverse, the files are
 * UTF-8, their patterns parse, and each bundle is registered in faces-config.xml. Plus: every
 * code the pages label (thread kinds, handling codes, ...) has a label.
 */
class BundlesTest {

  private static final Path BUNDLES = Path.of("src/main/resources/i18n");
  private static final Path FACES_CONFIG = Path.of("src/main/webapp/WEB-INF/faces-config.xml");

  /** Base name -> language ("" for the default) -> file. */
  private static Map<String, Map<String, Path>> bundles() throws IOException {
    Map<String, Map<String, Path>> bundles = new TreeMap<>();
    try (Stream<Path> files = Files.list(BUNDLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.properties$", "");
        Matcher m = Pattern.compile("(.+?)_([a-z]{2,3})").matcher(name);
        String base = m.matches() ? m.group(1) : name;
        String language = m.matches() ? m.group(2) : "";
        bundles.computeIfAbsent(base, b -> new TreeMap<>()).put(language, file);
      }
    }
    return bundles;
  }

  private static Properties load(Path file) throws IOException {
    // Strict UTF-8: a Latin-1 file with accents fails here instead of showing "Ã©" on a page.
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    Properties properties = new Properties();
    try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), decoder)) {
      properties.load(reader);
    } catch (CharacterCodingException e) {
      fail(file + " is not UTF-8");
    }
    return properties;
  }

  @Test
  void thereAreBundles() throws IOException {
    assertTrue(bundles().keySet().containsAll(Set.of("common", "exchange", "accounts", "organisations", "audit")),
        bundles().keySet().toString());
  }

  @TestFactory
  List<DynamicTest> everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (var bundle : bundles().entrySet()) {
      tests.add(DynamicTest.dynamicTest(bundle.getKey(), () -> {
        Map<String, Path> files = bundle.getValue();
        assertTrue(files.containsKey(""), bundle.getKey() + ": no default (English) file");
        for (Locale locale : Languages.SUPPORTED) {
          if (!locale.equals(Languages.DEFAULT)) {
            assertTrue(files.containsKey(locale.getLanguage()),
                bundle.getKey() + ": no " + bundle.getKey() + "_" + locale.getLanguage() + ".properties");
          }
        }
        Set<String> reference = new TreeSet<>(load(files.get("")).stringPropertyNames());
        for (var translation : files.entrySet()) {
          Set<String> keys = new TreeSet<>(load(translation.getValue()).stringPropertyNames());
          Set<String> missing = new TreeSet<>(reference);
          missing.removeAll(keys);
          Set<String> extra = new TreeSet<>(keys);
          extra.removeAll(reference);
          assertTrue(missing.isEmpty() && extra.isEmpty(), translation.getValue() + ": missing " + missing
              + ", not in the English file " + extra);
        }
      }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> patternsWithArgumentsParseAndKeepTheirApostrophes() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (var bundle : bundles().values()) {
      for (Path file : bundle.values()) {
        tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
          Properties properties = load(file);
          for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (!value.matches("(?s).*\\{\\d.*")) {
              continue; // used as it is, never through MessageFormat
            }
            // In a MessageFormat pattern a lone ' starts a quote and swallows the {0} after it.
            assertFalse(value.replace("''", "").contains("'"), file + " " + key + ": write ’ or '' in a pattern");
            new MessageFormat(value, Locale.ROOT).format(new Object[] {1, 2, 3, 4});
          }
        }));
      }
    }
    return tests;
  }

  @Test
  void everyBundleIsRegisteredInFacesConfig() throws IOException {
    String config = Files.readString(FACES_CONFIG);
    for (String base : bundles().keySet()) {
      assertTrue(config.contains("<base-name>i18n." + base + "</base-name>"), base + " is not in faces-config.xml");
    }
  }

  @Test
  void facesConfigOffersExactlyTheSupportedLanguages() throws IOException {
    String config = Files.readString(FACES_CONFIG);
    Matcher defaultLocale = Pattern.compile("<default-locale>(.+?)</default-locale>").matcher(config);
    assertTrue(defaultLocale.find());
    assertEquals(Languages.DEFAULT.toLanguageTag(), defaultLocale.group(1));
    Set<String> supported = new TreeSet<>();
    Matcher m = Pattern.compile("<supported-locale>(.+?)</supported-locale>").matcher(config);
    while (m.find()) {
      supported.add(m.group(1));
    }
    Set<String> expected = new TreeSet<>();
    Languages.SUPPORTED.stream().filter(l -> !l.equals(Languages.DEFAULT)).forEach(l -> expected.add(l.toLanguageTag()));
    assertEquals(expected, supported);
  }

  @Test
  void everyCodeThePagesShowHasALabel() throws IOException {
    Map<String, List<String>> needed = new TreeMap<>();
    needed.put("exchange", new ArrayList<>());
    labels(needed.get("exchange"), "kind.", ThreadKind.values());
    labels(needed.get("exchange"), "classification.", Classification.values());
    labels(needed.get("exchange"), "handling.", HandlingCode.values());
    labels(needed.get("exchange"), "noticeType.", NoticeType.values());
    labels(needed.get("exchange"), "receipt.", Receipt.Kind.values());
    labels(needed.get("exchange"), "consent.", ConsentRequest.Status.values());
    needed.put("organisations", new ArrayList<>());
    labels(needed.get("organisations"), "kind.", OrganisationKind.values());
    labels(needed.get("organisations"), "status.", OrganisationStatus.values());
    needed.put("audit", new ArrayList<>());
    for (AuditOutcome outcome : AuditOutcome.values()) {
      needed.get("audit").add("outcome." + outcome.name().toLowerCase(Locale.ROOT));
    }
    for (var bundle : needed.entrySet()) {
      for (Path file : bundles().get(bundle.getKey()).values()) {
        Set<String> keys = load(file).stringPropertyNames();
        for (String key : bundle.getValue()) {
          assertTrue(keys.contains(key), file + ": no label " + key);
        }
      }
    }
  }

  private static void labels(List<String> keys, String prefix, Enum<?>[] values) {
    for (Enum<?> value : values) {
      keys.add(prefix + value.name());
    }
  }
}
