package icc.platform.web.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A person or legal entity a request concerns (art. 96(2)(b)); part of the request aggregate. */
@Entity
@Table(name = "cooperation_subject")
public class Subject {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "position", nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private SubjectKind kind;

  @Column(name = "name", nullable = false, length = SubjectData.NAME_MAX)
  private String name;

  @Column(name = "aliases", nullable = false, length = SubjectData.ALIASES_MAX)
  private String aliases;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(name = "birth_place", nullable = false, length = SubjectData.BIRTH_PLACE_MAX)
  private String birthPlace;

  @Column(name = "nationalities", nullable = false, length = SubjectData.NATIONALITIES_MAX)
  private String nationalities;

  @Column(name = "document_numbers", nullable = false, length = SubjectData.DOCUMENTS_MAX)
  private String documentNumbers;

  @Column(name = "registration_number", nullable = false, length = SubjectData.REGISTRATION_MAX)
  private String registrationNumber;

  @Column(name = "jurisdiction", length = 2)
  private String jurisdiction;

  @Column(name = "notes", nullable = false, length = SubjectData.NOTES_MAX)
  private String notes;

  protected Subject() {
    // for JPA
  }

  static Subject of(int position, SubjectData d) {
    Subject s = new Subject();
    s.id = UUID.randomUUID().toString();
    s.position = position;
    s.kind = d.kind();
    s.name = d.name();
    s.aliases = d.aliases();
    s.birthDate = d.birthDate();
    s.birthPlace = d.birthPlace();
    s.nationalities = String.join(",", d.nationalities());
    s.documentNumbers = d.documentNumbers();
    s.registrationNumber = d.registrationNumber();
    s.jurisdiction = d.jurisdiction();
    s.notes = d.notes();
    return s;
  }

  public SubjectData data() {
    return new SubjectData(kind, name, aliases, birthDate, birthPlace, nationalityList(), documentNumbers, registrationNumber,
        jurisdiction, notes);
  }

  public List<String> nationalityList() {
    return nationalities.isEmpty() ? List.of() : Arrays.asList(nationalities.split(","));
  }

  public String id() {
    return id;
  }

  public int position() {
    return position;
  }

  public SubjectKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }
}
