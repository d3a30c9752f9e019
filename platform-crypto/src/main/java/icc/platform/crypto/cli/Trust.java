package icc.platform.crypto.cli;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.pki.PathValidator;
import icc.platform.crypto.pki.Pem;
import icc.platform.crypto.signature.SignatureVerifier;
import java.io.IOException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Optional;

/** Builds the verifier from --ca and optional --crl, the only things a State must trust. */
final class Trust {
  private Trust() {}

  static SignatureVerifier verifier(Options o) throws UsageException, IOException, CryptoException {
    X509Certificate ca = Pem.readCertificate(Options.readFile(o.required("ca"), "CA certificate"));
    Optional<X509CRL> crl = Optional.empty();
    if (o.optional("crl").isPresent()) {
      crl = Optional.of(Pem.readCrl(Options.readFile(o.optional("crl").get(), "CRL")));
    }
    return new SignatureVerifier(new PathValidator(ca, crl));
  }
}
