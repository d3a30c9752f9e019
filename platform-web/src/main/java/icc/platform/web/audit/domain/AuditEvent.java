package icc.platform.web.audit.domain;

import icc.platform.crypto.transparency.CanonicalJson;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One audit event (DESIGN.md section 5): who ({@link Actor}), what ({@link AuditAction}, an
 * optional {@link AuditObject} and document hash), when, from where, and the outcome. Never
 * plaintext content and never a secret: details are short strings, and a value that looks like a
 * bearer token is replaced by {@value #REDACTED} before it can reach the log.
 *
 * <p>Its leaf data in the Merkle log is {@link #canonicalBytes()}: the RFC 8785 (JCS) canonical
 * UTF-8 JSON of {@link #toJson()}, so the same event always hashes the same, whoever serialises
 * it. Absent values are left out rather than written as {@code null}, and the time always has
 * milliseconds, so there is exactly one encoding of each event. Schema version {@value
 * #SCHEMA_VERSION} (member {@code v}); docs/audit.md describes every member.
 */
public record AuditEvent(
    AuditAction action,
    AuditOutcome outcome,
    Actor actor,
    AuditObject object,
    String documentHash,
    Instant occurredAt,
    String sourceAddress,
    SortedMap<String, String> details) {

  public static final int SCHEMA_VERSION = 1;
  public static final String REDACTED = "[redacted]";
  public static final int MAX_DETAILS = 16;
  public static final int MAX_DETAIL_NAME_LENGTH = 32;
  public static final int MAX_DETAIL_VALUE_LENGTH = 500;
  public static final int MAX_ADDRESS_LENGTH = 64;

  /** Fixed-width UTC time with milliseconds: one spelling per instant. */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final Pattern DOCUMENT_HASH = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final Pattern DETAIL_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
  /** A JWT (three base64url parts, the first a JSON header) or an Authorization header value. */
  private static final Pattern SECRET_LOOKING =
      Pattern.compile(
          "(?s).*(eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.|(?i:bearer|basic)\\s+[A-Za-z0-9._~+/-]{16,}).*");

  public AuditEvent {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
    if (documentHash != null && !DOCUMENT_HASH.matcher(documentHash).matches()) {
      throw new IllegalArgumentException("document hash must be sha256:<64 lowercase hex digits>");
    }
    if (sourceAddress != null && sourceAddress.length() > MAX_ADDRESS_LENGTH) {
      throw new IllegalArgumentException("source address longer than " + MAX_ADDRESS_LENGTH);
    }
    details = Collections.unmodifiableSortedMap(checkedDetails(details));
  }

  private static SortedMap<String, String> checkedDetails(Map<String, String> given) {
    SortedMap<String, String> checked = new TreeMap<>();
    if (given == null) {
      return checked;
    }
    if (given.size() > MAX_DETAILS) {
      throw new IllegalArgumentException("more than " + MAX_DETAILS + " details");
    }
    given.forEach(
        (name, value) -> {
          if (name == null
              || name.length() > MAX_DETAIL_NAME_LENGTH
              || !DETAIL_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("detail name must be camelCase: " + name);
          }
          Objects.requireNonNull(value, "detail " + name);
          checked.put(name, safe(value));
        });
    return checked;
  }

  /** Shortens a long value and hides anything that looks like a credential. */
  static String safe(String value) {
    if (SECRET_LOOKING.matcher(value).matches()) {
      return REDACTED;
    }
    return value.length() <= MAX_DETAIL_VALUE_LENGTH
        ? value
        : value.substring(0, MAX_DETAIL_VALUE_LENGTH - 1) + "\u2026";
  }

  /** Starts an event that happens now. */
  public static Builder of(AuditAction action, AuditOutcome outcome, Actor actor) {
    return new Builder(action, outcome, actor);
  }

  /** The organisation this event concerns, which decides which focal point may read it. */
  public String organisationCode() {
    return actor.organisationCode();
  }

  /** The event as JSON values ({@link CanonicalJson} input), absent members left out. */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("v", SCHEMA_VERSION);
    json.put("action", action.name());
    json.put("outcome", outcome.code());
    json.put("at", TIME.format(occurredAt));
    json.put("who", actor.toJson());
    if (object != null) {
      json.put("object", object.toJson());
    }
    Actor.putIfPresent(json, "documentHash", documentHash);
    Actor.putIfPresent(json, "from", sourceAddress);
    if (!details.isEmpty()) {
      json.put("details", new LinkedHashMap<>(details));
    }
    return json;
  }

  /** The leaf data: RFC 8785 canonical UTF-8 JSON of {@link #toJson()}. */
  public byte[] canonicalBytes() {
    return CanonicalJson.encodeToBytes(toJson());
  }

  /** Builds an event; the time defaults to now. */
  public static final class Builder {
    private final AuditAction action;
    private final AuditOutcome outcome;
    private final Actor actor;
    private AuditObject object;
    private String documentHash;
    private Instant occurredAt = Instant.now();
    private String sourceAddress;
    private final Map<String, String> details = new TreeMap<>();

    private Builder(AuditAction action, AuditOutcome outcome, Actor actor) {
      this.action = action;
      this.outcome = outcome;
      this.actor = actor;
    }

    public Builder about(AuditObject object) {
      this.object = object;
      return this;
    }

    /** The SHA-256 of the document concerned, as {@code sha256:<hex>}. */
    public Builder document(String documentHash) {
      this.documentHash = documentHash;
      return this;
    }

    public Builder at(Instant occurredAt) {
      this.occurredAt = occurredAt;
      return this;
    }

    /** The client's network address as the platform saw it. */
    public Builder from(String sourceAddress) {
      this.sourceAddress = sourceAddress;
      return this;
    }

    /** A short fact about the event, e.g. {@code reason}; a null value is left out. */
    public Builder detail(String name, Object value) {
      if (value != null) {
        details.put(name, String.valueOf(value));
      }
      return this;
    }

    public AuditEvent build() {
      return new AuditEvent(
          action, outcome, actor, object, documentHash, occurredAt, sourceAddress,
          new TreeMap<>(details));
    }
  }
}
