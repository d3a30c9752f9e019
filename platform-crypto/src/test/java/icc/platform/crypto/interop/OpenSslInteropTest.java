package icc.platform.crypto.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.crypto.IntegrityException;
import icc.platform.crypto.MalformedDataException;
import icc.platform.crypto.NoMatchingKeyException;
import icc.platform.crypto.TestPki;
import icc.platform.crypto.envelope.DocumentSealer;
import icc.platform.crypto.envelope.SealedDocument;
import icc.platform.crypto.pki.Credential;
import icc.platform.crypto.pki.Pem;
import icc.platform.crypto.pki.Pkcs12Files;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code openssl cms} against what we produce, and the other way round. */
class OpenSslInteropTest {
  static TestPki pki;
  static String openssl;

  @TempDir Path dir;

  @BeforeAll
  static void setUp() throws Exception {
    openssl = findOpenssl();
    Assumptions.assumeTrue(openssl != null, "SKIPPED: no 'openssl' binary on PATH; install OpenSSL 3 to run the CMS interop tests");
    pki = new TestPki(30);
  }

  static String findOpenssl() {
    for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, "openssl"))) {
        return Path.of(d, "openssl").toString();
      }
    }
    return null;
  }

  record Result(int exit, String output) {}

  Result openssl(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(openssl));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "openssl timed out");
    return new Result(p.exitValue(), out);
  }

  Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  record Doc(byte[] plain, SealedDocument meta, byte[] content) {}

  Doc seal(int size) throws Exception {
    byte[] plain = new byte[size];
    pki.random.nextBytes(plain);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SealedDocument s = new DocumentSealer(pki.signer(pki.ruritania), pki.random).seal(new ByteArrayInputStream(plain), out,
        List.of(pki.court.encryption().current().certificate(), pki.ruritania.encryption().current().certificate()));
    return new Doc(plain, s, out.toByteArray());
  }

  @Test
  void opensslDecryptsOurAuthEnvelopedDataExport() throws Exception {
    Doc d = seal(200_000);
    Path export = dir.resolve("doc.p7m");
    Credential court = pki.court.encryption().current();
    CmsInterop.exportAuthEnveloped(d.meta().keyEnvelope(), new ByteArrayInputStream(d.content()), pki.court.encryption(),
        List.of(court.certificate()), export, pki.random);
    Path cert = write("court.pem", Pem.write(court.certificate()));
    Path key = write("court.key", Pem.write(court.privateKey()));
    Path out = dir.resolve("plain.bin");
    Result r = openssl("cms", "-decrypt", "-inform", "DER", "-in", export.toString(), "-recip", cert.toString(),
        "-inkey", key.toString(), "-out", out.toString());
    assertEquals(0, r.exit(), r.output());
    assertArrayEquals(d.plain(), Files.readAllBytes(out));
    Result info = openssl("cms", "-cmsout", "-print", "-inform", "DER", "-in", export.toString());
    assertTrue(info.output().contains("id-smime-ct-authEnvelopedData"), info.output());
    assertTrue(info.output().contains("aes-256-gcm"), info.output());
  }

  @Test
  void opensslVerifiesOurDetachedSignatureWithCrl() throws Exception {
    Doc d = seal(70_000);
    Path doc = Files.write(dir.resolve("doc.bin"), d.plain());
    Path sig = Files.write(dir.resolve("doc.p7s"), d.meta().signature());
    Path ca = write("ca.pem", Pem.write(pki.ca.certificate()));
    // OpenSSL validates at -attime (the test world's "now"), so the CRL is current at that time.
    java.time.Instant at = pki.clock.instant();
    // OpenSSL 3.0's cms has no -CRLfile: the CRL goes into the -CAfile bundle, which it also reads.
    Path caAndCrl = write("ca-crl.pem", Pem.write(pki.ca.certificate())
        + Pem.write(pki.ca.issueCrl(at.minusSeconds(60), at.plus(Duration.ofDays(7)))));
    String attime = Long.toString(at.getEpochSecond());
    Result r = openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", sig.toString(), "-content", doc.toString(),
        "-CAfile", caAndCrl.toString(), "-attime", attime, "-crl_check", "-out", dir.resolve("o").toString());
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("Verification successful"), r.output());

    Files.write(doc, "changed".getBytes());
    Result bad = openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", sig.toString(), "-content", doc.toString(),
        "-CAfile", ca.toString(), "-attime", Long.toString(pki.clock.instant().getEpochSecond()), "-out", dir.resolve("o").toString());
    assertNotEquals(0, bad.exit(), bad.output());

    // and OpenSSL agrees with us on revocation: a revoked signer fails -crl_check
    Files.write(doc, d.plain());
    TestPki other = new TestPki(31);
    byte[] sig2 = other.signer(other.ruritania).sign(java.security.MessageDigest.getInstance("SHA-256").digest(d.plain()));
    other.ca.revoke(other.ruritania.signing().certificate().getSerialNumber(), TestPki.T0, 1);
    Path ca2 = write("ca2.pem", Pem.write(other.ca.certificate())
        + Pem.write(other.ca.issueCrl(at.minusSeconds(60), at.plus(Duration.ofDays(7)))));
    Path s2 = Files.write(dir.resolve("doc2.p7s"), sig2);
    Result revoked = openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", s2.toString(), "-content", doc.toString(),
        "-CAfile", ca2.toString(), "-attime", attime, "-crl_check", "-out", dir.resolve("o").toString());
    assertNotEquals(0, revoked.exit(), revoked.output());
    assertTrue(revoked.output().contains("revoked"), revoked.output());
  }

  @Test
  void opensslMadeAuthEnvelopedDataIsDecryptedByUs() throws Exception {
    byte[] plain = new byte[300_000];
    pki.random.nextBytes(plain);
    Path in = Files.write(dir.resolve("in.bin"), plain);
    Path cert = write("court.pem", Pem.write(pki.court.encryption().current().certificate()));
    Path cms = dir.resolve("from-openssl.p7m");
    Result r = openssl("cms", "-encrypt", "-aes-256-gcm", "-binary", "-outform", "DER", "-in", in.toString(),
        "-recip", cert.toString(), "-keyopt", "ecdh_kdf_md:sha256", "-out", cms.toString());
    assertEquals(0, r.exit(), r.output());

    Path target = dir.resolve("decrypted.bin");
    try (InputStream s = Files.newInputStream(cms)) {
      assertEquals(plain.length, CmsInterop.importAuthEnveloped(s, pki.court.encryption(), target));
    }
    assertArrayEquals(plain, Files.readAllBytes(target));

    // tampered ciphertext: no output at all (the MAC comes after the content)
    byte[] t = Files.readAllBytes(cms);
    t[t.length - 100] ^= 1;
    Path target2 = dir.resolve("tampered.bin");
    assertThrows(IntegrityException.class, () -> CmsInterop.importAuthEnveloped(new ByteArrayInputStream(t), pki.court.encryption(), target2));
    assertFalse(Files.exists(target2));
    try (var l = Files.list(dir)) {
      assertTrue(l.noneMatch(p -> p.getFileName().toString().endsWith(".quarantine")));
    }
    // not for us, and garbage
    assertThrows(NoMatchingKeyException.class, () -> CmsInterop.importAuthEnveloped(Files.newInputStream(cms), pki.ruritania.encryption(), target2));
    assertThrows(MalformedDataException.class, () -> CmsInterop.importAuthEnveloped(new ByteArrayInputStream(new byte[] {9, 9}), pki.court.encryption(), target2));
  }

  @Test
  void opensslReadsTheOrganisationPkcs12File() throws Exception {
    Path p12 = dir.resolve("court.p12");
    try (OutputStream o = Files.newOutputStream(p12)) {
      Pkcs12Files.write(pki.court, pki.ca.certificate(), "s3cret".toCharArray(), o);
    }
    Result r = openssl("pkcs12", "-in", p12.toString(), "-passin", "pass:s3cret", "-nodes", "-info");
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("PRIVATE KEY"), r.output());
  }
}
