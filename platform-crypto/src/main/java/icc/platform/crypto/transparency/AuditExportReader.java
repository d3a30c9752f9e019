package icc.platform.crypto.transparency;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an audit export line by line (constant memory whatever its size), strictly: an unknown
 * record type or member, a missing member, a wrong JSON type, events out of leaf-index order or
 * a blank line is an {@link ExportFormatException}.
 */
public final class AuditExportReader {

  private static final Set<String> HEADER_MEMBERS = Set.of("type", "format", "origin", "treeSize");
  private static final Set<String> CONSISTENCY_MEMBERS = Set.of("type", "size1", "size2", "proof");

  private final BufferedReader in;
  private final AuditExport.Header header;
  private int line;
  private long lastLeafIndex = -1;

  /** Reads the header line at once. */
  public AuditExportReader(BufferedReader in) throws IOException, ExportFormatException {
    this.in = in;
    Map<String, Object> first = nextObject();
    if (first == null) {
      throw new ExportFormatException("export is empty: it needs a header line");
    }
    if (!"header".equals(first.get("type"))) {
      throw error("the first line must be the header");
    }
    requireMembers(first, HEADER_MEMBERS, Set.of());
    if (!AuditExport.FORMAT.equals(first.get("format"))) {
      throw error("unsupported format, expected " + AuditExport.FORMAT);
    }
    long treeSize = nonNegative(first, "treeSize");
    this.header = new AuditExport.Header(string(first, "origin"), treeSize);
  }

  public AuditExport.Header header() {
    return header;
  }

  /** The next event or consistency record, or empty at the end of the export. */
  public Optional<AuditExport.Entry> next() throws IOException, ExportFormatException {
    Map<String, Object> object = nextObject();
    if (object == null) {
      return Optional.empty();
    }
    Object type = object.get("type");
    if ("event".equals(type)) {
      return Optional.of(event(object));
    }
    if ("consistency".equals(type)) {
      requireMembers(object, CONSISTENCY_MEMBERS, Set.of());
      long size1 = nonNegative(object, "size1");
      long size2 = nonNegative(object, "size2");
      return Optional.of(new AuditExport.Consistency(line, size1, size2, hashes(object, "proof")));
    }
    throw error("unknown record type");
  }

  private AuditExport.Event event(Map<String, Object> object) throws ExportFormatException {
    boolean json = object.containsKey("event");
    boolean raw = object.containsKey("eventBase64");
    if (json == raw) {
      throw error("an event line needs exactly one of \"event\" and \"eventBase64\"");
    }
    requireMembers(
        object,
        Set.of("type", "leafIndex", "inclusionProof", json ? "event" : "eventBase64"),
        Set.of());
    long leafIndex = nonNegative(object, "leafIndex");
    if (leafIndex <= lastLeafIndex) {
      throw error("events must come in strictly increasing leafIndex order");
    }
    lastLeafIndex = leafIndex;
    byte[] leafData;
    Object eventJson = null;
    if (json) {
      eventJson = object.get("event");
      if (!(eventJson instanceof Map)) {
        throw error("\"event\" must be a JSON object");
      }
      leafData = CanonicalJson.encodeToBytes(eventJson);
    } else {
      leafData = base64(string(object, "eventBase64"), "eventBase64");
    }
    return new AuditExport.Event(line, leafIndex, leafData, eventJson, hashes(object, "inclusionProof"));
  }

  private Map<String, Object> nextObject() throws IOException, ExportFormatException {
    String text = in.readLine();
    if (text == null) {
      return null;
    }
    line++;
    if (text.isEmpty()) {
      throw error("blank line");
    }
    try {
      return Json.parseObject(text);
    } catch (JsonFormatException e) {
      throw error("not a JSON object: " + e.getMessage());
    }
  }

  private void requireMembers(Map<String, Object> object, Set<String> required, Set<String> optional)
      throws ExportFormatException {
    for (String name : required) {
      if (!object.containsKey(name)) {
        throw error("missing member \"" + name + "\"");
      }
    }
    for (String name : object.keySet()) {
      if (!required.contains(name) && !optional.contains(name)) {
        throw error("unknown member \"" + name + "\"");
      }
    }
  }

  private long nonNegative(Map<String, Object> object, String name) throws ExportFormatException {
    if (!(object.get(name) instanceof Long value) || value < 0) {
      throw error("\"" + name + "\" must be a non-negative integer");
    }
    return value;
  }

  private String string(Map<String, Object> object, String name) throws ExportFormatException {
    if (!(object.get(name) instanceof String value)) {
      throw error("\"" + name + "\" must be a string");
    }
    return value;
  }

  private List<byte[]> hashes(Map<String, Object> object, String name)
      throws ExportFormatException {
    if (!(object.get(name) instanceof List<?> list)) {
      throw error("\"" + name + "\" must be an array of base64 hashes");
    }
    List<byte[]> hashes = new ArrayList<>(list.size());
    for (Object element : list) {
      if (!(element instanceof String text)) {
        throw error("\"" + name + "\" must be an array of base64 hashes");
      }
      byte[] hash = base64(text, name);
      if (hash.length != Rfc6962Hasher.HASH_SIZE) {
        throw error("\"" + name + "\" holds a hash that is not 32 bytes");
      }
      hashes.add(hash);
    }
    return hashes;
  }

  private byte[] base64(String text, String name) throws ExportFormatException {
    try {
      return StrictBase64.decode(text, name);
    } catch (NoteFormatException e) {
      throw error(e.getMessage());
    }
  }

  private ExportFormatException error(String message) {
    return new ExportFormatException("export line " + line + ": " + message);
  }
}
