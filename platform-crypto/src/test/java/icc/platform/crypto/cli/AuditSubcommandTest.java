package icc.platform.crypto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.crypto.transparency.AuditExportWriter;
import icc.platform.crypto.transparency.CanonicalJson;
import icc.platform.crypto.transparency.Checkpoint;
import icc.platform.crypto.transparency.InMemoryNodeStore;
import icc.platform.crypto.transparency.MerkleTree;
import icc.platform.crypto.transparency.NoteSigner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code platform-verify audit} through {@link PlatformVerify#run}, as a State runs the jar: a
 * complete export of a 40-event log verifies (root recomputed); a changed, deleted or reordered
 * event is detected against the checkpoint with the first bad index named.
 */
class AuditSubcommandTest {
  private static final String ORIGIN = "icc-cooperation-platform/audit";
  private static final int SIZE = 40;

  @TempDir Path dir;
  private final List<Map<String, Object>> events = new ArrayList<>();
  private MerkleTree tree;
  private Path checkpoint;
  private Path vkey;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void log() throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    NoteSigner signer = new NoteSigner(ORIGIN, pair.getPrivate(), pair.getPublic());
    tree = new MerkleTree(new InMemoryNodeStore());
    for (int i = 0; i < SIZE; i++) {
      Map<String, Object> e =
          Map.of("v", 1L, "action", "api.call", "outcome", i % 4 == 0 ? "denied" : "success",
              "at", "2026-03-01T10:00:" + String.format("%02d", i) + ".000Z");
      events.add(e);
      tree.append(CanonicalJson.encodeToBytes(e));
    }
    Checkpoint head = Checkpoint.of(ORIGIN, SIZE, tree.rootHash(SIZE), Instant.parse("2026-03-01T11:00:00Z"));
    checkpoint = Files.writeString(dir.resolve("checkpoint.txt"), signer.signNote(head.toText()).encode());
    vkey = Files.writeString(dir.resolve("platform.vkey"), signer.verifierKey().encode() + "\n");
  }

  /** An export of every event, each line's event chosen by {@code stored} (the database's view). */
  private Path export(UnaryOperator<Integer> stored, List<Integer> deleted) throws Exception {
    StringWriter text = new StringWriter();
    AuditExportWriter writer = new AuditExportWriter(text);
    writer.header(ORIGIN, SIZE);
    for (int i = 0; i < SIZE; i++) {
      if (!deleted.contains(i)) {
        // The server's proofs come from its node table, which the tamperer did not rewrite.
        writer.event(i, events.get(stored.apply(i)), tree.inclusionProof(i, SIZE));
      }
    }
    return Files.writeString(dir.resolve("export-" + System.nanoTime() + ".jsonl"), text.toString());
  }

  private int audit(Path export, String... more) {
    List<String> args = new ArrayList<>(List.of("audit", "--export", export.toString(),
        "--checkpoint", checkpoint.toString(), "--vkey-file", vkey.toString()));
    args.addAll(List.of(more));
    out.reset();
    err.reset();
    return PlatformVerify.run(args.toArray(String[]::new),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aCompleteExportVerifiesAndItsRootIsRecomputed() throws Exception {
    assertEquals(0, audit(export(i -> i, List.of()), "--contiguous"), err());
    assertTrue(out().contains("40 of 40 verified"), out());
    assertTrue(out().contains("root: recomputed from all 40 events, equals the checkpoint's"), out());
    assertTrue(out().endsWith("VERIFIED\n"), out());
  }

  @Test
  void aChangedEventIsNamed() throws Exception {
    assertEquals(1, audit(export(i -> i == 17 ? 18 : i, List.of())));
    assertTrue(err().contains("event at leafIndex 17: not included"), err());
    assertTrue(err().contains("FIRST BAD INDEX: 17"), err());
  }

  @Test
  void aDeletedEventIsNamedWithContiguous() throws Exception {
    Path export = export(i -> i, List.of(9));
    assertEquals(0, audit(export), "without --contiguous a gap is a focal point's filtered export");
    assertEquals(1, audit(export, "--contiguous"));
    assertTrue(err().contains("leafIndex 9 is missing (the export jumps from 8 to 10)"), err());
    assertTrue(err().contains("FIRST BAD INDEX: 9"), err());
  }

  @Test
  void reorderedEventsAreNamedAtTheFirstOne() throws Exception {
    assertEquals(1, audit(export(i -> i == 5 ? 30 : i == 30 ? 5 : i, List.of()), "--contiguous"));
    assertTrue(err().contains("leafIndex 5: not included"), err());
    assertTrue(err().contains("leafIndex 30: not included"), err());
    assertTrue(err().contains("FIRST BAD INDEX: 5"), err());
  }

  @Test
  void helpAndUsage() throws Exception {
    out.reset();
    assertEquals(0, PlatformVerify.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
    assertTrue(out().contains("audit "), out());
    out.reset();
    assertEquals(0, PlatformVerify.run(new String[] {"audit", "--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
    assertTrue(out().contains("--previous-checkpoint"), out());
    assertEquals(2, audit(export(i -> i, List.of()), "--bogus", "x"));
    assertEquals(2, audit(export(i -> i, List.of()), "--contiguous", "--contiguous"));
  }
}
