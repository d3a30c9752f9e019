package icc.platform.web.audit.web;

import icc.platform.web.audit.application.AuditSearch.ShownEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One line of the results table, read from the event's JSON (the logged bytes themselves). */
public record AuditEventRowView(
    long leafIndex,
    String at,
    String organisation,
    String user,
    String action,
    String object,
    String outcome,
    String address,
    boolean included,
    String json) {

  static AuditEventRowView of(ShownEvent shown) {
    Map<String, Object> event = shown.entry().eventJson();
    Map<?, ?> who = event.get("who") instanceof Map<?, ?> m ? m : Map.of();
    Map<?, ?> object = event.get("object") instanceof Map<?, ?> m ? m : Map.of();
    Object username = who.get("username") != null ? who.get("username") : who.get("subject");
    return new AuditEventRowView(
        shown.entry().leafIndex(),
        text(event.get("at")),
        text(who.get("organisation")),
        text(username) + (who.get("realm") != null ? " (" + who.get("realm") + ")" : ""),
        text(event.get("action")),
        object.isEmpty() ? "" : text(object.get("type")) + " " + text(object.get("id")),
        text(event.get("outcome")),
        text(event.get("from")),
        shown.included(),
        new String(shown.entry().leafData(), StandardCharsets.UTF_8));
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
