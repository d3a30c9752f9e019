package icc.platform.web.audit.infrastructure;

import icc.platform.crypto.transparency.NoteSigner;
import icc.platform.web.audit.domain.AuditSigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's Ed25519 key that signs audit checkpoints, kept in a PKCS#12 key store in the
 * private keys folder that {@code ops/platform} prepares ({@code PLATFORM_KEYS_DIR}, password
 * {@code PLATFORM_KEYSTORE_PASSWORD}); never in the database or the build. Created on first use
 * if absent, loaded otherwise. A PKCS#12 private key entry needs a certificate: a self-signed
 * one carries the key, nothing relies on it (States trust the vkey line, not an X.509 chain).
 *
 * <p>In a cluster every node must be given the same key store (production: an HSM through
 * PKCS#11, DESIGN.md section 4); this class then only loads it.
 */
@ApplicationScoped
public class AuditKeyStore implements AuditSigningKey {

  private static final System.Logger LOG = System.getLogger(AuditKeyStore.class.getName());
  static final String FILE_NAME = "audit-checkpoint-key.p12";
  static final String ALIAS = "audit-checkpoint";

  @Inject
  @ConfigProperty(name = "platform.keys-dir")
  Optional<String> keysDir;

  @Inject
  @ConfigProperty(name = "platform.keystore-password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "platform.audit.origin", defaultValue = "icc-cooperation-platform/audit")
  String origin;

  private volatile NoteSigner signer;

  @Override
  public String origin() {
    return origin;
  }

  /** Loaded, or created, at the first call. */
  @Override
  public NoteSigner signer() {
    NoteSigner known = signer;
    if (known == null) {
      synchronized (this) {
        if (signer == null) {
          signer = loadOrCreate();
        }
        known = signer;
      }
    }
    return known;
  }

  private NoteSigner loadOrCreate() {
    Path dir =
        Path.of(keysDir.orElseThrow(() -> new IllegalStateException(
            "platform.keys-dir (PLATFORM_KEYS_DIR) is not set: no audit signing key")));
    char[] secret =
        password.orElseThrow(() -> new IllegalStateException(
            "platform.keystore-password (PLATFORM_KEYSTORE_PASSWORD) is not set")).toCharArray();
    Path file = dir.resolve(FILE_NAME);
    try {
      if (!Files.exists(file)) {
        create(dir, file, secret);
      }
      return load(file, secret);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("the audit signing key store " + file + " is unusable: " + e.getMessage(), e);
    }
  }

  NoteSigner load(Path file, char[] secret) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, secret);
    }
    PrivateKey key = (PrivateKey) store.getKey(ALIAS, secret);
    X509Certificate cert = (X509Certificate) store.getCertificate(ALIAS);
    if (key == null || cert == null) {
      throw new GeneralSecurityException("no entry " + ALIAS);
    }
    return new NoteSigner(origin, key, cert.getPublicKey());
  }

  void create(Path dir, Path file, char[] secret) throws IOException, GeneralSecurityException {
    Files.createDirectories(dir);
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(ALIAS, pair.getPrivate(), secret, new X509Certificate[] {selfSigned(pair)});
    // Written beside the target and moved into place, so a crash or a second node never sees a
    // half-written store; if another node won the race, its key is kept.
    Path temp = Files.createTempFile(dir, "audit-key", ".tmp");
    try {
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the folder's own permissions protect the file
      }
      try (OutputStream out = Files.newOutputStream(temp)) {
        store.store(out, secret);
      }
      if (!Files.exists(file)) {
        try {
          Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file);
        }
        LOG.log(Level.INFO, "Created the audit checkpoint signing key in {0}", file);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private X509Certificate selfSigned(KeyPair pair) throws GeneralSecurityException {
    X500Name name = new X500Name("CN=" + origin.replace(',', ' ').replace('=', ' '));
    Instant now = Instant.now();
    try {
      var builder =
          new JcaX509v3CertificateBuilder(
              name,
              new BigInteger(64, new SecureRandom()),
              Date.from(now.minus(Duration.ofMinutes(5))),
              Date.from(now.plus(Duration.ofDays(3650))),
              name,
              pair.getPublic());
      return new JcaX509CertificateConverter()
          .getCertificate(builder.build(new JcaContentSignerBuilder("Ed25519").build(pair.getPrivate())));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("self-signed certificate: " + e.getMessage(), e);
    }
  }
}
