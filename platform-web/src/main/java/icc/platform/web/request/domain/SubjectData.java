package icc.platform.web.request.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A person or legal entity as the drafter describes it (art. 96(2)(b): "as much detail as
 * possible on the location or identification of any person ... to be found or identified").
 *
 * @param nationalities ISO 3166-1 alpha-2 codes
 * @param documentNumbers passport or identity document numbers with issuing country, one per line
 */
public record SubjectData(
    SubjectKind kind,
    String name,
    String aliases,
    LocalDate birthDate,
    String birthPlace,
    List<String> nationalities,
    String documentNumbers,
    String registrationNumber,
    String jurisdiction,
    String notes) {

  public static final int NAME_MAX = 300;
  public static final int ALIASES_MAX = 1000;
  public static final int BIRTH_PLACE_MAX = 200;
  public static final int NATIONALITIES_MAX = 100;
  public static final int DOCUMENTS_MAX = 500;
  public static final int REGISTRATION_MAX = 100;
  public static final int NOTES_MAX = 2000;

  public SubjectData {
    nationalities = nationalities == null ? List.of()
        : nationalities.stream().filter(n -> n != null && !n.isBlank()).map(Identifiers::normalCountry).toList();
  }

  /** Checked and trimmed; 400 naming {@code subjects[i].field} for what no drafter could fix by a hint. */
  SubjectData normalised(String path) {
    if (kind == null) {
      throw new RequestException.InvalidInput(path + ".kind", "required: NATURAL_PERSON or LEGAL_ENTITY");
    }
    String j = Texts.optional(path + ".jurisdiction", jurisdiction, 8);
    SubjectData s = new SubjectData(kind, Texts.text(path + ".name", name, NAME_MAX), Texts.text(path + ".aliases", aliases, ALIASES_MAX),
        birthDate, Texts.text(path + ".birthPlace", birthPlace, BIRTH_PLACE_MAX), nationalities,
        Texts.text(path + ".documentNumbers", documentNumbers, DOCUMENTS_MAX),
        Texts.text(path + ".registrationNumber", registrationNumber, REGISTRATION_MAX),
        j == null ? null : Identifiers.normalCountry(j), Texts.text(path + ".notes", notes, NOTES_MAX));
    if (String.join(",", s.nationalities).length() > NATIONALITIES_MAX) {
      throw new RequestException.InvalidInput(path + ".nationalities", "too many");
    }
    return s;
  }

  /** Enough to tell this subject from namesakes: a date of birth, a document, a nationality, a registration. */
  public boolean hasIdentifiers() {
    return kind == SubjectKind.NATURAL_PERSON
        ? birthDate != null || !documentNumbers.isBlank() || !nationalities.isEmpty()
        : !registrationNumber.isBlank() || jurisdiction != null;
  }
}
