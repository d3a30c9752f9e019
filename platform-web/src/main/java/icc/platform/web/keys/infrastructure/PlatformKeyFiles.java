package icc.platform.web.keys.infrastructure;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.custody.MasterKey;
import icc.platform.crypto.pki.CertificatePurpose;
import icc.platform.crypto.pki.Credential;
import icc.platform.crypto.pki.OrganisationKeys;
import icc.platform.crypto.pki.PathValidator;
import icc.platform.crypto.pki.PlatformCa;
import icc.platform.crypto.signature.SignatureVerifier;
import icc.platform.crypto.signature.TimeStampAuthority;
import icc.platform.crypto.signature.TimestampSource;
import icc.platform.web.keys.domain.PlatformKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's master key, CA and TSA as PKCS#12 files in the private key folder ({@code
 * PLATFORM_KEYS_DIR}, password {@code PLATFORM_KEYSTORE_PASSWORD}), created at first use if absent
 * and loaded otherwise (like the audit checkpoint key):
 *
 * <ul>
 *   <li>{@value #MASTER_FILE}: AES-256 master key (development custody; production: PKCS#11, see
 *       docs/crypto.md "Key custody");
 *   <li>{@value #CA_FILE}: the platform root CA (P-384, 20 years);
 *   <li>{@value #TSA_FILE}: the TSA key and its certificate from the CA (10 years).
 * </ul>
 *
 * Each file is written beside its final name and moved into place, so a crash or a second node
 * never sees half a key store; if another node won the race, its file is used. In a cluster every
 * node must share the folder (or the HSM).
 */
@ApplicationScoped
public class PlatformKeyFiles implements PlatformKeys {

  private static final System.Logger LOG = System.getLogger(PlatformKeyFiles.class.getName());
  static final String MASTER_FILE = "platform-master-key.p12";
  static final String CA_FILE = "platform-ca.p12";
  static final String TSA_FILE = "platform-tsa.p12";
  static final String MASTER_ALIAS = "platform-master";
  static final String CA_ALIAS = "platform-ca";
  static final String TSA_ALIAS = "platform-tsa";
  static final String CA_NAME = "CN=ICC Cooperation Platform CA,O=International Criminal Court,C=NL";

  @Inject
  @ConfigProperty(name = "platform.keys-dir")
  Optional<String> keysDir;

  @Inject
  @ConfigProperty(name = "platform.keystore-password")
  Optional<String> password;

  private final SecureRandom random = new SecureRandom();
  private volatile Loaded loaded;

  private record Loaded(MasterKey master, PlatformCa ca, TimeStampAuthority tsa, SignatureVerifier verifier) {}

  @Override
  public MasterKey masterKey() {
    return loaded().master();
  }

  @Override
  public PlatformCa ca() {
    return loaded().ca();
  }

  @Override
  public TimestampSource tsa() {
    return loaded().tsa();
  }

  @Override
  public SignatureVerifier verifier() {
    return loaded().verifier();
  }

  @Override
  public SecureRandom random() {
    return random;
  }

  private Loaded loaded() {
    Loaded known = loaded;
    if (known == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = loadOrCreate();
        }
        known = loaded;
      }
    }
    return known;
  }

  private Loaded loadOrCreate() {
    Path dir = Path.of(keysDir.orElseThrow(() -> new IllegalStateException(
        "platform.keys-dir (PLATFORM_KEYS_DIR) is not set: no platform keys")));
    char[] secret = password.orElseThrow(() -> new IllegalStateException(
        "platform.keystore-password (PLATFORM_KEYSTORE_PASSWORD) is not set")).toCharArray();
    try {
      Files.createDirectories(dir);
      MasterKey master = master(dir.resolve(MASTER_FILE), secret);
      Path caFile = dir.resolve(CA_FILE);
      if (!Files.exists(caFile)) {
        Instant now = Instant.now();
        PlatformCa created = PlatformCa.create(CA_NAME, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(20 * 365)), random);
        writeAtomically(caFile, secret, CA_ALIAS, created.credential().privateKey(), created.certificate());
      }
      PlatformCa ca = PlatformCa.load(read(caFile, secret, CA_ALIAS), List.of(), 0, random);
      Path tsaFile = dir.resolve(TSA_FILE);
      if (!Files.exists(tsaFile)) {
        Instant now = Instant.now();
        Credential tsa = OrganisationKeys.newKey(ca, "O=ICC Cooperation Platform,C=NL", CertificatePurpose.TIMESTAMPING,
            now.minus(Duration.ofHours(1)), Duration.ofDays(10 * 365), random);
        writeAtomically(tsaFile, secret, TSA_ALIAS, tsa.privateKey(), tsa.certificate(), ca.certificate());
      }
      TimeStampAuthority tsa = new TimeStampAuthority(read(tsaFile, secret, TSA_ALIAS), Clock.systemUTC(), random);
      // Revocation: the platform does not revoke organisation keys yet (docs/exchange.md).
      SignatureVerifier verifier = new SignatureVerifier(new PathValidator(ca.certificate(), Optional.empty()));
      return new Loaded(master, ca, tsa, verifier);
    } catch (IOException | GeneralSecurityException | CryptoException e) {
      throw new IllegalStateException("the platform key stores in " + dir + " are unusable: " + e.getMessage(), e);
    }
  }

  private MasterKey master(Path file, char[] secret) throws IOException, CryptoException {
    if (!Files.exists(file)) {
      Path temp = privateTemp(file.getParent());
      try {
        MasterKey.generateInPkcs12(temp, MASTER_ALIAS, secret, random);
        publish(temp, file);
      } finally {
        Files.deleteIfExists(temp);
      }
    }
    return MasterKey.openPkcs12(file, MASTER_ALIAS, secret, random);
  }

  private static Credential read(Path file, char[] secret, String alias) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, secret);
    }
    PrivateKey key = (PrivateKey) store.getKey(alias, secret);
    X509Certificate cert = (X509Certificate) store.getCertificate(alias);
    if (key == null || cert == null) {
      throw new GeneralSecurityException(file.getFileName() + " has no entry " + alias);
    }
    return new Credential(key, cert);
  }

  private static void writeAtomically(Path file, char[] secret, String alias, PrivateKey key, X509Certificate... chain)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(alias, key, secret, (Certificate[]) chain);
    Path temp = privateTemp(file.getParent());
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        store.store(out, secret);
      }
      publish(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static Path privateTemp(Path dir) throws IOException {
    Path temp = Files.createTempFile(dir, "platform-key", ".tmp");
    try {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's permissions protect the file
    }
    return temp;
  }

  /** Moves into place unless another node got there first (its file wins). */
  private static void publish(Path temp, Path file) throws IOException {
    if (Files.exists(file)) {
      return;
    }
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      LOG.log(Level.INFO, "Created {0}", file);
    } catch (AtomicMoveNotSupportedException e) {
      try {
        Files.move(temp, file);
      } catch (FileAlreadyExistsException raced) {
        // another node's file is kept
      }
    }
  }
}
