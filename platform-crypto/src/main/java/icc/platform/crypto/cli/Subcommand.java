package icc.platform.crypto.cli;

import icc.platform.crypto.CryptoException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of platform-verify. To add one (e.g. {@code audit}), implement this interface and
 * list the class in {@code META-INF/services/icc.platform.crypto.cli.Subcommand}: the main class
 * needs no change.
 */
public interface Subcommand {
  /** The word after {@code platform-verify}. */
  String name();

  /** One line for the command list. */
  String summary();

  /** Full usage text, options included. */
  String usage();

  /**
   * Runs with the arguments after the subcommand name.
   *
   * @return an exit code, normally {@link PlatformVerify#OK}
   * @throws UsageException bad or missing options (exit 2)
   * @throws CryptoException verification failed (exit 1)
   * @throws IOException an input could not be read or the output written (exit 2 for inputs)
   */
  int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, CryptoException, IOException;
}
