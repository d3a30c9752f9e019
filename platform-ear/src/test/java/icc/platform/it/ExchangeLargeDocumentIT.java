package icc.platform.it;

import static icc.platform.it.ExchangeClient.at;
import static icc.platform.it.ExchangeClient.auditEntries;
import static icc.platform.it.ExchangeClient.discussion;
import static icc.platform.it.ExchangeClient.getBytes;
import static icc.platform.it.ExchangeClient.openThread;
import static icc.platform.it.ExchangeOfflineIT.exportKeys;
import static icc.platform.it.ExchangeOfflineIT.opensslDecrypt;
import static icc.platform.it.ExchangeOfflineIT.platformVerify;
import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static icc.platform.it.TestPlatform.postJson;
import static icc.platform.it.TestPlatform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The black-box flow at the size it names: the Netherlands opens a thread with France and
 * the Court and uploads a 200 MB document (streamed, never held in the test's memory); France
 * downloads identical bytes (SHA-256 compared while streaming), verifies the signature and
 * decrypts the package with {@code platform-verify}, opens the interop export with {@code openssl
 * cms -decrypt} and its own key; Senegal gets 404 for the thread, its messages and every form of
 * the document, and its attempts are in the audit log. {@link ExchangeApiIT} checks the same
 * rules in more detail with a small document.
 */
class ExchangeLargeDocumentIT {

  static final long SIZE = 200_000_000L;
  static final long SEED = 200;

  @TempDir Path dir;

  @Test
  void aTwoHundredMegabyteDocumentReachesFranceIntactAndNeverSenegal() throws Exception {
    String nl = userToken("state-nl", "focal.nl");
    String thread = openThread(nl, discussion("Bank records, full export", "H0", "FR", "COURT"));

    LargeContent.Generated content = new LargeContent.Generated(SIZE, SEED);
    HttpResponse<String> uploaded = LargeContent.upload(thread, nl, "bank-records-2019-2024.csv", content, SIZE);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    assertEquals(SIZE, content.produced());
    String sent = content.sha256Hex();
    JsonNode doc = json(uploaded.body());
    assertEquals(SIZE, doc.get("length").asLong());
    assertEquals(sent, doc.get("sha256").asText(), "the platform hashed the bytes the Netherlands sent");
    String documentId = doc.get("id").asText();
    String base = "/api/v1/threads/" + thread + "/documents/" + documentId;

    // France downloads the verified plaintext: same length, same SHA-256, computed while reading.
    String fr = userToken("state-fr", "focal.fr");
    JsonNode view = json(get("/api/v1/threads/" + thread, fr).body());
    assertEquals(java.util.Set.of("NL", "FR", "COURT"), StreamSupport.stream(view.get("participants").spliterator(), false)
        .map(p -> p.get("organisation").asText()).collect(java.util.stream.Collectors.toSet()));
    HttpResponse<InputStream> download = LargeContent.stream(base, fr);
    assertEquals(200, download.statusCode());
    assertEquals(Long.toString(SIZE), download.headers().firstValue("Content-Length").orElse(null));
    LargeContent.Digest received = LargeContent.digest(download.body());
    assertEquals(SIZE, received.length());
    assertEquals(sent, received.sha256(), "France gets exactly the bytes the Netherlands sent");

    // The Court, the third participant, reads it too.
    String court = userToken("court", "registry.clerk");
    HttpResponse<InputStream> courtDownload = LargeContent.stream(base, court);
    assertEquals(200, courtDownload.statusCode());
    assertEquals(sent, LargeContent.digest(courtDownload.body()).sha256());

    // Offline, with France's own keys: platform-verify decrypts the package and verifies the
    // signature; openssl opens the interop export.
    fr = userToken("state-fr", "focal.fr");
    assertEquals(200, toFile(base + "/package", fr, "doc.iccpkg"));
    assertEquals(200, toFile(base + "/signature", fr, "doc.p7s"));
    assertEquals(200, toFile(base + "/cms", fr, "doc.p7m"));
    exportKeys(dir, fr);
    platformVerify(dir, "decrypt", "--package", "doc.iccpkg", "--p12", "fr.p12", "--password-file", "pw.txt", "--ca", "ca.pem",
        "--out", "decrypted.csv");
    Files.delete(dir.resolve("doc.iccpkg"));
    assertEquals(sent, LargeContent.digest(Files.newInputStream(dir.resolve("decrypted.csv"))).sha256());
    platformVerify(dir, "verify", "--document", "decrypted.csv", "--signature", "doc.p7s", "--ca", "ca.pem");
    Files.delete(dir.resolve("decrypted.csv"));
    opensslDecrypt(dir, "doc.p7m", "openssl.csv");
    Files.delete(dir.resolve("doc.p7m"));
    assertEquals(sent, LargeContent.digest(Files.newInputStream(dir.resolve("openssl.csv"))).sha256());
    Files.delete(dir.resolve("openssl.csv"));

    // Senegal takes no part: the thread, its messages and the document in every form are 404.
    String sn = userToken("state-sn", "focal.sn");
    assertEquals(404, get("/api/v1/threads/" + thread, sn).statusCode());
    assertEquals(404, postJson("/api/v1/threads/" + thread + "/messages", sn, "{\"text\":\"hello\"}").statusCode());
    assertEquals(404, get("/api/v1/threads/" + thread + "/receipts", sn).statusCode());
    for (String form : List.of("", "/package", "/signature", "/cms")) {
      HttpResponse<byte[]> r = getBytes(base + form, sn);
      assertEquals(404, r.statusCode(), "Senegal, document" + form);
      assertFalse(new String(r.body()).contains(documentId), "a 404 does not echo the document");
    }
    assertFalse(get("/api/v1/threads", sn).body().contains(thread));

    List<JsonNode> events = auditEntries();
    for (String attempt : List.of("GET /threads/" + thread, "POST /threads/" + thread + "/messages",
        "GET /threads/" + thread + "/documents/" + documentId, "GET /threads/" + thread + "/documents/" + documentId + "/cms")) {
      assertTrue(events.stream().anyMatch(e -> "api.call".equals(at(e, "action")) && "denied".equals(at(e, "outcome"))
          && attempt.equals(at(e, "object", "id")) && "SN".equals(at(e, "who", "organisation"))
          && "404".equals(at(e, "details", "status"))), "Senegal's attempt is in the audit log: " + attempt);
    }
    assertTrue(events.stream().anyMatch(e -> "exchange.document.download".equals(at(e, "action"))
        && documentId.equals(at(e, "object", "id")) && "FR".equals(at(e, "who", "organisation"))
        && "success".equals(at(e, "outcome"))));
    assertTrue(events.stream().anyMatch(e -> "exchange.document.upload".equals(at(e, "action"))
        && documentId.equals(at(e, "object", "id")) && ("sha256:" + sent).equals(at(e, "documentHash"))));
  }

  /** Streams a GET into {@code dir/name}, returns the status. */
  private int toFile(String path, String token, String name) throws Exception {
    HttpResponse<Path> r = TestPlatform.HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.URL + path))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofFile(dir.resolve(name)));
    return r.statusCode();
  }
}
