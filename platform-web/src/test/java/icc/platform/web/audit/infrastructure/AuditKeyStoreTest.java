package icc.platform.web.audit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import icc.platform.crypto.transparency.Checkpoint;
import icc.platform.crypto.transparency.NoteSigner;
import icc.platform.crypto.transparency.NoteVerificationException;
import icc.platform.crypto.transparency.NoteVerifierKey;
import icc.platform.crypto.transparency.Rfc6962Hasher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyStoreTest {

  @TempDir Path dir;

  private AuditKeyStore keyStore(String password) {
    AuditKeyStore store = new AuditKeyStore();
    store.keysDir = Optional.of(dir.toString());
    store.password = Optional.of(password);
    store.origin = "icc-cooperation-platform/audit";
    return store;
  }

  @Test
  void createsTheKeyOnceThenLoadsTheSameKey() throws Exception {
    NoteSigner first = keyStore("secret").signer();
    Path file = dir.resolve(AuditKeyStore.FILE_NAME);
    assertEquals(true, Files.exists(file));
    byte[] written = Files.readAllBytes(file);

    NoteSigner second = keyStore("secret").signer();

    assertEquals(first.verifierKey().encode(), second.verifierKey().encode());
    assertEquals(java.util.Arrays.toString(written), java.util.Arrays.toString(Files.readAllBytes(file)));
    assertEquals("icc-cooperation-platform/audit", first.verifierKey().name());
  }

  @Test
  void checkpointsSignedWithTheStoredKeyVerifyWithItsVkeyLine() throws Exception {
    NoteSigner signer = keyStore("secret").signer();
    Checkpoint checkpoint =
        Checkpoint.of("icc-cooperation-platform/audit", 0, Rfc6962Hasher.emptyRoot(), Instant.now());
    String note = signer.signNote(checkpoint.toText()).encode();

    NoteVerifierKey vkey = NoteVerifierKey.parse(signer.verifierKey().encode());
    assertEquals(checkpoint, Checkpoint.open(note, vkey));

    NoteVerifierKey otherKey = NoteVerifierKey.parse(keyStoreIn(Files.createTempDirectory("other")).signer().verifierKey().encode());
    assertThrows(NoteVerificationException.class, () -> Checkpoint.open(note, otherKey));
  }

  @Test
  void aWrongPasswordIsRefused() {
    keyStore("secret").signer();
    assertThrows(IllegalStateException.class, () -> keyStore("wrong").signer());
  }

  @Test
  void withoutAKeysFolderThereIsNoKey() {
    AuditKeyStore store = keyStore("secret");
    store.keysDir = Optional.empty();
    assertThrows(IllegalStateException.class, store::signer);
  }

  private static AuditKeyStore keyStoreIn(Path other) {
    AuditKeyStore store = new AuditKeyStore();
    store.keysDir = Optional.of(other.toString());
    store.password = Optional.of("x");
    store.origin = "icc-cooperation-platform/audit";
    return store;
  }
}
