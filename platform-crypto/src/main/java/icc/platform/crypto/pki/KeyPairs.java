package icc.platform.crypto.pki;

import icc.platform.crypto.Algorithms;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;

/** Key pair generation: P-384 for everything (docs/crypto.md, "Algorithms"). */
public final class KeyPairs {
  private KeyPairs() {}

  /** A fresh P-384 key pair from the JDK's SunEC provider (constant-time on x86-64). */
  public static KeyPair generateP384(SecureRandom random) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec(Algorithms.CURVE), random);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-384 is mandatory in every JDK 17", e);
    }
  }
}
