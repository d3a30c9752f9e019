package icc.platform.crypto.transparency;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an audit export (see {@code audit-export-format.md}): each line is the RFC 8785
 * canonical JSON of one record, so the file itself is byte-for-byte reproducible. The server
 * writes the header, then each event with {@code MerkleTree.inclusionProof(leafIndex,
 * treeSize)}, then any consistency proofs the State asked for.
 */
public final class AuditExportWriter {

  private final Writer out;
  private long treeSize = -1;
  private long lastLeafIndex = -1;

  /** @param out where the UTF-8 lines go; not closed by this class */
  public AuditExportWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Writes the header line; must come first and once. */
  public void header(String origin, long treeSize) throws IOException {
    if (this.treeSize >= 0) {
      throw new IllegalStateException("header already written");
    }
    if (treeSize < 0) {
      throw new IllegalArgumentException("negative tree size");
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("type", "header");
    line.put("format", AuditExport.FORMAT);
    line.put("origin", Objects.requireNonNull(origin, "origin"));
    line.put("treeSize", treeSize);
    writeLine(line);
    this.treeSize = treeSize;
  }

  /** Writes a JSON event, whose leaf is its canonical form (JCS). */
  public void event(long leafIndex, Map<String, ?> event, List<byte[]> inclusionProof)
      throws IOException {
    Map<String, Object> line = eventLine(leafIndex, inclusionProof);
    line.put("event", Objects.requireNonNull(event, "event"));
    writeLine(line);
  }

  /** Writes an event given as the exact bytes that were hashed into the leaf. */
  public void rawEvent(long leafIndex, byte[] leafData, List<byte[]> inclusionProof)
      throws IOException {
    Map<String, Object> line = eventLine(leafIndex, inclusionProof);
    line.put("eventBase64", Base64.getEncoder().encodeToString(leafData));
    writeLine(line);
  }

  /** Writes a consistency proof from {@code size1} to the header's tree size. */
  public void consistency(long size1, List<byte[]> proof) throws IOException {
    requireHeader();
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("type", "consistency");
    line.put("size1", size1);
    line.put("size2", treeSize);
    line.put("proof", hashes(proof));
    writeLine(line);
  }

  private Map<String, Object> eventLine(long leafIndex, List<byte[]> proof) {
    requireHeader();
    if (leafIndex <= lastLeafIndex || leafIndex >= treeSize) {
      throw new IllegalArgumentException(
          "leaf index " + leafIndex + " out of order or not below " + treeSize);
    }
    lastLeafIndex = leafIndex;
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("type", "event");
    line.put("leafIndex", leafIndex);
    line.put("inclusionProof", hashes(proof));
    return line;
  }

  private void requireHeader() {
    if (treeSize < 0) {
      throw new IllegalStateException("write the header first");
    }
  }

  private static List<String> hashes(List<byte[]> proof) {
    List<String> encoded = new ArrayList<>(proof.size());
    proof.forEach(hash -> encoded.add(Base64.getEncoder().encodeToString(hash)));
    return encoded;
  }

  private void writeLine(Map<String, Object> line) throws IOException {
    out.write(CanonicalJson.encode(line));
    out.write('\n');
  }
}
