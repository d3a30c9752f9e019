package icc.platform.crypto.custody;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.IntegrityException;
import icc.platform.crypto.MalformedDataException;
import icc.platform.crypto.TestPki;
import icc.platform.crypto.pki.KeyPairs;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development custody path: the master key in a PKCS#12 file. */
class Pkcs12MasterKeyTest {
  @TempDir Path dir;

  @Test
  void wrapThenUnwrapAfterReopeningTheFile() throws Exception {
    SecureRandom random = TestPki.seeded(50);
    Path file = dir.resolve("master.p12");
    MasterKey m = MasterKey.generateInPkcs12(file, "master", "dev-password".toCharArray(), random);
    assertTrue(m.isExtractable(), "PKCS#12 is for development: the key is in JVM memory");
    PrivateKey k = KeyPairs.generateP384(random).getPrivate();
    byte[] stored = m.wrap(k, "org:NL-ICC:signing:1").encoded();
    MasterKey reopened = MasterKey.openPkcs12(file, "master", "dev-password".toCharArray(), random);
    assertArrayEquals(k.getEncoded(), reopened.unwrap(WrappedPrivateKey.parse(stored), "org:NL-ICC:signing:1").getEncoded());
    assertThrows(IntegrityException.class, () -> reopened.unwrap(WrappedPrivateKey.parse(stored), "org:NL-ICC:signing:2"));
    assertThrows(CryptoException.class, () -> MasterKey.openPkcs12(file, "master", "wrong".toCharArray(), random));
  }

  @Test
  void malformedWrappedKeys() {
    assertThrows(MalformedDataException.class, () -> WrappedPrivateKey.parse(new byte[0]));
    assertThrows(MalformedDataException.class, () -> WrappedPrivateKey.parse(null));
    assertThrows(MalformedDataException.class, () -> WrappedPrivateKey.parse(new byte[] {1, 2, 'E', 'C'}));
    byte[] b = new byte[40];
    b[0] = 1;
    b[1] = 2;
    b[2] = 'X';
    b[3] = 'Y';
    assertThrows(MalformedDataException.class, () -> WrappedPrivateKey.parse(b));
  }
}
