package icc.platform.web.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * The structured part of a NOTICE thread (issue 6): which notice, the person concerned (by a
 * reference such as a warrant or case number, not a biography), the dates and places, and the
 * source of the information. Validated by {@link #of}.
 */
@Embeddable
public class Notice {

  public static final int PERSON_REF_MAX = 200;
  public static final int PLACES_MAX = 1000;
  public static final int SOURCE_MAX = 500;

  @Enumerated(EnumType.STRING)
  @Column(name = "notice_type", length = 40)
  private NoticeType type;

  @Column(name = "notice_person_ref", length = PERSON_REF_MAX)
  private String personReference;

  @Column(name = "notice_from")
  private LocalDate from;

  @Column(name = "notice_to")
  private LocalDate to;

  @Column(name = "notice_places", length = PLACES_MAX)
  private String places;

  @Column(name = "notice_source", length = SOURCE_MAX)
  private String source;

  protected Notice() {
    // for JPA
  }

  private Notice(NoticeType type, String personReference, LocalDate from, LocalDate to, String places, String source) {
    this.type = type;
    this.personReference = personReference;
    this.from = from;
    this.to = to;
    this.places = places;
    this.source = source;
  }

  /**
   * A checked notice: type, person reference, places and source are required; {@code from} is
   * required and {@code to}, if given, is not before it.
   */
  public static Notice of(NoticeType type, String personReference, LocalDate from, LocalDate to, String places, String source) {
    if (type == null) {
      throw new ExchangeException.InvalidInput("notice.type", "required: WARRANT_SUBJECT_TRAVEL or VOLUNTARY_CONTACT_ADVISORY");
    }
    String person = Texts.required("notice.personReference", personReference, PERSON_REF_MAX);
    if (from == null) {
      throw new ExchangeException.InvalidInput("notice.from", "required: the first date concerned (yyyy-mm-dd)");
    }
    if (to != null && to.isBefore(from)) {
      throw new ExchangeException.InvalidInput("notice.to", "must not be before notice.from");
    }
    return new Notice(type, person, from, to,
        Texts.required("notice.places", places, PLACES_MAX),
        Texts.required("notice.source", source, SOURCE_MAX));
  }

  public NoticeType type() {
    return type;
  }

  public String personReference() {
    return personReference;
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }

  public String places() {
    return places;
  }

  public String source() {
    return source;
  }
}
