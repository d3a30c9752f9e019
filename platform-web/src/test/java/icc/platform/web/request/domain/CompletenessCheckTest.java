package icc.platform.web.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CompletenessCheckTest {

  @ParameterizedTest
  @EnumSource(RequestType.class)
  void aCompleteRequestOfEveryTypeHasNoFindings(RequestType type) {
    assertEquals(List.of(), check(Drafts.complete(type)));
  }

  /** One change to a complete request of a type, and the one field the check must then name. */
  static Stream<Arguments> rules() {
    return Stream.of(
        row(RequestType.TRACE_ASSETS, c -> with(c, "purpose", ""), "purpose", "96(2)(a)"),
        row(RequestType.TRACE_ASSETS, c -> with(c, "legalBasis", ""), "legalBasis", "96(2)(a)"),
        row(RequestType.TRACE_ASSETS, c -> with(c, "situationRef", ""), "situationRef", "96(2)(a)"),
        row(RequestType.TAKE_EVIDENCE, c -> with(c, "facts", ""), "facts", "96(2)(c)"),
        row(RequestType.TRACE_ASSETS, c -> with(c, "deadline", null), "deadline", "96(2)(f)"),
        row(RequestType.TRACE_ASSETS, c -> with(c, "deadline", Drafts.TODAY), "deadline", "96(2)(f)"),
        row(RequestType.IDENTIFY_ASSETS, c -> subjects(c, List.of()), "subjects", "96(2)(b)"),
        row(RequestType.TRACE_ASSETS, c -> subjects(c, List.of(new SubjectData(SubjectKind.NATURAL_PERSON, "Jean Dupont", "", null,
            "", List.of(), "", "", null, ""))), "subjects", "96(2)(b)"),
        row(RequestType.SERVE_DOCUMENTS, c -> subjects(c, List.of()), "subjects", "96(2)(b)"),
        row(RequestType.FREEZE_ASSETS, c -> assets(c, List.of()), "assets", "93(1)(k)"),
        row(RequestType.SEIZE_ASSETS, c -> assets(c, List.of(new AssetData(AssetKind.REAL_ESTATE, "A flat in Amsterdam", null, null,
            "", null, "", "", "", "", "NL", null, null))), "assets", "93(1)(k)"),
        row(RequestType.FREEZE_ASSETS, c -> with(c, "decisionRef", ""), "decisionRef", "57(3)(e)"),
        row(RequestType.FREEZE_ASSETS, c -> with(c, "decisionDate", null), "decisionDate", "57(3)(e)"),
        row(RequestType.SEIZE_ASSETS, c -> with(c, "decisionDate", Drafts.TODAY.plusDays(3)), "decisionDate", "57(3)(e)"),
        row(RequestType.FREEZE_ASSETS, c -> with(c, "procedureNotes", ""), "procedureNotes", "96(2)(d)"),
        row(RequestType.OTHER, c -> with(c, "otherAssistance", ""), "otherAssistance", "93(1)(l)"),
        row(RequestType.TRACE_ASSETS, c -> with(c, "otherAssistance", "Something else"), "otherAssistance", "93(1)(l)"),
        row(RequestType.TRACE_ASSETS, c -> assets(c, List.of(account("NL92ABNA0417164300", "ABNANL2A", "EUR"))), "assets[0].iban", "ISO 13616"),
        row(RequestType.FREEZE_ASSETS, c -> assets(c, List.of(account("NL91ABNA0417164300", "ABNAQQ2A", "EUR"))), "assets[0].bic", "ISO 9362"),
        row(RequestType.TRACE_ASSETS, c -> assets(c, List.of(account("NL91ABNA0417164300", null, "EURO"))), "assets[0].currency", "ISO 4217"),
        row(RequestType.TRACE_ASSETS, c -> assets(c, List.of(account("NL91ABNA0417164300", null, null))), "assets[0].currency", "ISO 4217"),
        row(RequestType.TRACE_ASSETS, c -> subjects(c, List.of(new SubjectData(SubjectKind.NATURAL_PERSON, "Jean Dupont", "",
            LocalDate.of(1970, 1, 1), "", List.of("QQ"), "", "", null, ""))), "subjects[0].nationalities", "ISO 3166-1"),
        row(RequestType.TRACE_ASSETS, c -> subjects(c, List.of(new SubjectData(SubjectKind.NATURAL_PERSON, "Jean Dupont", "",
            Drafts.TODAY.plusDays(1), "", List.of("CD"), "", "", null, ""))), "subjects[0].birthDate", "96(2)(b)"),
        row(RequestType.TRACE_ASSETS, c -> subjects(c, List.of(new SubjectData(SubjectKind.LEGAL_ENTITY, "", "", null, "", List.of(),
            "", "KvK 1", "NL", ""))), "subjects[0].name", "96(2)(b)"),
        row(RequestType.TRACE_ASSETS, c -> assets(c, List.of(new AssetData(AssetKind.VEHICLE, "", null, null, "", null, "", "", "", "",
            null, null, null))), "assets[0]", "96(2)(b)"),
        row(RequestType.TRACE_ASSETS, c -> with(c, "language", "xx"), "language", "87(2)"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("rules")
  void eachRuleNamesItsFieldAndArticle(RequestType type, UnaryOperator<RequestContent> change, String field, String basis) {
    List<Finding> findings = check(change.apply(Drafts.complete(type)).normalised());
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(field, findings.get(0).field());
    assertTrue(findings.get(0).basis().contains(basis), findings.get(0).basis());
    assertTrue(findings.get(0).message().length() > 10);
  }

  @Test
  void aStateAskingTheCourtNeedsNoSituation() {
    RequestContent c = with(Drafts.complete(RequestType.PROVIDE_RECORDS), "situationRef", "");
    assertEquals(List.of(), CompletenessCheck.check(c, false, Drafts.TODAY));
  }

  @Test
  void anIdentifiedAccountWithoutIbanNeedsItsBank() {
    AssetData numberOnly = new AssetData(AssetKind.BANK_ACCOUNT, "", null, null, "123-456", null, "", "", "", "", "NL", null, null);
    assertTrue(!numberOnly.normalised("a").isIdentified());
    AssetData withBank = new AssetData(AssetKind.BANK_ACCOUNT, "", null, null, "123-456", null, "ING", "", "", "", "NL", null, null);
    assertTrue(withBank.normalised("a").isIdentified());
  }

  private static List<Finding> check(RequestContent c) {
    return CompletenessCheck.check(c, true, Drafts.TODAY);
  }

  private static Arguments row(RequestType t, UnaryOperator<RequestContent> change, String field, String basis) {
    return Arguments.of(t, change, field, basis);
  }

  private static AssetData account(String iban, String bic, String currency) {
    return new AssetData(AssetKind.BANK_ACCOUNT, "", null, iban, "", bic, "ABN AMRO", "", "", "", "NL",
        new java.math.BigDecimal("1000"), currency);
  }

  private static RequestContent subjects(RequestContent c, List<SubjectData> s) {
    return new RequestContent(c.type(), c.otherAssistance(), c.legalBasis(), c.situationRef(), c.caseRef(), c.decisionRef(),
        c.decisionDate(), c.requestingUnit(), c.urgency(), c.deadline(), c.purpose(), c.facts(), c.procedureNotes(), c.language(),
        s, c.assets().stream().map(a -> new AssetData(a.kind(), a.description(), null, a.iban(), a.accountNumber(), a.bic(),
            a.institution(), a.registryReference(), a.virtualAddress(), a.virtualNetwork(), a.country(), a.estimatedValue(),
            a.currency())).toList());
  }

  private static RequestContent assets(RequestContent c, List<AssetData> a) {
    return new RequestContent(c.type(), c.otherAssistance(), c.legalBasis(), c.situationRef(), c.caseRef(), c.decisionRef(),
        c.decisionDate(), c.requestingUnit(), c.urgency(), c.deadline(), c.purpose(), c.facts(), c.procedureNotes(), c.language(),
        c.subjects(), a);
  }

  private static RequestContent with(RequestContent c, String field, Object v) {
    return new RequestContent(c.type(),
        field.equals("otherAssistance") ? (String) v : c.otherAssistance(),
        field.equals("legalBasis") ? (String) v : c.legalBasis(),
        field.equals("situationRef") ? (String) v : c.situationRef(), c.caseRef(),
        field.equals("decisionRef") ? (String) v : c.decisionRef(),
        field.equals("decisionDate") ? (LocalDate) v : c.decisionDate(), c.requestingUnit(), c.urgency(),
        field.equals("deadline") ? (LocalDate) v : c.deadline(),
        field.equals("purpose") ? (String) v : c.purpose(),
        field.equals("facts") ? (String) v : c.facts(),
        field.equals("procedureNotes") ? (String) v : c.procedureNotes(),
        field.equals("language") ? (String) v : c.language(), c.subjects(), c.assets());
  }
}
