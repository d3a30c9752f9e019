package icc.platform.web.profile.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a country profile says, validated on construction (each rejection names its field). The
 * shape follows issue 8 and the law: focal points with named contacts (CARIN keeps two per
 * member), competent authorities, the designated channel and the languages accepted for
 * requests (Rome Statute art. 87(1)-(2)), the domestic procedures with links to library entries,
 * implementing legislation, and the voluntary agreements with the Court.
 */
public record ProfileContent(
    List<Contact> focalPoints,
    List<Authority> authorities,
    Channel channel,
    String channelDetails,
    Set<String> requestLanguages,
    String procedures,
    List<Long> procedureEntries,
    LegislationStatus legislationStatus,
    String legislationNotes,
    List<Agreement> agreements) {

  public static final int NAME_MAX = 200;
  public static final int TEXT_MAX = 5000;
  public static final int LIST_MAX = 20;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{5,30}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  /** A named person to contact. */
  public record Contact(String name, String position, String email, String phone) {}

  /** A national authority and how to reach it. */
  public record Authority(AuthorityKind kind, String name, String email, String phone, String address) {}

  /** A voluntary agreement with the Court. */
  public record Agreement(AgreementKind kind, LocalDate signedOn, LocalDate inForceSince, String notes) {}

  public ProfileContent {
    focalPoints = list("focalPoints", focalPoints);
    for (int i = 0; i < focalPoints.size(); i++) {
      Contact c = focalPoints.get(i);
      String f = "focalPoints[" + i + "]";
      if (c == null) {
        throw invalid(f, f + " is empty");
      }
      focalPoints.set(i, new Contact(
          text(f + ".name", c.name(), NAME_MAX, true), text(f + ".position", c.position(), NAME_MAX, false),
          email(f + ".email", c.email()), phone(f + ".phone", c.phone())));
    }
    authorities = list("authorities", authorities);
    for (int i = 0; i < authorities.size(); i++) {
      Authority a = authorities.get(i);
      String f = "authorities[" + i + "]";
      if (a == null || a.kind() == null) {
        throw invalid(f + ".kind", "an authority's kind is required: " + List.of(AuthorityKind.values()));
      }
      authorities.set(i, new Authority(
          a.kind(), text(f + ".name", a.name(), NAME_MAX, true), email(f + ".email", a.email()),
          phone(f + ".phone", a.phone()), text(f + ".address", a.address(), NAME_MAX * 2, false)));
    }
    channelDetails = text("channelDetails", channelDetails, TEXT_MAX, false);
    LinkedHashSet<String> languages = new LinkedHashSet<>();
    if (requestLanguages != null) {
      for (String l : requestLanguages) {
        String code = l == null ? "" : l.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(code).matches()) {
          throw invalid("requestLanguages", "a language is an ISO 639-1 code (en, fr): " + l);
        }
        languages.add(code);
      }
    }
    requestLanguages = java.util.Collections.unmodifiableSet(languages);
    procedures = text("procedures", procedures, TEXT_MAX, false);
    procedureEntries = procedureEntries == null ? List.of() : List.copyOf(new LinkedHashSet<>(procedureEntries));
    if (procedureEntries.size() > LIST_MAX) {
      throw invalid("procedureEntries", "at most " + LIST_MAX + " linked library entries");
    }
    for (Long id : procedureEntries) {
      if (id == null || id <= 0) {
        throw invalid("procedureEntries", "a linked library entry is a positive entry id");
      }
    }
    legislationStatus = legislationStatus == null ? LegislationStatus.UNKNOWN : legislationStatus;
    legislationNotes = text("legislationNotes", legislationNotes, TEXT_MAX, false);
    agreements = list("agreements", agreements);
    for (int i = 0; i < agreements.size(); i++) {
      Agreement a = agreements.get(i);
      String f = "agreements[" + i + "]";
      if (a == null || a.kind() == null) {
        throw invalid(f + ".kind", "an agreement's kind is required: " + List.of(AgreementKind.values()));
      }
      if (a.signedOn() != null && a.inForceSince() != null && a.inForceSince().isBefore(a.signedOn())) {
        throw invalid(f + ".inForceSince", "an agreement cannot be in force before it was signed");
      }
      agreements.set(i, new Agreement(a.kind(), a.signedOn(), a.inForceSince(), text(f + ".notes", a.notes(), TEXT_MAX, false)));
    }
    focalPoints = List.copyOf(focalPoints);
    authorities = List.copyOf(authorities);
    agreements = List.copyOf(agreements);
  }

  /** The profile of a State that has not written one yet (journey 1: "empty, to complete"). */
  public static ProfileContent empty() {
    return new ProfileContent(null, null, null, null, null, null, null, null, null, null);
  }

  private static <T> List<T> list(String field, List<T> given) {
    if (given == null) {
      return new ArrayList<>();
    }
    if (given.size() > LIST_MAX) {
      throw invalid(field, "at most " + LIST_MAX + " " + field);
    }
    return new ArrayList<>(given);
  }

  private static String text(String field, String value, int max, boolean required) {
    String trimmed = value == null ? null : value.strip();
    if (trimmed == null || trimmed.isEmpty()) {
      if (required) {
        throw invalid(field, field + " is required");
      }
      return null;
    }
    if (trimmed.length() > max) {
      throw invalid(field, field + " is longer than " + max + " characters");
    }
    return trimmed;
  }

  private static String email(String field, String value) {
    String email = text(field, value, 320, false);
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw invalid(field, field + " is not an e-mail address: " + email);
    }
    return email;
  }

  private static String phone(String field, String value) {
    String phone = text(field, value, 30, false);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw invalid(field, field + " is not a telephone number (digits, spaces, + ( ) . -): " + phone);
    }
    return phone;
  }

  private static ProfileException.InvalidInput invalid(String field, String message) {
    return new ProfileException.InvalidInput(field, message);
  }
}
