package icc.platform.web.audit.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an action was about: a type ({@code thread}, {@code document}, {@code api-operation}) and
 * an identifier. Never content: an identifier or a route, not a title or a text.
 */
public record AuditObject(String type, String id) {

  public static final int MAX_TYPE_LENGTH = 32;
  public static final int MAX_ID_LENGTH = 255;

  public AuditObject {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    if (type.isEmpty() || type.length() > MAX_TYPE_LENGTH || id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException("audit object type or id empty or too long");
    }
  }

  /** An API operation, e.g. {@code GET audit/entries}. The query string is never included. */
  public static AuditObject apiOperation(String method, String path) {
    String route = method + " " + path;
    return new AuditObject(
        "api-operation", route.length() > MAX_ID_LENGTH ? route.substring(0, MAX_ID_LENGTH) : route);
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", type);
    json.put("id", id);
    return json;
  }
}
