package icc.platform.crypto.cli;

import icc.platform.crypto.CryptoException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Entry point of {@code java -jar platform-verify.jar <subcommand> [options]}. Exit codes: 0 the
 * check passed, 1 verification failed (the data is not what it claims), 2 usage error (bad
 * options, unreadable input file). Subcommands come from {@link ServiceLoader}, see {@link
 * Subcommand}.
 */
public final class PlatformVerify {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private PlatformVerify() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs in-process and returns the exit code (what tests and embedding callers use). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, Subcommand> commands = subcommands();
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
      printHelp(commands, args.length == 0 ? err : out);
      return args.length == 0 ? USAGE : OK;
    }
    Subcommand c = commands.get(args[0]);
    if (c == null) {
      err.println("platform-verify: unknown subcommand '" + args[0] + "'");
      printHelp(commands, err);
      return USAGE;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (rest.contains("--help")) {
      out.println(c.usage());
      return OK;
    }
    try {
      return c.run(rest, out, err);
    } catch (UsageException e) {
      err.println("platform-verify " + c.name() + ": " + e.getMessage());
      err.println(c.usage());
      return USAGE;
    } catch (CryptoException e) {
      err.println("FAILED: " + e.getMessage());
      return FAILED;
    } catch (IOException e) {
      err.println("platform-verify " + c.name() + ": I/O error: " + e);
      return USAGE;
    } catch (RuntimeException e) {
      // A bug, not the user's fault; still never print "OK" after it.
      err.println("FAILED: internal error: " + e);
      return FAILED;
    }
  }

  static Map<String, Subcommand> subcommands() {
    Map<String, Subcommand> m = new TreeMap<>();
    for (Subcommand s : ServiceLoader.load(Subcommand.class, PlatformVerify.class.getClassLoader())) {
      m.put(s.name(), s);
    }
    return m;
  }

  private static void printHelp(Map<String, Subcommand> commands, PrintStream p) {
    p.println("usage: platform-verify <subcommand> [options]   (--help after a subcommand for its options)");
    p.println();
    for (Subcommand s : commands.values()) {
      p.printf("  %-10s %s%n", s.name(), s.summary());
    }
    p.println();
    p.println("exit codes: 0 ok, 1 verification failed, 2 usage error");
  }
}
