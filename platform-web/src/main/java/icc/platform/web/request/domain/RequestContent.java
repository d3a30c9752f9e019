package icc.platform.web.request.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the requesting side writes in a request (art. 96(2)), as one value: created, replaced while
 * the request is a draft, checked for completeness. {@link #normalised()} checks what no hint can
 * help with (lengths, missing kinds: 400); {@link #identifierFindings} and {@link
 * CompletenessCheck} say what the drafter still has to fix.
 */
public record RequestContent(
    RequestType type,
    String otherAssistance,
    String legalBasis,
    String situationRef,
    String caseRef,
    String decisionRef,
    LocalDate decisionDate,
    String requestingUnit,
    Urgency urgency,
    LocalDate deadline,
    String purpose,
    String facts,
    String procedureNotes,
    String language,
    List<SubjectData> subjects,
    List<AssetData> assets) {

  public static final int OTHER_ASSISTANCE_MAX = 500;
  public static final int LEGAL_BASIS_MAX = 500;
  public static final int REF_MAX = 100;
  public static final int DECISION_REF_MAX = 200;
  public static final int UNIT_MAX = 100;
  /** TEXT columns hold 65,535 bytes; four bytes per character at worst. */
  public static final int NARRATIVE_MAX = 16_000;
  public static final int MAX_SUBJECTS = 50;
  public static final int MAX_ASSETS = 200;

  public RequestContent {
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
    assets = assets == null ? List.of() : List.copyOf(assets);
  }

  /** Trimmed and bounded; 400 naming the field for what cannot be stored at all. */
  public RequestContent normalised() {
    if (type == null) {
      throw new RequestException.InvalidInput("type", "required: one of " + java.util.Arrays.toString(RequestType.values()));
    }
    if (subjects.size() > MAX_SUBJECTS) {
      throw new RequestException.InvalidInput("subjects", "at most " + MAX_SUBJECTS);
    }
    if (assets.size() > MAX_ASSETS) {
      throw new RequestException.InvalidInput("assets", "at most " + MAX_ASSETS);
    }
    List<SubjectData> s = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      if (subjects.get(i) == null) {
        throw new RequestException.InvalidInput("subjects[" + i + "]", "required");
      }
      s.add(subjects.get(i).normalised("subjects[" + i + "]"));
    }
    List<AssetData> a = new ArrayList<>();
    for (int i = 0; i < assets.size(); i++) {
      AssetData x = assets.get(i);
      if (x == null) {
        throw new RequestException.InvalidInput("assets[" + i + "]", "required");
      }
      if (x.holder() != null && (x.holder() < 0 || x.holder() >= s.size())) {
        throw new RequestException.InvalidInput("assets[" + i + "].holder", "must be the position (from 0) of one of the request's subjects");
      }
      a.add(x.normalised("assets[" + i + "]"));
    }
    String lang = Texts.optional("language", language, 2);
    return new RequestContent(type, Texts.text("otherAssistance", otherAssistance, OTHER_ASSISTANCE_MAX),
        Texts.text("legalBasis", legalBasis, LEGAL_BASIS_MAX), Texts.text("situationRef", situationRef, REF_MAX),
        Texts.text("caseRef", caseRef, REF_MAX), Texts.text("decisionRef", decisionRef, DECISION_REF_MAX), decisionDate,
        Texts.text("requestingUnit", requestingUnit, UNIT_MAX), urgency == null ? Urgency.ROUTINE : urgency, deadline,
        Texts.text("purpose", purpose, NARRATIVE_MAX), Texts.text("facts", facts, NARRATIVE_MAX),
        Texts.text("procedureNotes", procedureNotes, NARRATIVE_MAX), lang == null ? "en" : lang.toLowerCase(java.util.Locale.ROOT),
        s, a);
  }

  /**
   * Identifiers that do not follow their standard (IBAN, BIC, country, currency, language) and
   * dates that cannot be. Expects {@link #normalised()} content.
   */
  public List<Finding> identifierFindings(LocalDate today) {
    List<Finding> f = new ArrayList<>();
    Identifiers.languageProblem(language).ifPresent(m -> f.add(new Finding("language", m, "ISO 639-1, art. 87(2)")));
    Identifiers.notFuture(decisionDate, today).ifPresent(m -> f.add(new Finding("decisionDate", m, "art. 57(3)(e)")));
    for (int i = 0; i < subjects.size(); i++) {
      SubjectData s = subjects.get(i);
      String p = "subjects[" + i + "]";
      Identifiers.notFuture(s.birthDate(), today).ifPresent(m -> f.add(new Finding(p + ".birthDate", m, "art. 96(2)(b)")));
      for (String n : s.nationalities()) {
        Identifiers.countryProblem(n).ifPresent(m -> f.add(new Finding(p + ".nationalities", m, "ISO 3166-1")));
      }
      if (s.jurisdiction() != null) {
        Identifiers.countryProblem(s.jurisdiction()).ifPresent(m -> f.add(new Finding(p + ".jurisdiction", m, "ISO 3166-1")));
      }
    }
    for (int i = 0; i < assets.size(); i++) {
      AssetData a = assets.get(i);
      String p = "assets[" + i + "]";
      if (a.iban() != null) {
        Identifiers.ibanProblem(a.iban()).ifPresent(m -> f.add(new Finding(p + ".iban", m, "ISO 13616")));
      }
      if (a.bic() != null) {
        Identifiers.bicProblem(a.bic()).ifPresent(m -> f.add(new Finding(p + ".bic", m, "ISO 9362")));
      }
      if (a.country() != null) {
        Identifiers.countryProblem(a.country()).ifPresent(m -> f.add(new Finding(p + ".country", m, "ISO 3166-1")));
      }
      if (a.currency() != null) {
        Identifiers.currencyProblem(a.currency()).ifPresent(m -> f.add(new Finding(p + ".currency", m, "ISO 4217")));
      }
    }
    return f;
  }
}
