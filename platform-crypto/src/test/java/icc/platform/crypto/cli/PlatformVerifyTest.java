package icc.platform.crypto.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import icc.platform.crypto.TestPki;
import icc.platform.crypto.envelope.DocumentPackage;
import icc.platform.crypto.envelope.DocumentSealer;
import icc.platform.crypto.envelope.SealedDocument;
import icc.platform.crypto.pki.PlatformCa;
import icc.platform.crypto.pki.Pem;
import icc.platform.crypto.pki.Pkcs12Files;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs platform-verify's main in-process on files exported by the library. */
class PlatformVerifyTest {
  @TempDir Path dir;
  TestPki pki;
  byte[] plain;
  Path doc, sig, pkg, ca, crl, p12, pw;

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void export() throws Exception {
    pki = new TestPki(20);
    plain = new byte[150_000];
    pki.random.nextBytes(plain);
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    SealedDocument s = new DocumentSealer(pki.signer(pki.ruritania), pki.random)
        .seal(new ByteArrayInputStream(plain), content, List.of(pki.court.encryption().current().certificate()));
    doc = Files.write(dir.resolve("evidence.bin"), plain);
    sig = Files.write(dir.resolve("evidence.bin.p7s"), s.signature());
    pkg = dir.resolve("evidence.iccpkg");
    try (OutputStream o = Files.newOutputStream(pkg)) {
      new DocumentPackage(s.keyEnvelope(), s.signature()).writeTo(o, new ByteArrayInputStream(content.toByteArray()));
    }
    ca = Files.writeString(dir.resolve("ca.pem"), Pem.write(pki.ca.certificate()));
    crl = Files.writeString(dir.resolve("crl.pem"),
        Pem.write(pki.ca.issueCrl(pki.clock.instant(), pki.clock.instant().plus(Duration.ofDays(7)))));
    p12 = dir.resolve("court.p12");
    try (OutputStream o = Files.newOutputStream(p12)) {
      Pkcs12Files.write(pki.court, pki.ca.certificate(), "correct horse".toCharArray(), o);
    }
    pw = Files.writeString(dir.resolve("pw.txt"), "correct horse\n");
  }

  int run(String... args) {
    out.reset();
    err.reset();
    return PlatformVerify.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void verifyWithOnlyTheCaCertificate() {
    assertEquals(0, run("verify", "--document", doc.toString(), "--signature", sig.toString(), "--ca", ca.toString()), err());
    assertTrue(out().startsWith("OK"), out());
    assertTrue(out().contains("O=FIU Ruritania"), out());
    assertTrue(out().contains("NOT checked"), out());
    assertEquals(0, run("verify", "--document", doc.toString(), "--signature", sig.toString(), "--ca", ca.toString(), "--crl", crl.toString()), err());
    assertTrue(out().contains("not revoked"), out());
  }

  @Test
  void verifyFailsOnAChangedDocument() throws Exception {
    plain[100] ^= 1;
    Files.write(doc, plain);
    assertEquals(1, run("verify", "--document", doc.toString(), "--signature", sig.toString(), "--ca", ca.toString()));
    assertTrue(err().startsWith("FAILED"), err());
    assertFalse(out().contains("OK"));
  }

  @Test
  void verifyFailsWhenTheSignerIsRevokedBeforeTheTimestamp() throws Exception {
    pki.ca.revoke(pki.ruritania.signing().certificate().getSerialNumber(), TestPki.T0, PlatformCa.REASON_KEY_COMPROMISE);
    Files.writeString(crl, Pem.write(pki.ca.issueCrl(pki.clock.instant(), pki.clock.instant().plus(Duration.ofDays(7)))));
    assertEquals(1, run("verify", "--document", doc.toString(), "--signature", sig.toString(), "--ca", ca.toString(), "--crl", crl.toString()));
    assertTrue(err().contains("revoked"), err());
  }

  @Test
  void sovereignDecryptionWithThePkcs12File() throws Exception {
    Path target = dir.resolve("out").resolve("evidence.bin");
    Files.createDirectories(target.getParent());
    assertEquals(0, run("decrypt", "--package", pkg.toString(), "--p12", p12.toString(), "--password-file", pw.toString(),
        "--ca", ca.toString(), "--crl", crl.toString(), "--out", target.toString()), err());
    assertArrayEquals(plain, Files.readAllBytes(target));
    assertTrue(out().contains("OK: decrypted and verified 150000 bytes"), out());
  }

  @Test
  void decryptOfATamperedPackageWritesNothing() throws Exception {
    byte[] p = Files.readAllBytes(pkg);
    p[p.length - 20] ^= 1;
    Files.write(pkg, p);
    Path outDir = Files.createDirectories(dir.resolve("out"));
    assertEquals(1, run("decrypt", "--package", pkg.toString(), "--p12", p12.toString(), "--password-file", pw.toString(),
        "--ca", ca.toString(), "--out", outDir.resolve("x").toString()));
    assertTrue(err().startsWith("FAILED"), err());
    try (var l = Files.list(outDir)) {
      assertEquals(0, l.count());
    }
  }

  @Test
  void decryptWithTheWrongOrganisationOrPasswordFails() throws Exception {
    Path other = dir.resolve("ruritania.p12");
    try (OutputStream o = Files.newOutputStream(other)) {
      Pkcs12Files.write(pki.ruritania, pki.ca.certificate(), "correct horse".toCharArray(), o);
    }
    Path target = dir.resolve("x");
    assertEquals(1, run("decrypt", "--package", pkg.toString(), "--p12", other.toString(), "--password-file", pw.toString(),
        "--ca", ca.toString(), "--out", target.toString()));
    assertTrue(err().contains("none of our keys"), err());
    Files.writeString(pw, "wrong\n");
    assertEquals(1, run("decrypt", "--package", pkg.toString(), "--p12", p12.toString(), "--password-file", pw.toString(),
        "--ca", ca.toString(), "--out", target.toString()));
    assertFalse(Files.exists(target));
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, run());
    assertEquals(2, run("frobnicate"));
    assertTrue(err().contains("unknown subcommand"));
    assertEquals(2, run("verify", "--document", doc.toString()));
    assertTrue(err().contains("--signature is required"), err());
    assertEquals(2, run("verify", "--document", "/nonexistent", "--signature", sig.toString(), "--ca", ca.toString()));
    assertEquals(2, run("verify", "--bogus", "x"));
    assertEquals(2, run("decrypt", "--package", pkg.toString(), "--p12", p12.toString(), "--ca", ca.toString(), "--out", "x"));
    assertTrue(err().contains("password"), err());
    assertEquals(0, run("--help"));
    assertTrue(out().contains("verify") && out().contains("decrypt"), out());
  }

  @Test
  void garbageInputsExitWithOneNotAStackTrace() throws Exception {
    Files.write(sig, new byte[] {1, 2, 3});
    assertEquals(1, run("verify", "--document", doc.toString(), "--signature", sig.toString(), "--ca", ca.toString()));
    Files.writeString(ca, "not a certificate");
    assertEquals(1, run("verify", "--document", doc.toString(), "--signature", sig.toString(), "--ca", ca.toString()));
    assertTrue(err().startsWith("FAILED: not an X.509 certificate"), err());
  }
}
