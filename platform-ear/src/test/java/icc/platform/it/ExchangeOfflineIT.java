package icc.platform.it;

import static icc.platform.it.ExchangeClient.content;
import static icc.platform.it.ExchangeClient.discussion;
import static icc.platform.it.ExchangeClient.getBytes;
import static icc.platform.it.ExchangeClient.openThread;
import static icc.platform.it.TestPlatform.postJson;
import static icc.platform.it.ExchangeClient.sha256;
import static icc.platform.it.ExchangeClient.upload;
import static icc.platform.it.TestPlatform.json;
import static icc.platform.it.TestPlatform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User journey 7, "trust without the platform": France downloads the raw package, the signature
 * and its own keys, then verifies and decrypts with {@code platform-verify} and, through the
 * interop export, with {@code openssl cms}, none of which talk to the platform.
 */
class ExchangeOfflineIT {

  static final Path ROOT = TestPlatform.STATE.toAbsolutePath().getParent().getParent();
  static final Path VERIFY_JAR = ROOT.resolve("platform-crypto/target/platform-verify.jar");

  @TempDir Path dir;

  @Test
  void franceVerifiesAndDecryptsOfflineWithItsOwnKeys() throws Exception {
    String nl = userToken("state-nl", "focal.nl");
    String fr = userToken("state-fr", "focal.fr");
    String thread = openThread(nl, discussion("Bank statement for offline check", "H0", "FR"));
    byte[] statement = content(3 * 1024 * 1024 + 5, 11);
    String id = json(upload(thread, nl, "bank-statement.pdf", statement).body()).get("id").asText();
    String base = "/api/v1/threads/" + thread + "/documents/" + id;

    Files.write(dir.resolve("doc.iccpkg"), getBytes(base + "/package", fr).body());
    Files.write(dir.resolve("doc.p7s"), getBytes(base + "/signature", fr).body());
    Files.write(dir.resolve("doc.p7m"), getBytes(base + "/cms", fr).body());
    String password = exportKeys(dir, fr);
    assertEquals(403, postJson("/api/v1/keys/own/pkcs12", userToken("state-fr", "officer.fr"), "{\"password\":\"" + password + "\"}").statusCode(),
        "only a focal point exports its organisation's keys");

    platformVerify(dir, "decrypt", "--package", "doc.iccpkg", "--p12", "fr.p12", "--password-file", "pw.txt", "--ca", "ca.pem", "--out", "decrypted.pdf");
    assertEquals(sha256(statement), sha256(Files.readAllBytes(dir.resolve("decrypted.pdf"))));
    platformVerify(dir, "verify", "--document", "decrypted.pdf", "--signature", "doc.p7s", "--ca", "ca.pem");

    opensslDecrypt(dir, "doc.p7m", "openssl.pdf");
    assertEquals(sha256(statement), sha256(Files.readAllBytes(dir.resolve("openssl.pdf"))));
  }

  /**
   * What France keeps for offline checks, written into {@code dir}: {@code ca.pem}, its keys as
   * {@code fr.p12} (password in {@code pw.txt}, returned), and its encryption key and certificate
   * as {@code enc.key} / {@code enc.pem} for {@code openssl cms}.
   */
  static String exportKeys(Path dir, String token) throws Exception {
    Files.write(dir.resolve("ca.pem"), getBytes("/api/v1/keys/ca.pem", token).body());
    String password = "offline-check-" + System.nanoTime();
    Files.writeString(dir.resolve("pw.txt"), password);
    HttpResponse<byte[]> p12 = TestPlatform.HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.URL + "/api/v1/keys/own/pkcs12"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"password\":\"" + password + "\"}")).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, p12.statusCode());
    Files.write(dir.resolve("fr.p12"), p12.body());
    // openssl cms takes the encryption key and certificate as PEM, out of the exported PKCS#12.
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(new ByteArrayInputStream(p12.body()), password.toCharArray());
    String alias = Collections.list(ks.aliases()).stream().filter(a -> a.startsWith("encryption-")).findFirst().orElseThrow();
    Files.writeString(dir.resolve("enc.key"), pem("PRIVATE KEY", ((PrivateKey) ks.getKey(alias, password.toCharArray())).getEncoded()));
    Files.writeString(dir.resolve("enc.pem"), pem("CERTIFICATE", ((X509Certificate) ks.getCertificate(alias)).getEncoded()));
    return password;
  }

  /** {@code openssl cms -decrypt} of a DER AuthEnvelopedData in {@code dir} with {@code enc.key}. */
  static void opensslDecrypt(Path dir, String in, String out) throws Exception {
    Process openssl = new ProcessBuilder("openssl", "cms", "-decrypt", "-inform", "DER", "-in", in, "-recip", "enc.pem",
        "-inkey", "enc.key", "-out", out).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, openssl.waitFor(), output);
  }

  /** Runs {@code java -jar platform-verify.jar args} in {@code dir}; fails the test unless it exits 0. */
  static void platformVerify(Path dir, String... args) throws Exception {
    assertTrue(Files.exists(VERIFY_JAR), "build platform-crypto first: " + VERIFY_JAR);
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", VERIFY_JAR.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), "platform-verify " + String.join(" ", args) + ": " + output);
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }
}
