package icc.platform.web.audit.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What an auditor searches the log for; every criterion is optional and they all must match.
 *
 * @param organisation organisation code of the event (the actor's)
 * @param user the actor's user name or subject ({@code sub}), exactly
 * @param action the action name exactly, e.g. {@code api.call}
 * @param object the object's identifier exactly, e.g. {@code NL} or {@code GET /api/v1/me}
 * @param from events at or after this time
 * @param to events before this time
 */
public record AuditQuery(
    Optional<String> organisation,
    Optional<String> user,
    Optional<String> action,
    Optional<String> object,
    Optional<Instant> from,
    Optional<Instant> to) {

  public static AuditQuery all() {
    return new AuditQuery(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The same query restricted to one organisation (a focal point's scope). */
  public AuditQuery within(String organisationCode) {
    if (organisation.isPresent() && !organisation.get().equals(organisationCode)) {
      // Another State's events: match nothing rather than widen or reveal.
      return new AuditQuery(Optional.of(organisationCode + "\u0000none"), user, action, object, from, to);
    }
    return new AuditQuery(Optional.of(organisationCode), user, action, object, from, to);
  }

  /** A short description of the criteria, for the audit event of the search itself. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    organisation.ifPresent(v -> s.append("organisation=").append(v).append(' '));
    user.ifPresent(v -> s.append("user=").append(v).append(' '));
    action.ifPresent(v -> s.append("action=").append(v).append(' '));
    object.ifPresent(v -> s.append("object=").append(v).append(' '));
    from.ifPresent(v -> s.append("from=").append(v).append(' '));
    to.ifPresent(v -> s.append("to=").append(v).append(' '));
    String text = s.toString().strip();
    return text.isEmpty() ? "all" : text.length() > 480 ? text.substring(0, 480) : text;
  }
}
