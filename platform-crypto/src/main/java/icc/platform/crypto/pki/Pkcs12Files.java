package icc.platform.crypto.pki;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.MalformedDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An organisation's own PKCS#12 file (RFC 7292), as handed to a State for "sovereign" offline
 * decryption with platform-verify. Written with the JDK's PKCS12 key store (PBES2 with AES-256
 * and HMAC-SHA-256 in JDK 17); read with any PKCS#12 reader, OpenSSL included.
 */
public final class Pkcs12Files {
  private Pkcs12Files() {}

  /** Writes the signing key and every encryption key of the ring, each with its certificate and the CA's. */
  public static void write(OrganisationCredentials org, X509Certificate caCert, char[] password, OutputStream out)
      throws CryptoException, IOException {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      Credential s = org.signing();
      ks.setKeyEntry("signing-" + s.certificate().getSerialNumber().toString(16), s.privateKey(), password,
          new Certificate[] {s.certificate(), caCert});
      for (Credential c : org.encryption().all()) {
        ks.setKeyEntry("encryption-" + c.certificate().getSerialNumber().toString(16), c.privateKey(), password,
            new Certificate[] {c.certificate(), caCert});
      }
      ks.store(out, password);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("cannot write the PKCS#12 file", e);
    }
  }

  /**
   * Every private key of a PKCS#12 file whose certificate allows key agreement or key
   * encipherment, as a key ring (order does not matter for decryption).
   */
  public static EncryptionKeyRing readEncryptionKeys(InputStream in, char[] password) throws CryptoException, IOException {
    List<Credential> found = new ArrayList<>();
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
      for (String alias : Collections.list(ks.aliases())) {
        if (!ks.isKeyEntry(alias)) {
          continue;
        }
        Certificate c = ks.getCertificate(alias);
        if (!(c instanceof X509Certificate x)) {
          continue;
        }
        boolean[] ku = x.getKeyUsage();
        boolean enc = ku == null || (ku.length > 4 && ku[4]) || (ku.length > 2 && ku[2]);
        if (enc) {
          found.add(new Credential((PrivateKey) ks.getKey(alias, password), x));
        }
      }
    } catch (IOException e) {
      if (e.getCause() instanceof java.security.UnrecoverableKeyException) {
        throw new CryptoException("wrong PKCS#12 password", e);
      }
      throw new MalformedDataException("cannot read the PKCS#12 file (wrong password or not PKCS#12): " + e.getMessage(), e);
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new MalformedDataException("cannot read the PKCS#12 file: " + e.getMessage(), e);
    }
    if (found.isEmpty()) {
      throw new CryptoException("the PKCS#12 file holds no encryption key");
    }
    return new EncryptionKeyRing(found);
  }
}
