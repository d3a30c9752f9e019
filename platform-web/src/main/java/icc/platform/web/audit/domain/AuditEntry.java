package icc.platform.web.audit.domain;

import icc.platform.crypto.transparency.Json;
import icc.platform.crypto.transparency.JsonFormatException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An event as the log holds it: its leaf index and the exact bytes that were hashed into the leaf
 * (the canonical JSON of the {@link AuditEvent}). The bytes are the record; the columns beside
 * them in the database only serve to search.
 */
public record AuditEntry(long leafIndex, byte[] leafData) {

  public AuditEntry {
    leafData = leafData.clone();
  }

  @Override
  public byte[] leafData() {
    return leafData.clone();
  }

  /** The event as JSON values, parsed from the stored bytes. */
  public Map<String, Object> eventJson() {
    try {
      return Json.parseObject(new String(leafData, StandardCharsets.UTF_8));
    } catch (JsonFormatException e) {
      throw new IllegalStateException("stored audit event " + leafIndex + " is not JSON", e);
    }
  }
}
