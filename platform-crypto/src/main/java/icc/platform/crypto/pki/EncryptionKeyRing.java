package icc.platform.crypto.pki;

import java.security.cert.CertificateEncodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.RecipientId;

/**
 * Every encryption key an organisation ever had, newest first. New documents are encrypted to
 * {@link #current()}; old documents name the certificate they were wrapped for (issuer and serial
 * in the RecipientInfo) and {@link #find} picks the matching old key: rotation never locks an
 * organisation out of its archive.
 */
public final class EncryptionKeyRing {
  private final List<Credential> keys;

  public EncryptionKeyRing(List<Credential> newestFirst) {
    if (newestFirst.isEmpty()) {
      throw new IllegalArgumentException("a key ring needs at least one key");
    }
    this.keys = List.copyOf(newestFirst);
  }

  public static EncryptionKeyRing of(Credential... newestFirst) {
    return new EncryptionKeyRing(List.of(newestFirst));
  }

  /** The key to which new documents are encrypted. */
  public Credential current() {
    return keys.get(0);
  }

  public List<Credential> all() {
    return keys;
  }

  /** A new ring with {@code newKey} as current and every older key kept. */
  public EncryptionKeyRing rotate(Credential newKey) {
    List<Credential> l = new ArrayList<>(keys.size() + 1);
    l.add(newKey);
    l.addAll(keys);
    return new EncryptionKeyRing(l);
  }

  /** The key whose certificate a CMS RecipientInfo names, if we have it. */
  public Optional<Credential> find(RecipientId rid) {
    for (Credential c : keys) {
      try {
        X509CertificateHolder h = new JcaX509CertificateHolder(c.certificate());
        if (rid.match(h)) {
          return Optional.of(c);
        }
      } catch (CertificateEncodingException e) {
        // a certificate we hold that does not encode cannot match anything
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "EncryptionKeyRing" + Collections.unmodifiableList(keys);
  }
}
