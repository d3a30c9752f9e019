package icc.platform.crypto.transparency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The offline audit verifier ({@code platform-verify audit ...}): with nothing but the
 * platform's verifier key, a State checks that a signed checkpoint is genuine, that every event
 * of an export is in the log at that checkpoint, and optionally that the log at that checkpoint
 * extends an older checkpoint the State kept (no history was rewritten: no split view).
 *
 * <pre>
 * audit --export FILE --checkpoint FILE (--vkey LINE | --vkey-file FILE)
 *       [--previous-checkpoint FILE] [--contiguous]
 * </pre>
 *
 * <p>With {@code --contiguous} the export claims to hold every event from its first leaf index on
 * (an auditor's export): a missing index is a failure (a deleted event), and when the export
 * holds every event of the checkpoint's tree the root hash is also recomputed from scratch. After
 * any failure the first bad leaf index is named on a {@code FIRST BAD INDEX: n} line, so that a
 * State can point at where the history was rewritten.
 *
 * <p>Exit codes: 0 everything verified; 1 something failed to verify or the material is
 * malformed (a tampered file is indistinguishable from a malformed one); 2 usage error (bad
 * options, an unreadable file, a malformed verifier key). Results go to {@code out}, failures
 * and usage to {@code err}.
 */
public final class AuditVerifyCommand {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  /** How many individual failures are listed before only counting them. */
  static final int MAX_REPORTED_FAILURES = 20;

  static final String USAGE_TEXT =
      "usage: audit --export FILE --checkpoint FILE (--vkey LINE | --vkey-file FILE)\n"
          + "             [--previous-checkpoint FILE] [--contiguous]\n"
          + "  --export FILE               audit export (JSON Lines, format "
          + AuditExport.FORMAT
          + ")\n"
          + "  --checkpoint FILE           signed checkpoint the export's proofs lead to\n"
          + "  --vkey LINE                 the platform's verifier key, <name>+<id>+<key>\n"
          + "  --vkey-file FILE            a file holding that one line\n"
          + "  --previous-checkpoint FILE  an older signed checkpoint to check consistency with\n"
          + "  --contiguous                the export must hold every event from its first one on;\n"
          + "                              if from 0 to the checkpoint's size, the root is recomputed\n"
          + "exit status: 0 verified, 1 verification failed, 2 usage error\n";

  private AuditVerifyCommand() {}

  /** The usage text (options and exit codes). */
  public static String usage() {
    return USAGE_TEXT;
  }

  /** Runs the command; never throws and never calls {@code System.exit}. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options;
    try {
      options = parseOptions(args);
    } catch (UsageException e) {
      err.println("audit: " + e.getMessage());
      err.print(USAGE_TEXT);
      return USAGE;
    }
    if (options.containsKey("--help")) {
      out.print(USAGE_TEXT);
      return OK;
    }
    try {
      return new Verification(options, out, err).run();
    } catch (UsageException e) {
      err.println("audit: " + e.getMessage());
      return USAGE;
    }
  }

  private static Map<String, String> parseOptions(String[] args) throws UsageException {
    if (args == null || args.length == 0) {
      throw new UsageException("no arguments");
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name == null) {
        throw new UsageException("null argument");
      }
      if (name.equals("--help") || name.equals("-h")) {
        options.put("--help", "");
        return options;
      }
      if (name.equals("--contiguous")) {
        if (options.put(name, "") != null) {
          throw new UsageException(name + " given twice");
        }
        continue;
      }
      if (!Verification.OPTIONS.contains(name)) {
        throw new UsageException("unknown argument " + name);
      }
      if (i + 1 >= args.length || args[i + 1] == null || args[i + 1].isEmpty()) {
        throw new UsageException(name + " needs a value");
      }
      if (options.put(name, args[++i]) != null) {
        throw new UsageException(name + " given twice");
      }
    }
    for (String required : new String[] {"--export", "--checkpoint"}) {
      if (!options.containsKey(required)) {
        throw new UsageException("missing " + required);
      }
    }
    if (options.containsKey("--vkey") == options.containsKey("--vkey-file")) {
      throw new UsageException("give exactly one of --vkey and --vkey-file");
    }
    return options;
  }

  /** One run over parsed options. */
  private static final class Verification {

    static final java.util.Set<String> OPTIONS =
        java.util.Set.of(
            "--export", "--checkpoint", "--vkey", "--vkey-file", "--previous-checkpoint",
            "--contiguous");

    private final Map<String, String> options;
    private final PrintStream out;
    private final PrintStream err;
    private int failures;
    /** Lowest leaf index that failed, or -1. */
    private long firstBadIndex = -1;

    Verification(Map<String, String> options, PrintStream out, PrintStream err) {
      this.options = options;
      this.out = out;
      this.err = err;
    }

    int run() throws UsageException {
      NoteVerifierKey key = verifierKey();
      Path exportFile = readablePath(options.get("--export"));
      byte[] checkpointBytes = readFile(options.get("--checkpoint"));
      byte[] previousBytes =
          options.containsKey("--previous-checkpoint")
              ? readFile(options.get("--previous-checkpoint"))
              : null;

      Checkpoint checkpoint = openCheckpoint("checkpoint", checkpointBytes, key);
      if (checkpoint == null) {
        return verdict();
      }
      out.println(
          "checkpoint: origin "
              + checkpoint.origin()
              + ", tree size "
              + checkpoint.size()
              + ", root "
              + StrictBase64.encode(checkpoint.rootHash())
              + checkpoint.timestamp().map(t -> ", timestamp " + t).orElse("")
              + ": signature by "
              + key.name()
              + "+"
              + key.keyIdHex()
              + " verified");
      Checkpoint previous = null;
      if (previousBytes != null) {
        previous = openCheckpoint("previous checkpoint", previousBytes, key);
        if (previous == null) {
          return verdict();
        }
      }
      Map<Long, AuditExport.Consistency> consistencyProofs = new HashMap<>();
      verifyExport(exportFile, checkpoint, consistencyProofs);
      if (previous != null) {
        verifyConsistency(previous, checkpoint, consistencyProofs);
      } else if (!consistencyProofs.isEmpty()) {
        out.println(
            "consistency: "
                + consistencyProofs.size()
                + " proof(s) in the export not checked (no --previous-checkpoint given)");
      }
      return verdict();
    }

    private int verdict() {
      if (failures == 0) {
        out.println("VERIFIED");
        return OK;
      }
      if (firstBadIndex >= 0) {
        err.println("FIRST BAD INDEX: " + firstBadIndex);
      }
      err.println("VERIFICATION FAILED: " + failures + " failure(s)");
      return FAILED;
    }

    private void fail(String message) {
      failures++;
      if (failures <= MAX_REPORTED_FAILURES) {
        err.println("FAIL " + message);
      } else if (failures == MAX_REPORTED_FAILURES + 1) {
        err.println("FAIL ... (further failures only counted)");
      }
    }

    private void failAt(long leafIndex, String message) {
      if (firstBadIndex < 0 || leafIndex < firstBadIndex) {
        firstBadIndex = leafIndex;
      }
      fail(message);
    }

    private NoteVerifierKey verifierKey() throws UsageException {
      String line;
      if (options.containsKey("--vkey")) {
        line = options.get("--vkey");
      } else {
        line = new String(readFile(options.get("--vkey-file")), StandardCharsets.UTF_8);
        // A key file is one line; its final line break is not part of the key.
        if (line.endsWith("\r\n")) {
          line = line.substring(0, line.length() - 2);
        } else if (line.endsWith("\n")) {
          line = line.substring(0, line.length() - 1);
        }
      }
      try {
        return NoteVerifierKey.parse(line);
      } catch (NoteFormatException e) {
        throw new UsageException("malformed verifier key: " + e.getMessage());
      }
    }

    private Checkpoint openCheckpoint(String what, byte[] bytes, NoteVerifierKey key) {
      try {
        SignedNote note = SignedNote.parse(bytes);
        return Checkpoint.parse(note.verify(key));
      } catch (NoteFormatException e) {
        fail(what + ": malformed: " + e.getMessage());
      } catch (NoteVerificationException e) {
        fail(what + ": signature not verified with " + key.name() + ": " + e.getMessage());
      }
      return null;
    }

    private void verifyExport(
        Path file, Checkpoint checkpoint, Map<Long, AuditExport.Consistency> consistencyProofs) {
      long events = 0;
      long verified = 0;
      boolean contiguous = options.containsKey("--contiguous");
      long firstIndex = -1;
      long expectedNext = -1;
      // Leaf hashes of an export from index 0, to recompute the root when it is complete.
      MerkleTree recomputed = contiguous ? new MerkleTree(new InMemoryNodeStore()) : null;
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        AuditExportReader reader = new AuditExportReader(in);
        AuditExport.Header header = reader.header();
        if (!header.origin().equals(checkpoint.origin())) {
          fail("export is of origin " + header.origin() + ", checkpoint of " + checkpoint.origin());
          return;
        }
        if (header.treeSize() != checkpoint.size()) {
          fail(
              "export proofs are for tree size "
                  + header.treeSize()
                  + ", checkpoint is of size "
                  + checkpoint.size());
          return;
        }
        byte[] root = checkpoint.rootHash();
        Optional<AuditExport.Entry> entry;
        while ((entry = reader.next()).isPresent()) {
          if (entry.get() instanceof AuditExport.Event event) {
            events++;
            if (firstIndex < 0) {
              firstIndex = event.leafIndex();
            } else if (contiguous && event.leafIndex() != expectedNext) {
              failAt(
                  expectedNext,
                  "export line "
                      + event.line()
                      + ": leafIndex "
                      + expectedNext
                      + (event.leafIndex() == expectedNext + 1
                          ? " is missing"
                          : " to " + (event.leafIndex() - 1) + " are missing")
                      + " (the export jumps from "
                      + (expectedNext - 1)
                      + " to "
                      + event.leafIndex()
                      + ")");
              recomputed = null;
            }
            expectedNext = event.leafIndex() + 1;
            if (recomputed != null && firstIndex == 0) {
              appendLeaf(recomputed, event.leafData());
            }
            if (verifyEvent(event, checkpoint.size(), root)) {
              verified++;
            }
          } else if (entry.get() instanceof AuditExport.Consistency proof) {
            if (proof.size2() != checkpoint.size()) {
              fail("export line " + proof.line() + ": consistency proof is not to the checkpoint's size");
            } else if (consistencyProofs.put(proof.size1(), proof) != null) {
              fail("export line " + proof.line() + ": second consistency proof from size " + proof.size1());
            }
          }
        }
      } catch (ExportFormatException e) {
        fail("export: " + e.getMessage());
        return;
      } catch (IOException e) {
        fail("export: cannot be read as UTF-8 text: " + e.getMessage());
        return;
      }
      if (recomputed != null && firstIndex == 0 && expectedNext == checkpoint.size()) {
        recomputeRoot(recomputed, checkpoint);
      } else if (contiguous && events > 0) {
        out.println(
            "contiguous: leaf indexes "
                + firstIndex
                + " to "
                + (expectedNext - 1)
                + (failures == 0 ? " without gap" : "")
                + " (root not recomputed: the export does not hold the whole tree)");
      }
      out.println(
          "events: "
              + verified
              + " of "
              + events
              + " verified as included in the checkpoint's tree of size "
              + checkpoint.size());
    }

    private static void appendLeaf(MerkleTree tree, byte[] leafData) {
      try {
        tree.append(leafData);
      } catch (NodeStoreException e) {
        throw new IllegalStateException("in-memory node store failed", e);
      }
    }

    /** MTH(D[0:n]) from the exported events alone, against the signed root. */
    private void recomputeRoot(MerkleTree tree, Checkpoint checkpoint) {
      try {
        if (MessageDigest.isEqual(tree.rootHash(checkpoint.size()), checkpoint.rootHash())) {
          out.println(
              "root: recomputed from all " + checkpoint.size() + " events, equals the checkpoint's");
        } else {
          fail("root recomputed from all " + checkpoint.size() + " events differs from the checkpoint's");
        }
      } catch (NodeStoreException e) {
        throw new IllegalStateException("in-memory node store failed", e);
      }
    }

    private boolean verifyEvent(AuditExport.Event event, long treeSize, byte[] root) {
      try {
        ProofVerifier.verifyInclusion(
            event.leafIndex(),
            treeSize,
            Rfc6962Hasher.leafHash(event.leafData()),
            event.inclusionProof(),
            root);
        return true;
      } catch (ProofException e) {
        failAt(
            event.leafIndex(),
            "export line "
                + event.line()
                + ", event at leafIndex "
                + event.leafIndex()
                + ": not included in the checkpoint: "
                + e.getMessage());
        return false;
      }
    }

    private void verifyConsistency(
        Checkpoint previous, Checkpoint checkpoint, Map<Long, AuditExport.Consistency> proofs) {
      String sizes = "from size " + previous.size() + " to size " + checkpoint.size();
      if (!previous.origin().equals(checkpoint.origin())) {
        fail("previous checkpoint is of origin " + previous.origin());
        return;
      }
      if (previous.size() > checkpoint.size()) {
        fail("previous checkpoint is larger (" + previous.size() + ") than the checkpoint");
        return;
      }
      if (previous.size() == checkpoint.size()) {
        if (!MessageDigest.isEqual(previous.rootHash(), checkpoint.rootHash())) {
          fail("SPLIT VIEW: previous checkpoint has the same size but another root hash");
          return;
        }
      } else if (previous.size() > 0) {
        AuditExport.Consistency proof = proofs.get(previous.size());
        if (proof == null) {
          fail("export has no consistency proof " + sizes);
          return;
        }
        try {
          ProofVerifier.verifyConsistency(
              previous.size(),
              checkpoint.size(),
              proof.proof(),
              previous.rootHash(),
              checkpoint.rootHash());
        } catch (ProofException e) {
          fail("NOT CONSISTENT " + sizes + " (split view or rewritten history): " + e.getMessage());
          return;
        }
      }
      out.println("consistency: checkpoint extends the previous checkpoint (" + sizes + ")");
    }

    private static Path readablePath(String name) throws UsageException {
      Path path;
      try {
        path = Path.of(name);
      } catch (java.nio.file.InvalidPathException e) {
        throw new UsageException("invalid path " + name);
      }
      if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
        throw new UsageException("cannot read file " + name);
      }
      return path;
    }

    private static byte[] readFile(String name) throws UsageException {
      Path path = readablePath(name);
      try {
        if (Files.size(path) > SignedNote.MAX_NOTE_BYTES) {
          throw new UsageException("file too large for a key or checkpoint: " + name);
        }
        return Files.readAllBytes(path);
      } catch (IOException e) {
        throw new UsageException("cannot read file " + name + ": " + e.getMessage());
      }
    }
  }

  /** A problem with the command line itself (exit code 2). */
  private static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
