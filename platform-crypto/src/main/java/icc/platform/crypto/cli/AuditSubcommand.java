package icc.platform.crypto.cli;

import icc.platform.crypto.transparency.AuditVerifyCommand;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code audit}: an audit export against a signed checkpoint of the platform's Merkle log, and
 * optionally its consistency with an older checkpoint the State kept ({@link AuditVerifyCommand},
 * docs/audit-export-format.md). The command reports its own failures and usage errors with the
 * same exit codes as {@link PlatformVerify}.
 */
public final class AuditSubcommand implements Subcommand {
  @Override
  public String name() {
    return "audit";
  }

  @Override
  public String summary() {
    return "check an audit export and checkpoint with the platform's verifier key";
  }

  @Override
  public String usage() {
    return "platform-verify " + AuditVerifyCommand.usage().stripTrailing();
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    return AuditVerifyCommand.run(args.toArray(String[]::new), out, err);
  }
}
