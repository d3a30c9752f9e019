package icc.platform.crypto.custody;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import icc.platform.crypto.IntegrityException;
import icc.platform.crypto.TestPki;
import icc.platform.crypto.pki.KeyPairs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production custody path on a real PKCS#11 token: SoftHSM2 through the JDK's SunPKCS11.
 * A fresh token is initialised for every run in the directory named by SOFTHSM2_CONF (set by
 * surefire in pom.xml to target/softhsm2/softhsm2.conf, because the library reads it from the
 * process environment). The master key is generated in the token, sensitive and
 * non-extractable; wrapping and unwrapping run inside the token.
 */
class SoftHsmMasterKeyTest {
  static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
  static final String PIN = "1234";

  static Provider provider;

  @BeforeAll
  static void initialiseFreshToken() throws Exception {
    if (!Files.exists(LIBRARY)) {
      fail("SoftHSM2 is missing (" + LIBRARY + "): install it with 'apt-get install softhsm2' (CI installs it)");
    }
    String conf = System.getenv("SOFTHSM2_CONF");
    if (conf == null) {
      fail("SOFTHSM2_CONF is not set: run this test through Maven (pom.xml sets it for surefire)");
    }
    Path confFile = Path.of(conf);
    Path tokens = confFile.resolveSibling("tokens-" + ProcessHandle.current().pid());
    Files.createDirectories(tokens);
    Files.writeString(confFile, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    Process p = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", "platform-test",
        "--so-pin", "87654321", "--pin", PIN).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), "softhsm2-util --init-token failed: " + out);

    Path cfg = confFile.resolveSibling("sunpkcs11.cfg");
    // Generated AES keys: sensitive and non-extractable (PKCS#11 v2.40 section 4.9), so the
    // master key can be used by the token but never read out of it.
    Files.writeString(cfg, """
        name = SoftHSM
        library = %s
        slotListIndex = 0
        attributes(generate, CKO_SECRET_KEY, CKK_AES) = {
          CKA_SENSITIVE = true
          CKA_EXTRACTABLE = false
        }
        """.formatted(LIBRARY));
    // configure() returns a new provider instance; it is not registered JVM-wide.
    provider = Security.getProvider("SunPKCS11").configure(cfg.toString());
  }

  static KeyStore token() throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS11", provider);
    ks.load(null, PIN.toCharArray());
    return ks;
  }

  @Test
  void organisationKeyWrappedAndUnwrappedByANonExtractableTokenKey() throws Exception {
    SecureRandom random = TestPki.seeded(40);
    MasterKey master = MasterKey.generateInToken(token(), "platform-master", random);
    assertFalse(master.isExtractable(), "the master key must not be readable from the token");

    KeyPair org = KeyPairs.generateP384(random);
    WrappedPrivateKey w = master.wrap(org.getPrivate(), "org:RU-FIU:encryption:1");
    byte[] stored = w.encoded();

    // a new session, as after a restart: the key is a persistent token object
    KeyStore again = token();
    assertTrue(again.containsAlias("platform-master"));
    Key k = again.getKey("platform-master", null);
    assertTrue(k instanceof SecretKey);
    assertNull(k.getEncoded(), "CKA_SENSITIVE/CKA_EXTRACTABLE=false: no key bytes in the JVM");
    MasterKey reopened = MasterKey.fromKeyStore(again, "platform-master", null, random);
    PrivateKey back = reopened.unwrap(WrappedPrivateKey.parse(stored), "org:RU-FIU:encryption:1");
    assertArrayEquals(org.getPrivate().getEncoded(), back.getEncoded());

    // bound to its label and tamper-evident, with the check done by the token
    assertThrows(IntegrityException.class, () -> reopened.unwrap(WrappedPrivateKey.parse(stored), "org:XX:encryption:1"));
    byte[] flipped = stored.clone();
    flipped[flipped.length - 1] ^= 1;
    assertThrows(IntegrityException.class, () -> reopened.unwrap(WrappedPrivateKey.parse(flipped), "org:RU-FIU:encryption:1"));
  }

  @Test
  void anotherTokenKeyCannotUnwrap() throws Exception {
    SecureRandom random = TestPki.seeded(41);
    MasterKey a = MasterKey.generateInToken(token(), "master-a", random);
    MasterKey b = MasterKey.generateInToken(token(), "master-b", random);
    WrappedPrivateKey w = a.wrap(KeyPairs.generateP384(random).getPrivate(), "l");
    assertThrows(IntegrityException.class, () -> b.unwrap(w, "l"));
    assertNotNull(a.unwrap(w, "l"));
  }
}
