package icc.platform.crypto.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, as a State would run it: a log of JSON events, a signed checkpoint, an older
 * checkpoint the State kept, an export with inclusion and consistency proofs; then tampering.
 */
class AuditVerifyCommandTest {

  private static final String ORIGIN = "audit.icc-cpi.int/log";
  private static final int EVENTS = 50;
  private static final int OLD_SIZE = 20;

  @TempDir Path dir;

  private NoteSigner signer;
  private MerkleTree tree;
  private List<Map<String, Object>> events;
  private Path export;
  private Path checkpoint;
  private Path previous;
  private String vkey;

  private static Map<String, Object> event(int i) {
    Map<String, Object> who = new LinkedHashMap<>();
    who.put("realm", i % 2 == 0 ? "state-nl" : "court");
    who.put("subject", "user-" + (i % 7));
    who.put("role", "focal-point");
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("seq", (long) i);
    event.put("action", i % 3 == 0 ? "document.read" : "thread.message.sent");
    event.put("who", who);
    event.put("objectIds", List.of("thread-" + (i / 5), "doc-" + i));
    event.put("outcome", i % 11 == 0 ? "denied" : "ok");
    event.put("at", "2025-06-01T10:" + String.format("%02d", i) + ":00Z");
    event.put("note", i == 13 ? "Caf\u00e9 \u2014 \"quoted\"\n" : null);
    return event;
  }

  @BeforeEach
  void buildLogAndExport() throws Exception {
    signer = TestKeys.signer(ORIGIN, TestKeys.fromByte(42));
    vkey = signer.verifierKey().encode();
    tree = new MerkleTree(new InMemoryNodeStore());
    events = new ArrayList<>();
    CheckpointSigner checkpoints = new CheckpointSigner(signer, ORIGIN, tree, null);
    for (int i = 0; i < EVENTS; i++) {
      events.add(event(i));
      tree.append(CanonicalJson.encodeToBytes(event(i)));
      if (i + 1 == OLD_SIZE) {
        previous = write("old-checkpoint.txt", checkpoints.sign(head(OLD_SIZE, 0)).encode());
      }
    }
    checkpoint = write("checkpoint.txt", checkpoints.sign(head(EVENTS, 30)).encode());
    export = write("export.jsonl", export(EVENTS, true));
  }

  private Checkpoint head(long size, int minutes) throws Exception {
    return Checkpoint.of(
        ORIGIN, size, tree.rootHash(size), Instant.parse("2025-06-01T11:00:00Z").plusSeconds(60L * minutes));
  }

  /** Every third event, with proofs to {@code size}, plus the proof from {@link #OLD_SIZE}. */
  private String export(long size, boolean withConsistency) throws Exception {
    StringWriter text = new StringWriter();
    AuditExportWriter writer = new AuditExportWriter(text);
    writer.header(ORIGIN, size);
    for (int i = 0; i < size; i += 3) {
      writer.event(i, events.get(i), tree.inclusionProof(i, size));
    }
    if (withConsistency) {
      writer.consistency(OLD_SIZE, tree.consistencyProof(OLD_SIZE, size));
    }
    return text.toString();
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private record Result(int code, String out, String err) {}

  private Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        AuditVerifyCommand.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Result verify(Path exportFile, Path checkpointFile, String key, Path previousFile) {
    List<String> args = new ArrayList<>(List.of(
        "--export", exportFile.toString(), "--checkpoint", checkpointFile.toString(), "--vkey", key));
    if (previousFile != null) {
      args.add("--previous-checkpoint");
      args.add(previousFile.toString());
    }
    return run(args.toArray(String[]::new));
  }

  @Test
  void verifiesAGenuineExportWithConsistency() {
    Result r = verify(export, checkpoint, vkey, previous);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("17 of 17 verified"), r.out());
    assertTrue(r.out().contains("extends the previous checkpoint (from size 20 to size 50)"), r.out());
    assertTrue(r.out().contains("timestamp 2025-06-01T11:30:00Z"), r.out());
    assertTrue(r.out().endsWith("VERIFIED\n"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void verifiesWithoutAPreviousCheckpointAndWithAKeyFile() throws Exception {
    Path keyFile = write("platform.vkey", vkey + "\n");
    Result r = run("--export", export.toString(), "--checkpoint", checkpoint.toString(),
        "--vkey-file", keyFile.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("not checked (no --previous-checkpoint given)"), r.out());
  }

  @Test
  void verifiesRawEventBytes() throws Exception {
    StringWriter text = new StringWriter();
    AuditExportWriter writer = new AuditExportWriter(text);
    writer.header(ORIGIN, EVENTS);
    writer.rawEvent(7, CanonicalJson.encodeToBytes(events.get(7)), tree.inclusionProof(7, EVENTS));
    writer.event(49, events.get(49), tree.inclusionProof(49, EVENTS));
    Result r = verify(write("raw.jsonl", text.toString()), checkpoint, vkey, null);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2 of 2 verified"), r.out());
  }

  @Test
  void aTamperedEventFails() throws Exception {
    String tampered = Files.readString(export).replace("\"outcome\":\"denied\"", "\"outcome\":\"ok\"");
    Result r = verify(write("tampered.jsonl", tampered), checkpoint, vkey, previous);
    assertEquals(1, r.code(), r.out());
    // Events 0, 33 are denied and exported (0 % 3 == 0, 33 % 3 == 0).
    assertTrue(r.err().contains("event at leafIndex 0: not included"), r.err());
    assertTrue(r.err().contains("event at leafIndex 33: not included"), r.err());
    assertTrue(r.err().contains("VERIFICATION FAILED: 2 failure(s)"), r.err());
    assertTrue(r.out().contains("15 of 17 verified"), r.out());
  }

  @Test
  void anEventMovedToAnotherIndexFails() throws Exception {
    String moved = Files.readString(export).replace("\"leafIndex\":3,", "\"leafIndex\":4,");
    Result r = verify(write("moved.jsonl", moved), checkpoint, vkey, null);
    assertEquals(1, r.code());
    assertTrue(r.err().contains("leafIndex 4"), r.err());
  }

  @Test
  void aWrongKeyFails() throws Exception {
    String otherKey = TestKeys.signer(ORIGIN, TestKeys.fromByte(43)).verifierKey().encode();
    Result r = verify(export, checkpoint, otherKey, previous);
    assertEquals(1, r.code());
    assertTrue(r.err().contains("checkpoint: signature not verified"), r.err());
    assertTrue(r.err().contains("VERIFICATION FAILED"), r.err());
  }

  @Test
  void aTamperedCheckpointFails() throws Exception {
    String forged = Files.readString(checkpoint).replace("\n50\n", "\n51\n");
    Result r = verify(export, write("forged.txt", forged), vkey, null);
    assertEquals(1, r.code());
    assertTrue(r.err().contains("signature not verified"), r.err());
    Result malformed = verify(export, write("garbage.txt", "not a note\n"), vkey, null);
    assertEquals(1, malformed.code());
    assertTrue(malformed.err().contains("checkpoint: malformed"), malformed.err());
  }

  @Test
  void aSplitViewIsDetected() throws Exception {
    // The platform showed this State another history of size 20 (event 4 rewritten).
    MerkleTree other = new MerkleTree(new InMemoryNodeStore());
    for (int i = 0; i < OLD_SIZE; i++) {
      Map<String, Object> e = event(i);
      if (i == 4) {
        e.put("outcome", "denied");
      }
      other.append(CanonicalJson.encodeToBytes(e));
    }
    Checkpoint forkHead = Checkpoint.of(ORIGIN, OLD_SIZE, other.rootHash(OLD_SIZE), Instant.EPOCH);
    Path fork = write("fork.txt", signer.signNote(forkHead.toText()).encode());
    Result r = verify(export, checkpoint, vkey, fork);
    assertEquals(1, r.code());
    assertTrue(r.err().contains("NOT CONSISTENT from size 20 to size 50"), r.err());
  }

  @Test
  void aMissingConsistencyProofFails() throws Exception {
    Path noProof = write("no-proof.jsonl", export(EVENTS, false));
    Result r = verify(noProof, checkpoint, vkey, previous);
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no consistency proof from size 20"), r.err());
  }

  @Test
  void anExportForAnotherTreeSizeOrMalformedFails() throws Exception {
    Result wrongSize = verify(write("size.jsonl", export(OLD_SIZE, false)), checkpoint, vkey, null);
    assertEquals(1, wrongSize.code());
    assertTrue(wrongSize.err().contains("tree size 20, checkpoint is of size 50"), wrongSize.err());
    for (String bad :
        List.of(
            "",
            "{\"type\":\"event\"}\n",
            Files.readString(export) + "\n\n",
            Files.readString(export).replace("\"type\":\"consistency\"", "\"type\":\"other\""),
            Files.readString(export).replace("\"leafIndex\":6,", "\"leafIndex\":6,\"extra\":1,"),
            Files.readString(export).replace("\"leafIndex\":6,", "\"leafIndex\":1,"))) {
      Result r = verify(write("bad.jsonl", bad), checkpoint, vkey, null);
      assertEquals(1, r.code(), bad);
      assertTrue(r.err().contains("FAIL export"), r.err());
    }
  }

  @Test
  void badArgumentsAreUsageErrors() throws Exception {
    String cp = checkpoint.toString();
    String ex = export.toString();
    List<String[]> cases =
        List.of(
            new String[] {},
            new String[] {"--export", ex},
            new String[] {"--export", ex, "--checkpoint", cp},
            new String[] {"--export", ex, "--checkpoint", cp, "--vkey"},
            new String[] {"--export", ex, "--checkpoint", cp, "--vkey", vkey, "--bogus", "x"},
            new String[] {"--export", ex, "--export", ex, "--checkpoint", cp, "--vkey", vkey},
            new String[] {"--export", ex, "--checkpoint", cp, "--vkey", vkey, "--vkey-file", cp},
            new String[] {"--export", dir.resolve("missing").toString(), "--checkpoint", cp, "--vkey", vkey},
            new String[] {"--export", ex, "--checkpoint", dir.toString(), "--vkey", vkey},
            new String[] {"--export", ex, "--checkpoint", cp, "--vkey", "not-a-key"},
            new String[] {"--export", ex, "--checkpoint", cp, "--vkey", vkey.replace(ORIGIN, "x.org")});
    for (String[] args : cases) {
      Result r = run(args);
      assertEquals(2, r.code(), String.join(" ", args) + "\n" + r.err());
      assertTrue(r.err().startsWith("audit: "), r.err());
    }
  }

  @Test
  void helpPrintsUsage() {
    Result r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("usage: audit"), r.out());
  }

  @Test
  void exportFileIsCanonicalJsonLines() throws Exception {
    List<String> lines = Files.readAllLines(export);
    assertEquals(
        "{\"format\":\"icc-audit-export/v1\",\"origin\":\"audit.icc-cpi.int/log\",\"treeSize\":50,"
            + "\"type\":\"header\"}",
        lines.get(0));
    for (String line : lines) {
      assertEquals(line, new String(CanonicalJson.canonicalize(line), StandardCharsets.UTF_8));
    }
  }
}
