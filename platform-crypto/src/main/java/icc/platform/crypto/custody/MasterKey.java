package icc.platform.crypto.custody;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.IntegrityException;
import icc.platform.crypto.MalformedDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The master key that wraps organisation private keys at rest: an AES-256 key in a {@link
 * KeyStore}. With a PKCS#11 key store (SunPKCS11, e.g. SoftHSM2 or a real HSM) the key is
 * generated in the token as sensitive and non-extractable, and AES-GCM runs inside the token
 * (the {@link Cipher} comes from the key store's provider): the master key never exists in JVM
 * memory. With a PKCS#12 file (development only) it does.
 */
public final class MasterKey {
  private static final String AAD_PREFIX = "ICC platform wrapped private key v1/";

  private final Key key;
  private final Provider provider;
  private final SecureRandom random;

  private MasterKey(Key key, Provider provider, SecureRandom random) {
    this.key = key;
    this.provider = provider;
    this.random = random;
  }

  /**
   * The master key {@code alias} of a loaded key store. {@code entryPassword} is the PKCS#12 entry
   * password, or null for PKCS#11 (the token PIN was given to {@code KeyStore.load}).
   */
  public static MasterKey fromKeyStore(KeyStore ks, String alias, char[] entryPassword, SecureRandom random) throws CryptoException {
    try {
      Key k = ks.getKey(alias, entryPassword);
      if (!(k instanceof SecretKey) || !"AES".equalsIgnoreCase(k.getAlgorithm())) {
        throw new CryptoException("key store entry '" + alias + "' is not an AES master key");
      }
      // PKCS#11: the token's provider must run the cipher (the key cannot leave it). PKCS#12:
      // the key store provider (SUN) has no ciphers, so the JDK default (SunJCE) is used.
      Provider p = ks.getProvider();
      try {
        Cipher.getInstance("AES/GCM/NoPadding", p);
      } catch (GeneralSecurityException e) {
        p = null;
      }
      return new MasterKey(k, p, random);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("cannot read master key '" + alias + "': " + e.getMessage(), e);
    }
  }

  /**
   * Generates a non-extractable AES-256 master key in a PKCS#11 token and stores it under {@code
   * alias}. The provider's configuration must make generated AES keys sensitive and
   * non-extractable (docs/crypto.md shows the SunPKCS11 "attributes" lines).
   */
  public static MasterKey generateInToken(KeyStore pkcs11, String alias, SecureRandom random) throws CryptoException {
    try {
      KeyGenerator g = KeyGenerator.getInstance("AES", pkcs11.getProvider());
      g.init(256, random);
      SecretKey k = g.generateKey();
      pkcs11.setEntry(alias, new KeyStore.SecretKeyEntry(k), null);
      return fromKeyStore(pkcs11, alias, null, random);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("cannot generate the master key in the token: " + e.getMessage(), e);
    }
  }

  /** Development only: a new PKCS#12 file holding a fresh AES-256 master key. */
  public static MasterKey generateInPkcs12(Path file, String alias, char[] password, SecureRandom random) throws CryptoException, IOException {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      KeyGenerator g = KeyGenerator.getInstance("AES");
      g.init(256, random);
      ks.setEntry(alias, new KeyStore.SecretKeyEntry(g.generateKey()), new KeyStore.PasswordProtection(password));
      try (OutputStream out = Files.newOutputStream(file)) {
        ks.store(out, password);
      }
      return fromKeyStore(ks, alias, password, random);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("cannot create the PKCS#12 master key", e);
    }
  }

  /** Development only: opens a PKCS#12 master key file. */
  public static MasterKey openPkcs12(Path file, String alias, char[] password, SecureRandom random) throws CryptoException, IOException {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try {
        ks.load(in, password);
      } catch (IOException e) {
        // the JDK reports a wrong password as an IOException caused by UnrecoverableKeyException
        if (e.getCause() instanceof java.security.UnrecoverableKeyException) {
          throw new CryptoException("wrong password for the PKCS#12 master key file", e);
        }
        throw new MalformedDataException("not a PKCS#12 file: " + e.getMessage(), e);
      }
      return fromKeyStore(ks, alias, password, random);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("cannot open the PKCS#12 master key file", e);
    }
  }

  /** Whether the key material is visible to the JVM (true for PKCS#12, false in an HSM). */
  public boolean isExtractable() {
    return key.getEncoded() != null;
  }

  /** Encrypts {@code privateKey}'s PKCS#8 encoding under the master key, bound to {@code label}. */
  public WrappedPrivateKey wrap(PrivateKey privateKey, String label) throws CryptoException {
    byte[] pkcs8 = privateKey.getEncoded();
    if (pkcs8 == null) {
      throw new CryptoException("this private key cannot be exported for wrapping (already in a token?)");
    }
    byte[] iv = new byte[12];
    random.nextBytes(iv);
    try {
      Cipher c = cipher();
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      c.updateAAD(aad(privateKey.getAlgorithm(), label));
      return new WrappedPrivateKey(privateKey.getAlgorithm(), iv, c.doFinal(pkcs8));
    } catch (GeneralSecurityException e) {
      throw new CryptoException("wrapping failed: " + e.getMessage(), e);
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  /** Decrypts a wrapped key; a wrong master key, label or any change fails with IntegrityException. */
  public PrivateKey unwrap(WrappedPrivateKey w, String label) throws CryptoException {
    byte[] pkcs8 = null;
    try {
      Cipher c = cipher();
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, w.iv()));
      c.updateAAD(aad(w.algorithm(), label));
      pkcs8 = c.doFinal(w.ciphertext());
      return KeyFactory.getInstance(w.algorithm()).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (AEADBadTagException e) {
      throw new IntegrityException("wrapped key does not authenticate: wrong master key, wrong label or changed", e);
    } catch (java.security.spec.InvalidKeySpecException e) {
      throw new MalformedDataException("unwrapped data is not a PKCS#8 private key", e);
    } catch (GeneralSecurityException e) {
      // PKCS#11 reports a bad tag as a ProviderException/other: treat every failure as integrity
      throw new IntegrityException("unwrapping failed: " + e.getMessage(), e);
    } catch (java.security.ProviderException e) {
      throw new IntegrityException("unwrapping failed in the token: " + e.getMessage(), e);
    } finally {
      if (pkcs8 != null) {
        Arrays.fill(pkcs8, (byte) 0);
      }
    }
  }

  private Cipher cipher() throws GeneralSecurityException {
    return provider == null ? Cipher.getInstance("AES/GCM/NoPadding") : Cipher.getInstance("AES/GCM/NoPadding", provider);
  }

  private static byte[] aad(String algorithm, String label) {
    return (AAD_PREFIX + algorithm + "/" + label).getBytes(StandardCharsets.UTF_8);
  }
}
