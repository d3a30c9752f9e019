package icc.platform.crypto.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options, each at most once, only from a known set. */
public final class Options {
  private final Map<String, String> values = new HashMap<>();

  private Options() {}

  public static Options parse(List<String> args, Set<String> known) throws UsageException {
    Options o = new Options();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (!a.startsWith("--") || !known.contains(a.substring(2))) {
        throw new UsageException("unknown argument '" + a + "'");
      }
      if (i + 1 >= args.size()) {
        throw new UsageException(a + " needs a value");
      }
      if (o.values.put(a.substring(2), args.get(++i)) != null) {
        throw new UsageException(a + " given twice");
      }
    }
    return o;
  }

  public String required(String name) throws UsageException {
    String v = values.get(name);
    if (v == null) {
      throw new UsageException("--" + name + " is required");
    }
    return v;
  }

  public Optional<String> optional(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** Reads a whole (small) input file; a missing file is a usage error, not a crash. */
  public static byte[] readFile(String path, String what) throws UsageException, IOException {
    try {
      return Files.readAllBytes(Path.of(path));
    } catch (NoSuchFileException e) {
      throw new UsageException(what + " not found: " + path);
    }
  }

  /** Password from --password-file (first line) or --password-env, never from the command line. */
  public char[] password() throws UsageException, IOException {
    Optional<String> file = optional("password-file");
    Optional<String> env = optional("password-env");
    if (file.isPresent() == env.isPresent()) {
      throw new UsageException("give exactly one of --password-file FILE or --password-env VARIABLE");
    }
    if (file.isPresent()) {
      String s = new String(readFile(file.get(), "password file"), StandardCharsets.UTF_8);
      int nl = s.indexOf('\n');
      return (nl >= 0 ? s.substring(0, nl) : s).replace("\r", "").toCharArray();
    }
    String v = System.getenv(env.get());
    if (v == null) {
      throw new UsageException("environment variable " + env.get() + " is not set");
    }
    return v.toCharArray();
  }
}
