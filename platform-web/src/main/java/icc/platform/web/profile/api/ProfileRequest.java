package icc.platform.web.profile.api;

import icc.platform.web.profile.domain.AgreementKind;
import icc.platform.web.profile.domain.AuthorityKind;
import icc.platform.web.profile.domain.Channel;
import icc.platform.web.profile.domain.LegislationStatus;
import icc.platform.web.profile.domain.ProfileContent;
import icc.platform.web.profile.domain.ProfileException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The JSON body that saves a country profile: the whole new content. Enumerations and dates are
 * strings here so that a wrong value is a 400 naming the field.
 */
public class ProfileRequest {

  private static final Jsonb JSONB = JsonbBuilder.create();

  public List<ContactBody> focalPoints;
  public List<AuthorityBody> authorities;
  public String channel;
  public String channelDetails;
  public List<String> requestLanguages;
  public String procedures;
  public List<Long> procedureEntries;
  public String legislationStatus;
  public String legislationNotes;
  public List<AgreementBody> agreements;

  public static class ContactBody implements java.io.Serializable {
    public String name;
    public String position;
    public String email;
    public String phone;
  }

  public static class AuthorityBody implements java.io.Serializable {
    public String kind;
    public String name;
    public String email;
    public String phone;
    public String address;
  }

  public static class AgreementBody implements java.io.Serializable {
    public String kind;
    public String signedOn;
    public String inForceSince;
    public String notes;
  }

  static ProfileRequest parse(String body) {
    if (body == null || body.isBlank()) {
      throw new ProfileException.InvalidInput("body", "a JSON body is required");
    }
    try {
      ProfileRequest request = JSONB.fromJson(body, ProfileRequest.class);
      if (request == null) {
        throw new ProfileException.InvalidInput("body", "a JSON object is required");
      }
      return request;
    } catch (JsonbException | ClassCastException e) {
      throw new ProfileException.InvalidInput("body", "the body is not valid JSON for a country profile");
    }
  }

  ProfileContent toContent() {
    List<ProfileContent.Contact> contacts = new ArrayList<>();
    if (focalPoints != null) {
      for (ContactBody c : focalPoints) {
        contacts.add(c == null ? null : new ProfileContent.Contact(c.name, c.position, c.email, c.phone));
      }
    }
    List<ProfileContent.Authority> auths = new ArrayList<>();
    if (authorities != null) {
      for (int i = 0; i < authorities.size(); i++) {
        AuthorityBody a = authorities.get(i);
        auths.add(a == null ? null : new ProfileContent.Authority(
            a.kind == null ? null : parse(AuthorityKind.class, "authorities[" + i + "].kind", a.kind),
            a.name, a.email, a.phone, a.address));
      }
    }
    List<ProfileContent.Agreement> agrs = new ArrayList<>();
    if (agreements != null) {
      for (int i = 0; i < agreements.size(); i++) {
        AgreementBody a = agreements.get(i);
        String f = "agreements[" + i + "]";
        agrs.add(a == null ? null : new ProfileContent.Agreement(
            a.kind == null ? null : parse(AgreementKind.class, f + ".kind", a.kind),
            date(f + ".signedOn", a.signedOn), date(f + ".inForceSince", a.inForceSince), a.notes));
      }
    }
    return new ProfileContent(
        contacts, auths,
        blank(channel) ? null : parse(Channel.class, "channel", channel),
        channelDetails,
        requestLanguages == null ? null : new LinkedHashSet<>(requestLanguages),
        procedures, procedureEntries,
        blank(legislationStatus) ? null : parse(LegislationStatus.class, "legislationStatus", legislationStatus),
        legislationNotes, agrs);
  }

  /**
   * A PUT replaces the whole profile, so a body must carry every field: a missing one (or null)
   * is a 400, never a silent erasure. {@code {}} (or a body whose field names are all misspelt)
   * names none and is refused as such. To clear a field, send it empty: {@code []} or {@code ""}.
   */
  void requireEveryField() {
    java.util.LinkedHashMap<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put("focalPoints", focalPoints);
    fields.put("authorities", authorities);
    fields.put("channel", channel);
    fields.put("channelDetails", channelDetails);
    fields.put("requestLanguages", requestLanguages);
    fields.put("procedures", procedures);
    fields.put("procedureEntries", procedureEntries);
    fields.put("legislationStatus", legislationStatus);
    fields.put("legislationNotes", legislationNotes);
    fields.put("agreements", agreements);
    List<String> missing = fields.entrySet().stream().filter(e -> e.getValue() == null).map(java.util.Map.Entry::getKey).toList();
    if (missing.size() == fields.size()) {
      throw new ProfileException.InvalidInput("body",
          "the body names no field of a country profile; PUT replaces the whole profile, so send every field"
              + " (GET the profile, change what you need, PUT it back); nothing was saved");
    }
    if (!missing.isEmpty()) {
      throw new ProfileException.InvalidInput(missing.get(0),
          missing.get(0) + ": missing; PUT replaces the whole profile, so every field must be sent"
              + " (an empty list [] or \"\" clears one); missing: " + String.join(", ", missing) + "; nothing was saved");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static LocalDate date(String field, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ProfileException.InvalidInput(field, field + " is a date like 2024-03-31");
    }
  }

  static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    } catch (RuntimeException e) {
      throw new ProfileException.InvalidInput(
          field, "unknown " + field + " '" + value + "'; one of " + List.of(type.getEnumConstants()));
    }
  }
}
