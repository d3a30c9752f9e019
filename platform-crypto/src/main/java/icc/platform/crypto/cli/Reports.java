package icc.platform.crypto.cli;

import icc.platform.crypto.signature.VerifiedSignature;
import java.io.PrintStream;
import java.security.cert.X509Certificate;

/** How the subcommands print what was verified. */
final class Reports {
  private Reports() {}

  static void signature(PrintStream out, VerifiedSignature v) {
    out.println("  signer:     " + name(v.signer()));
    out.println("  timestamp:  " + v.timestamp() + " (RFC 3161, by " + name(v.tsa()) + ")");
    v.claimedSigningTime().ifPresent(t -> out.println("  claimed signing time: " + t));
    if (!v.revocationChecked()) {
      out.println("  revocation: NOT checked (no --crl given)");
    } else if (v.signerRevokedLater().isPresent()) {
      out.println("  revocation: signer certificate revoked on " + v.signerRevokedLater().get()
          + ", after the timestamp: the signature predates it");
    } else {
      out.println("  revocation: not revoked according to the CRL");
    }
  }

  static String name(X509Certificate c) {
    return c.getSubjectX500Principal().getName() + " (serial " + c.getSerialNumber().toString(16) + ")";
  }
}
