package icc.platform.crypto.envelope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.IntegrityException;
import icc.platform.crypto.MalformedDataException;
import icc.platform.crypto.NoMatchingKeyException;
import icc.platform.crypto.TestPki;
import icc.platform.crypto.VerificationException;
import icc.platform.crypto.pki.OrganisationCredentials;
import icc.platform.crypto.pki.OrganisationKeys;
import icc.platform.crypto.stream.StreamHeader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentRoundTripTest {
  static TestPki pki;

  @TempDir Path dir;

  @BeforeAll
  static void world() throws Exception {
    pki = new TestPki(2);
  }

  record Sealed(SealedDocument meta, byte[] content) {}

  Sealed seal(byte[] plain, OrganisationCredentials... to) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SealedDocument s = new DocumentSealer(pki.signer(pki.ruritania), pki.random).seal(new ByteArrayInputStream(plain), out,
        Arrays.stream(to).map(o -> o.encryption().current().certificate()).toList());
    return new Sealed(s, out.toByteArray());
  }

  OpenedDocument open(OrganisationCredentials as, byte[] env, byte[] sig, byte[] content, Path target) throws Exception {
    return new DocumentOpener(as.encryption(), pki.verifier()).open(env, sig, new ByteArrayInputStream(content), target);
  }

  void assertNothingLeft() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of(), s.toList(), "no output, no quarantine file");
    }
  }

  @Test
  void sealThenOpenVerifiesSignerAndContent() throws Exception {
    byte[] plain = SegmentTestData.bytes(3 * StreamHeader.DEFAULT_SEGMENT_SIZE + 123, 5);
    Sealed s = seal(plain, pki.ruritania, pki.court);
    assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(plain), s.meta().plaintextSha256());
    Path target = dir.resolve("report.pdf");
    OpenedDocument o = open(pki.court, s.meta().keyEnvelope(), s.meta().signature(), s.content(), target);
    assertArrayEquals(plain, Files.readAllBytes(target));
    assertEquals(plain.length, o.length());
    assertEquals(pki.ruritania.signing().certificate(), o.signature().signer());
    assertEquals(pki.clock.instant(), o.signature().timestamp());
    try (Stream<Path> l = Files.list(dir)) {
      assertEquals(List.of(target), l.toList(), "only the promoted file remains");
    }
  }

  @Test
  void emptyAndOneByteDocuments() throws Exception {
    for (byte[] plain : List.of(new byte[0], new byte[] {42})) {
      Sealed s = seal(plain, pki.court);
      Path t = dir.resolve("d" + plain.length);
      open(pki.court, s.meta().keyEnvelope(), s.meta().signature(), s.content(), t);
      assertArrayEquals(plain, Files.readAllBytes(t));
      Files.delete(t);
    }
  }

  @Test
  void everyFailureLeavesNoOutput() throws Exception {
    byte[] plain = SegmentTestData.bytes(2 * StreamHeader.DEFAULT_SEGMENT_SIZE + 7, 6);
    Sealed s = seal(plain, pki.court);
    byte[] env = s.meta().keyEnvelope();
    byte[] sig = s.meta().signature();
    byte[] ct = s.content();
    Path t = dir.resolve("out.bin");
    int seg = StreamHeader.DEFAULT_SEGMENT_SIZE + 16;

    byte[] lastFlipped = ct.clone();
    lastFlipped[ct.length - 1] ^= 1;
    assertThrows(IntegrityException.class, () -> open(pki.court, env, sig, lastFlipped, t));
    assertNothingLeft();

    byte[] midFlipped = ct.clone();
    midFlipped[StreamHeader.LENGTH + seg + 100] ^= 1;
    assertThrows(IntegrityException.class, () -> open(pki.court, env, sig, midFlipped, t));
    assertNothingLeft();

    assertThrows(IntegrityException.class, () -> open(pki.court, env, sig, Arrays.copyOf(ct, StreamHeader.LENGTH + 2 * seg), t));
    assertNothingLeft();

    assertThrows(MalformedDataException.class, () -> open(pki.court, env, sig, new byte[0], t));
    assertNothingLeft();

    assertThrows(NoMatchingKeyException.class, () -> open(pki.ruritania, env, sig, ct, t));
    assertNothingLeft();

    // a signature of another document: content decrypts fine, but it must not be released
    Sealed other = seal(new byte[] {1, 2, 3}, pki.court);
    assertThrows(VerificationException.class, () -> open(pki.court, env, other.meta().signature(), ct, t));
    assertNothingLeft();

    // content of another document with this envelope: wrong key for its segments
    assertThrows(IntegrityException.class, () -> open(pki.court, env, sig, other.content(), t));
    assertNothingLeft();

    assertThrows(MalformedDataException.class, () -> open(pki.court, env, new byte[] {0x30, 0x03, 1, 2, 3}, ct, t));
    assertNothingLeft();
  }

  @Test
  void anExistingTargetSurvivesAFailedOpen() throws Exception {
    Sealed s = seal(new byte[] {1, 2, 3}, pki.court);
    Path t = dir.resolve("keep.txt");
    Files.writeString(t, "previous version");
    byte[] bad = s.content().clone();
    bad[bad.length - 1] ^= 1;
    assertThrows(IntegrityException.class, () -> open(pki.court, s.meta().keyEnvelope(), s.meta().signature(), bad, t));
    assertEquals("previous version", Files.readString(t));
  }

  @Test
  void packageRoundTripAndMalformedPackages() throws Exception {
    byte[] plain = SegmentTestData.bytes(70_000, 8);
    Sealed s = seal(plain, pki.court);
    ByteArrayOutputStream pkg = new ByteArrayOutputStream();
    new DocumentPackage(s.meta().keyEnvelope(), s.meta().signature()).writeTo(pkg, new ByteArrayInputStream(s.content()));
    byte[] p = pkg.toByteArray();
    Path t = dir.resolve("p.bin");
    DocumentOpener opener = new DocumentOpener(pki.court.encryption(), pki.verifier());
    opener.openPackage(new ByteArrayInputStream(p), t);
    assertArrayEquals(plain, Files.readAllBytes(t));
    Files.delete(t);
    for (int cut : new int[] {0, 1, 7, 8, 11, 12, 20, 40 + s.meta().keyEnvelope().length}) {
      InputStream in = new ByteArrayInputStream(Arrays.copyOf(p, cut));
      assertThrows(CryptoException.class, () -> opener.openPackage(in, t), "cut at " + cut);
      assertNothingLeft();
    }
    byte[] hugeLength = p.clone();
    hugeLength[8] = 0x7f;
    assertThrows(MalformedDataException.class, () -> opener.openPackage(new ByteArrayInputStream(hugeLength), t));
  }

  @Test
  void rotationOldDocumentsOpenWithOldKeysNewOnesUseTheNewKey() throws Exception {
    OrganisationCredentials before = OrganisationKeys.enrol(pki.ca, "O=FIU Rotating,C=RT", TestPki.T0, TestPki.YEAR, pki.random);
    Sealed old = seal(new byte[] {1, 1, 1}, before);
    OrganisationCredentials after = OrganisationKeys.rotate(pki.ca, before, "O=FIU Rotating,C=RT", TestPki.T0, TestPki.YEAR, pki.random);
    assertEquals(2, after.encryption().all().size());
    assertFalse(after.encryption().current().equals(before.encryption().current()));
    Sealed fresh = seal(new byte[] {2, 2, 2}, after);

    // the new document names only the new certificate
    List<KeyEnvelope.RecipientRef> ids = KeyEnvelope.recipients(fresh.meta().keyEnvelope());
    assertEquals(1, ids.size());
    assertTrue(ids.get(0).names(after.encryption().current().certificate()), ids.toString());
    assertFalse(ids.get(0).names(before.encryption().current().certificate()), ids.toString());
    assertThrows(NoMatchingKeyException.class, () -> open(before, fresh.meta().keyEnvelope(), fresh.meta().signature(), fresh.content(), dir.resolve("x")));

    Path t1 = dir.resolve("old");
    open(after, old.meta().keyEnvelope(), old.meta().signature(), old.content(), t1);
    assertArrayEquals(new byte[] {1, 1, 1}, Files.readAllBytes(t1));
    Path t2 = dir.resolve("new");
    open(after, fresh.meta().keyEnvelope(), fresh.meta().signature(), fresh.content(), t2);
    assertArrayEquals(new byte[] {2, 2, 2}, Files.readAllBytes(t2));
  }
}
