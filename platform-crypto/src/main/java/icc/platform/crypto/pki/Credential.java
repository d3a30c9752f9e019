package icc.platform.crypto.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/** A private key with the certificate of its public key. */
public record Credential(PrivateKey privateKey, X509Certificate certificate) {
  public Credential {
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(certificate, "certificate");
  }

  @Override
  public String toString() {
    // never print key material
    return "Credential[" + certificate.getSubjectX500Principal().getName() + ", serial "
        + certificate.getSerialNumber().toString(16) + "]";
  }
}
