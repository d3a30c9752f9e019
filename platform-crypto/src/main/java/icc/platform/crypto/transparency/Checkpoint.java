package icc.platform.crypto.transparency;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tree head of the audit log in the C2SP tlog-checkpoint format (c2sp.org/tlog-checkpoint):
 *
 * <pre>
 * &lt;origin&gt;
 * &lt;tree size in decimal&gt;
 * &lt;base64 root hash&gt;
 * [extension lines]
 * </pre>
 *
 * <p><b>Timestamp.</b> The platform dates each checkpoint with one extension line {@code
 * timestamp <UTC instant>}, e.g. {@code timestamp 2025-06-01T12:00:00Z} (ISO 8601, whole
 * seconds, always {@code Z}); {@link #of(String, long, byte[], Instant)} writes it as the only
 * extension line, and {@link #parse} accepts at most one. We chose an extension line
 * because the spec reserves the three first lines for origin, size and root and allows "Any
 * following lines" as "opaque and OPTIONAL" extension lines; they are covered by the Ed25519
 * note signature (unlike the ML-DSA cosignature format). A verifier that ignores extensions still
 * verifies the tree head. The timestamp is the signer's claim, not a trusted time source.
 *
 * <p>{@link #parse} is strict: anything else is a {@link NoteFormatException}.
 */
public final class Checkpoint {

  /** Prefix of the platform's timestamp extension line. */
  public static final String TIMESTAMP_PREFIX = "timestamp ";

  private static final Pattern TREE_SIZE = Pattern.compile("0|[1-9][0-9]{0,18}");
  private static final Pattern TIMESTAMP =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z");

  private final String origin;
  private final long size;
  private final byte[] rootHash;
  private final List<String> extensions;

  private Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {
    this.origin = origin;
    this.size = size;
    this.rootHash = rootHash.clone();
    this.extensions = List.copyOf(extensions);
  }

  /**
   * A checkpoint of the platform's log with a timestamp line.
   *
   * @param timestamp when the tree head was taken; truncated to whole seconds
   */
  public static Checkpoint of(String origin, long size, byte[] rootHash, Instant timestamp) {
    Objects.requireNonNull(timestamp, "timestamp");
    String line = TIMESTAMP_PREFIX + timestamp.truncatedTo(ChronoUnit.SECONDS);
    return of(origin, size, rootHash, List.of(line));
  }

  /** A checkpoint with the given extension lines (each checked as {@link #parse} would). */
  public static Checkpoint of(String origin, long size, byte[] rootHash, List<String> extensions) {
    Objects.requireNonNull(rootHash, "rootHash");
    for (String line : extensions) {
      if (line.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("an extension line cannot contain a newline");
      }
    }
    StringBuilder text =
        new StringBuilder()
            .append(origin)
            .append('\n')
            .append(size)
            .append('\n')
            .append(StrictBase64.encode(rootHash))
            .append('\n');
    extensions.forEach(line -> text.append(line).append('\n'));
    try {
      return parse(text.toString());
    } catch (NoteFormatException e) {
      throw new IllegalArgumentException("invalid checkpoint: " + e.getMessage(), e);
    }
  }

  /** Parses the note text of a checkpoint (the text of the signed note, final newline included). */
  public static Checkpoint parse(String text) throws NoteFormatException {
    if (text == null) {
      throw new NoteFormatException("checkpoint is missing");
    }
    SignedNote.checkCharacters(text);
    if (!text.endsWith("\n")) {
      throw new NoteFormatException("checkpoint text does not end with a newline");
    }
    // "The note text is a sequence of at least three non-empty lines, separated by newlines"
    List<String> lines = Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
    if (lines.size() < 3) {
      throw new NoteFormatException("checkpoint has fewer than three lines");
    }
    String origin = lines.get(0);
    // "The origin MUST be non-empty, and it SHOULD be a schema-less URL containing neither
    // Unicode spaces nor plus": we require the SHOULD too, since our key name is the origin.
    if (!NoteKeyNames.isValidKeyName(origin)) {
      throw new NoteFormatException("checkpoint origin is empty or contains a space or '+'");
    }
    // "the ASCII decimal representation of the number of leaves in the tree, with no leading
    // zeroes (unless the tree is empty, in which case the tree size is 0)"
    String sizeLine = lines.get(1);
    if (!TREE_SIZE.matcher(sizeLine).matches()) {
      throw new NoteFormatException("checkpoint tree size is not a decimal number");
    }
    long size;
    try {
      size = Long.parseLong(sizeLine);
    } catch (NumberFormatException e) {
      throw new NoteFormatException("checkpoint tree size is too large");
    }
    // "the base64 encoding of the root of the RFC 6962 Merkle hash tree"
    byte[] root = StrictBase64.decode(lines.get(2), "checkpoint root hash");
    if (root.length != Rfc6962Hasher.HASH_SIZE) {
      throw new NoteFormatException("checkpoint root hash is not 32 bytes");
    }
    List<String> extensions = new ArrayList<>(lines.subList(3, lines.size()));
    boolean timestampSeen = false;
    for (String line : extensions) {
      // "Extension lines, if any, MUST be non-empty."
      if (line.isEmpty()) {
        throw new NoteFormatException("checkpoint has an empty extension line");
      }
      if (line.startsWith(TIMESTAMP_PREFIX)) {
        if (timestampSeen) {
          throw new NoteFormatException("checkpoint has two timestamp lines");
        }
        timestampSeen = true;
        parseTimestamp(line);
      }
    }
    return new Checkpoint(origin, size, root, extensions);
  }

  private static Instant parseTimestamp(String line) throws NoteFormatException {
    String value = line.substring(TIMESTAMP_PREFIX.length());
    if (!TIMESTAMP.matcher(value).matches()) {
      throw new NoteFormatException("checkpoint timestamp is not yyyy-mm-ddThh:mm:ssZ");
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new NoteFormatException("checkpoint timestamp is not a valid date and time");
    }
  }

  /**
   * Opens a signed checkpoint: parses the note, verifies its signature by {@code key} and parses
   * the text.
   */
  public static Checkpoint open(String signedNote, NoteVerifierKey key)
      throws NoteFormatException, NoteVerificationException {
    return parse(SignedNote.parse(signedNote).verify(key));
  }

  /** The note text, as {@link #parse} reads it. */
  public String toText() {
    StringBuilder text =
        new StringBuilder()
            .append(origin)
            .append('\n')
            .append(size)
            .append('\n')
            .append(StrictBase64.encode(rootHash))
            .append('\n');
    extensions.forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  public String origin() {
    return origin;
  }

  public long size() {
    return size;
  }

  public byte[] rootHash() {
    return rootHash.clone();
  }

  /** All extension lines, the timestamp line included. */
  public List<String> extensions() {
    return extensions;
  }

  /** The platform's timestamp, if the checkpoint has a timestamp line. */
  public Optional<Instant> timestamp() {
    for (String line : extensions) {
      if (line.startsWith(TIMESTAMP_PREFIX)) {
        try {
          return Optional.of(parseTimestamp(line));
        } catch (NoteFormatException e) {
          throw new IllegalStateException("validated at parse time", e);
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Checkpoint c
        && origin.equals(c.origin)
        && size == c.size
        && MessageDigest.isEqual(rootHash, c.rootHash)
        && extensions.equals(c.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, size, Arrays.hashCode(rootHash), extensions);
  }

  @Override
  public String toString() {
    return "Checkpoint[" + origin + ", " + size + ", " + StrictBase64.encode(rootHash) + "]";
  }
}
