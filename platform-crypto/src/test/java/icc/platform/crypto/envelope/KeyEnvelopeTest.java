package icc.platform.crypto.envelope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.IntegrityException;
import icc.platform.crypto.MalformedDataException;
import icc.platform.crypto.NoMatchingKeyException;
import icc.platform.crypto.TestPki;
import icc.platform.crypto.pki.CertificatePurpose;
import icc.platform.crypto.pki.Credential;
import icc.platform.crypto.pki.EncryptionKeyRing;
import icc.platform.crypto.pki.OrganisationCredentials;
import icc.platform.crypto.pki.OrganisationKeys;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeyEnvelopeTest {
  static TestPki pki;
  static OrganisationCredentials third;

  @BeforeAll
  static void world() throws Exception {
    pki = new TestPki(1);
    third = OrganisationKeys.enrol(pki.ca, "O=FIU Freedonia,C=FD", TestPki.T0, TestPki.YEAR, pki.random);
  }

  final byte[] dataKey = SegmentTestData.bytes(32, 11);

  byte[] sealFor(OrganisationCredentials... orgs) throws CryptoException {
    return KeyEnvelope.seal(dataKey, Arrays.stream(orgs).map(o -> o.encryption().current().certificate()).toList(), pki.random);
  }

  @Test
  void everyRecipientOpensAndTheStructureIsStandard() throws Exception {
    byte[] env = sealFor(pki.ruritania, pki.court);
    // re-parse from the encoding as a plain RFC 5083 structure
    ContentInfo ci = ContentInfo.getInstance(env);
    AuthEnvelopedData aed = AuthEnvelopedData.getInstance(ci.getContent());
    assertEquals(2, aed.getRecipientInfos().size());
    assertEquals(CMSAlgorithm.AES256_GCM, aed.getAuthEncryptedContentInfo().getContentEncryptionAlgorithm().getAlgorithm());
    assertArrayEquals(dataKey, KeyEnvelope.open(env, pki.ruritania.encryption()));
    assertArrayEquals(dataKey, KeyEnvelope.open(env, pki.court.encryption()));
    assertEquals(2, KeyEnvelope.recipients(env).size());
  }

  @Test
  void aNonRecipientCannotOpen() throws Exception {
    byte[] env = sealFor(pki.ruritania);
    assertThrows(NoMatchingKeyException.class, () -> KeyEnvelope.open(env, pki.court.encryption()));
  }

  @Test
  void aWrongKeyUnderTheRightCertificateFailsIntegrity() throws Exception {
    byte[] env = sealFor(pki.ruritania);
    Credential real = pki.ruritania.encryption().current();
    Credential impostor = new Credential(pki.court.encryption().current().privateKey(), real.certificate());
    assertThrows(IntegrityException.class, () -> KeyEnvelope.open(env, EncryptionKeyRing.of(impostor)));
  }

  @Test
  void addingARecipientKeepsEverythingElseByteForByte() throws Exception {
    byte[] env = sealFor(pki.ruritania, pki.court);
    byte[] grown = KeyEnvelope.addRecipients(env, pki.court.encryption(),
        List.of(third.encryption().current().certificate()), pki.random);
    AuthEnvelopedData before = AuthEnvelopedData.getInstance(ContentInfo.getInstance(env).getContent());
    AuthEnvelopedData after = AuthEnvelopedData.getInstance(ContentInfo.getInstance(grown).getContent());
    assertEquals(3, after.getRecipientInfos().size());
    for (int i = 0; i < 2; i++) {
      assertEquals(before.getRecipientInfos().getObjectAt(i), after.getRecipientInfos().getObjectAt(i));
    }
    assertEquals(before.getAuthEncryptedContentInfo(), after.getAuthEncryptedContentInfo());
    assertEquals(before.getMac(), after.getMac());
    for (OrganisationCredentials o : List.of(pki.ruritania, pki.court, third)) {
      assertArrayEquals(dataKey, KeyEnvelope.open(grown, o.encryption()));
    }
  }

  @Test
  void onlyARecipientCanAddRecipients() throws Exception {
    byte[] env = sealFor(pki.ruritania);
    assertThrows(NoMatchingKeyException.class, () -> KeyEnvelope.addRecipients(env, third.encryption(),
        List.of(third.encryption().current().certificate()), pki.random));
  }

  @Test
  void rsaRecipientsUseOaep() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(3072, pki.random);
    KeyPair kp = g.generateKeyPair();
    Credential rsa = new Credential(kp.getPrivate(), pki.ca.issue("CN=rsa,O=Legacy,C=XX", kp.getPublic(),
        CertificatePurpose.ENCRYPTION, TestPki.T0, TestPki.T0.plus(TestPki.YEAR)));
    byte[] env = KeyEnvelope.seal(dataKey, List.of(rsa.certificate(), pki.court.encryption().current().certificate()), pki.random);
    assertArrayEquals(dataKey, KeyEnvelope.open(env, EncryptionKeyRing.of(rsa)));
    byte[] grown = KeyEnvelope.addRecipients(env, EncryptionKeyRing.of(rsa), List.of(third.encryption().current().certificate()), pki.random);
    assertArrayEquals(dataKey, KeyEnvelope.open(grown, third.encryption()));
  }

  @Test
  void garbageEmptyAndTruncatedEnvelopesAreMalformed() throws Exception {
    byte[] env = sealFor(pki.ruritania);
    EncryptionKeyRing k = pki.ruritania.encryption();
    assertThrows(MalformedDataException.class, () -> KeyEnvelope.open(new byte[0], k));
    assertThrows(MalformedDataException.class, () -> KeyEnvelope.open(new byte[] {0x30}, k));
    assertThrows(MalformedDataException.class, () -> KeyEnvelope.open(SegmentTestData.bytes(300, 3), k));
    for (int cut = 1; cut < env.length; cut += 7) {
      byte[] t = Arrays.copyOf(env, cut);
      assertThrows(CryptoException.class, () -> KeyEnvelope.open(t, k));
    }
  }

  /** Every bit flip anywhere in the envelope ends in our checked exception, never a runtime one. */
  @Test
  void bitFlipsNeverLeakRuntimeExceptionsAndNeverYieldTheKey() throws Exception {
    byte[] env = sealFor(pki.ruritania);
    EncryptionKeyRing k = pki.ruritania.encryption();
    int opened = 0;
    for (int i = 0; i < env.length; i++) {
      byte[] t = env.clone();
      t[i] ^= 0x01;
      try {
        byte[] got = KeyEnvelope.open(t, k);
        // a flip in a byte no one authenticates (e.g. a DER length's redundant form) may open;
        // it must then yield the right key, never a different one
        assertArrayEquals(dataKey, got);
        opened++;
      } catch (CryptoException expected) {
        // fine
      }
    }
    assertTrue(opened < env.length / 4, "too many flips accepted: " + opened);
  }

  @Test
  void bcStillParsesOurEnvelope() throws Exception {
    assertEquals(CMSAlgorithm.AES256_GCM.getId(), new CMSAuthEnvelopedData(sealFor(pki.court)).getEncryptionAlgOID());
  }
}
