package icc.platform.web.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

  @ParameterizedTest
  @ValueSource(strings = {"NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "fr1420041010050500013m02606", "DE89370400440532013000",
      "GB29 NWBK 6016 1331 9268 19", "BE68539007547034"})
  void validIbans(String iban) {
    assertTrue(Identifiers.ibanProblem(iban).isEmpty(), iban + ": " + Identifiers.ibanProblem(iban));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "NL92ABNA0417164300 | check digits",
      "NL91ABNA0417164301 | check digits",
      "FR1420041010050500013M02607 | check digits",
      "QQ91ABNA0417164300 | not a country",
      "NL91ABNA04171643 | right length",
      "NL | right length",
      "'' | right length",
  })
  void invalidIbansSayWhy(String iban, String expected) {
    String problem = Identifiers.ibanProblem(iban).orElseThrow();
    assertTrue(problem.contains(expected), problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ABNANL2A", "ABNANL2AXXX", "BNPAFRPP", "deutdeff500"})
  void validBics(String bic) {
    assertTrue(Identifiers.bicProblem(bic).isEmpty(), bic);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ABNA", "ABNANL2", "ABNAQQ2A", "ABNANL2AXX", "ABNANL2A!!!"})
  void invalidBics(String bic) {
    assertTrue(Identifiers.bicProblem(bic).isPresent(), bic);
  }

  @ParameterizedTest
  @CsvSource({"NL,true", "sn,true", "CD,true", "QQ,false", "XX,false", "NLD,false", "'',false"})
  void countries(String code, boolean valid) {
    assertEquals(valid, Identifiers.countryProblem(code).isEmpty(), code);
  }

  @ParameterizedTest
  @CsvSource({"EUR,true", "xof,true", "USD,true", "EURO,false", "ABC,false", "'',false"})
  void currencies(String code, boolean valid) {
    assertEquals(valid, Identifiers.currencyProblem(code).isEmpty(), code);
  }

  @ParameterizedTest
  @CsvSource({"en,true", "fr,true", "xx,false", "eng,false"})
  void languages(String code, boolean valid) {
    assertEquals(valid, Identifiers.languageProblem(code).isEmpty(), code);
  }

  @org.junit.jupiter.api.Test
  void datesInTheFutureAreRefused() {
    LocalDate today = LocalDate.of(2026, 11, 22);
    assertTrue(Identifiers.notFuture(today.plusDays(1), today).isPresent());
    assertTrue(Identifiers.notFuture(today, today).isEmpty());
    assertTrue(Identifiers.notFuture(null, today).isEmpty());
  }
}
