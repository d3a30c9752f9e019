package icc.platform.crypto.cli;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.envelope.DocumentOpener;
import icc.platform.crypto.envelope.OpenedDocument;
import icc.platform.crypto.pki.EncryptionKeyRing;
import icc.platform.crypto.pki.Pkcs12Files;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code decrypt}: "sovereign" decryption of a document package with the organisation's own
 * PKCS#12 file, on a machine that never talks to the platform. The plaintext reaches --out only
 * after every segment and the signature verified.
 */
public final class DecryptCommand implements Subcommand {
  @Override
  public String name() {
    return "decrypt";
  }

  @Override
  public String summary() {
    return "decrypt and verify a document package with your organisation's PKCS#12 file";
  }

  @Override
  public String usage() {
    return """
        usage: platform-verify decrypt --package FILE.iccpkg --p12 ORG.p12 (--password-file F | --password-env VAR)
                                       --ca CA.pem [--crl CRL.pem] --out FILE
          --package        the document package exported by the platform
          --p12            your organisation's PKCS#12 file with its encryption key(s)
          --password-file  file whose first line is the PKCS#12 password
          --password-env   environment variable holding the PKCS#12 password
          --ca / --crl     as for verify: the signature is checked before anything is written
          --out            where the plaintext goes; nothing is written there unless all checks pass""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, CryptoException, IOException {
    Options o = Options.parse(args, Set.of("package", "p12", "password-file", "password-env", "ca", "crl", "out"));
    byte[] p12 = Options.readFile(o.required("p12"), "PKCS#12 file");
    char[] password = o.password();
    Path target = Path.of(o.required("out"));
    if (target.toAbsolutePath().getParent() == null || !Files.isDirectory(target.toAbsolutePath().getParent())) {
      throw new UsageException("the directory of --out does not exist: " + target);
    }
    String pkg = o.required("package");
    var verifier = Trust.verifier(o);
    EncryptionKeyRing keys;
    try {
      keys = Pkcs12Files.readEncryptionKeys(new ByteArrayInputStream(p12), password);
    } finally {
      Arrays.fill(password, '\0');
    }
    OpenedDocument d;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(pkg)), 1 << 20)) {
      d = new DocumentOpener(keys, verifier).openPackage(in, target);
    } catch (NoSuchFileException e) {
      throw new UsageException("package not found: " + pkg);
    }
    out.println("OK: decrypted and verified " + d.length() + " bytes to " + d.file());
    Reports.signature(out, d.signature());
    return PlatformVerify.OK;
  }
}
