package icc.platform.crypto.cli;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.signature.VerifiedSignature;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code verify}: a document against its detached timestamped signature. */
public final class VerifyCommand implements Subcommand {
  @Override
  public String name() {
    return "verify";
  }

  @Override
  public String summary() {
    return "check a document against its detached signature and timestamp";
  }

  @Override
  public String usage() {
    return """
        usage: platform-verify verify --document FILE --signature FILE.p7s --ca CA.pem [--crl CRL.pem]
          --document   the document (plaintext), streamed, any size
          --signature  its detached CMS signature (DER or PEM-less binary .p7s)
          --ca         the platform CA certificate (PEM or DER): the only trust anchor
          --crl        the platform's CRL (PEM or DER); without it revocation is not checked""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, CryptoException, IOException {
    Options o = Options.parse(args, Set.of("document", "signature", "ca", "crl"));
    byte[] sig = Options.readFile(o.required("signature"), "signature");
    String doc = o.required("document");
    var verifier = Trust.verifier(o);
    VerifiedSignature v;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(doc)), 1 << 20)) {
      v = verifier.verify(sig, in);
    } catch (NoSuchFileException e) {
      throw new UsageException("document not found: " + doc);
    }
    out.println("OK: the signature is valid for " + doc);
    Reports.signature(out, v);
    return PlatformVerify.OK;
  }
}
