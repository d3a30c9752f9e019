package icc.platform.web.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "none", value = {
      "fr, fr", "FR, fr", "fr-CA, fr", "fr_BE, fr", "en, en", "en-GB, en",
      "de, none", "'', none", "none, none", "xx-fr, none", "' fr ', fr"})
  void aTagNamesASupportedLanguageOrNone(String tag, String expected) {
    assertEquals(Optional.ofNullable(expected).map(Locale::forLanguageTag), Languages.supported(tag));
  }

  @ParameterizedTest(name = "Accept-Language {0} -> {1}")
  @CsvSource({
      "fr-FR;en, fr",          // the browser's first choice wins
      "de;nl;fr-CH, fr",       // the first one we have
      "de;es, en",             // none we have: English
      "en-US;fr, en"})
  void theBrowsersFirstSupportedLanguageIsChosen(String accepted, String expected) {
    List<Locale> locales = java.util.Arrays.stream(accepted.split(";")).map(Locale::forLanguageTag).toList();
    assertEquals(Locale.forLanguageTag(expected), Languages.negotiate(Collections.enumeration(locales)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "none", value = {
      "none, ''", "lang=fr, ''", "id=42&lang=fr, id=42", "lang=en&id=42&lang, id=42", "language=x&id=1, language=x&id=1"})
  void theSwitchParameterLeavesTheAddress(String query, String expected) {
    assertEquals(expected, LanguageFilter.withoutLanguage(query));
  }

  @ParameterizedTest
  @CsvSource({"en, English", "fr, Français"})
  void eachLanguageIsNamedInItself(String tag, String name) {
    assertEquals(name, Languages.nativeName(Locale.forLanguageTag(tag)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en, 3 Mar 2026 14:05", "fr, 3 mars 2026 14:05"})
  void datesAreWrittenAsTheLanguageWritesThem(String tag, String expected) {
    Locale locale = Locale.forLanguageTag(tag);
    String pattern = UiText.of(locale, "common", "format.dateTime");
    assertEquals(expected, DateTexts.format(locale, Instant.parse("2026-03-03T14:05:09Z"), pattern));
    assertEquals(expected, DateTexts.format(locale, "2026-03-03T14:05:09.123Z", pattern), "audit events: ISO text");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en, 1 Apr 2026", "fr, 1 avr. 2026"})
  void calendarDates(String tag, String expected) {
    Locale locale = Locale.forLanguageTag(tag);
    assertEquals(expected, DateTexts.format(locale, LocalDate.of(2026, 4, 1), UiText.of(locale, "common", "format.date")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en|3|3 unread", "en|1|1 unread", "en|0|none unread", "fr|2|2 non lus", "fr|1|1 non lu", "fr|0|aucun non lu"})
  void countsAgreeInNumber(String tag, long count, String expected) {
    assertEquals(expected, UiText.of(Locale.forLanguageTag(tag), "exchange", "inbox.unread", count));
  }

  @org.junit.jupiter.api.Test
  void anUnreadableDateIsShownAsItIs() {
    assertEquals("yesterday", DateTexts.format(Locale.FRENCH, "yesterday", "d MMM yyyy"));
  }
}
