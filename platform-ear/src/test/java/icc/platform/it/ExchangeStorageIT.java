package icc.platform.it;

import static icc.platform.it.ExchangeClient.auditEntries;
import static icc.platform.it.ExchangeClient.at;
import static icc.platform.it.ExchangeClient.content;
import static icc.platform.it.ExchangeClient.discussion;
import static icc.platform.it.ExchangeClient.getBytes;
import static icc.platform.it.ExchangeClient.openThread;
import static icc.platform.it.TestPlatform.postJson;
import static icc.platform.it.ExchangeClient.upload;
import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static icc.platform.it.TestPlatform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What is stored and what is refused: a stored ciphertext changed on disk is never served (409,
 * audited); malformed requests get clear 4xx answers and store nothing.
 */
class ExchangeStorageIT {

  static final Path DOCUMENTS = TestPlatform.STATE.resolve("data/exchange/documents");

  @Test
  void aTamperedDocumentIsNeverServed() throws Exception {
    String nl = userToken("state-nl", "focal.nl");
    String fr = userToken("state-fr", "focal.fr");
    String thread = openThread(nl, discussion("Registry extract", "H0", "FR"));
    Set<Path> before = storedFiles();
    String documentId = json(upload(thread, nl, "extract.pdf", content(400_000, 9)).body()).get("id").asText();
    Set<Path> added = storedFiles();
    added.removeAll(before);
    assertEquals(1, added.size(), "one encrypted file per document: " + added);
    Path file = added.iterator().next();
    assertTrue(Files.size(file) > 400_000);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.allocate(1);
      ch.read(b, 200_000);
      b.put(0, (byte) (b.get(0) ^ 0x01)).rewind();
      ch.write(b, 200_000);
    }

    HttpResponse<byte[]> refused = getBytes("/api/v1/threads/" + thread + "/documents/" + documentId, fr);
    assertEquals(409, refused.statusCode());
    assertTrue(new String(refused.body()).contains("document_verification_failed"));
    assertEquals(409, getBytes("/api/v1/threads/" + thread + "/documents/" + documentId + "/cms", fr).statusCode());
    assertTrue(auditEntries().stream().anyMatch(e -> "exchange.document.download".equals(at(e, "action"))
        && "failure".equals(at(e, "outcome")) && documentId.equals(at(e, "object", "id"))));
  }

  @Test
  void badRequestsAreRefusedClearlyAndChangeNothing() throws Exception {
    String nl = userToken("state-nl", "focal.nl");
    int threadsBefore = json(get("/api/v1/threads", nl).body()).size();
    Set<Path> filesBefore = storedFiles();

    assertBadRequest(postJson("/api/v1/threads", nl, "{\"kind\":\"DISCUSSION\",\"classification\":\"RESTRICTED\",\"handlingCode\":\"H0\",\"participants\":[\"FR\"]}"), "subject");
    assertBadRequest(postJson("/api/v1/threads", nl, discussion("x", "H0", "XX")), "participants");
    assertBadRequest(postJson("/api/v1/threads", nl, discussion("x", "H3", "FR")), "handlingConditions");
    assertBadRequest(postJson("/api/v1/threads", nl, discussion("x", "H9", "FR")), "handlingCode");
    assertBadRequest(postJson("/api/v1/threads", nl, discussion("x", "H0", "PLATFORM")), "participants");
    assertBadRequest(postJson("/api/v1/threads", nl, "not json"), "body");
    assertEquals(threadsBefore, json(get("/api/v1/threads", nl).body()).size(), "no thread was created");

    String thread = openThread(nl, discussion("Inputs", "H0", "FR"));
    assertBadRequest(upload(thread, nl, "../../etc/passwd", new byte[] {1, 2, 3}), "filename");
    assertBadRequest(upload(thread, nl, "<script>alert(1)</script>.pdf", new byte[] {1}), "filename");
    assertBadRequest(upload(thread, nl, "", new byte[] {1}), "filename");
    HttpResponse<String> wrongType = TestPlatform.send(HttpRequest.newBuilder(
            URI.create(TestPlatform.URL + "/api/v1/threads/" + thread + "/documents?filename=a.txt"))
        .header("Authorization", "Bearer " + nl).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("hello")).build());
    assertEquals(415, wrongType.statusCode(), wrongType.body());
    assertEquals(404, upload(UUID.randomUUID().toString(), nl, "a.pdf", new byte[] {1}).statusCode());
    assertBadRequest(upload("not-an-id", nl, "a.pdf", new byte[] {1}), "id");
    assertBadRequest(postJson("/api/v1/threads/" + thread + "/messages", nl, "{\"text\":\"\"}"), "text");
    assertBadRequest(postJson("/api/v1/threads/" + thread + "/messages", nl, "{\"text\":\"" + "x".repeat(20_001) + "\"}"), "text");
    assertEquals(0, json(get("/api/v1/threads/" + thread, nl).body()).get("documents").size(), "no document was stored");
    assertEquals(filesBefore, storedFiles(), "no file was stored");
    assertEquals(404, get("/api/v1/threads/" + UUID.randomUUID(), nl).statusCode());
  }

  private static void assertBadRequest(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(json(response.body()).get("message").asText().startsWith(field), response.body());
  }

  static Set<Path> storedFiles() throws Exception {
    if (!Files.isDirectory(DOCUMENTS)) {
      return new HashSet<>();
    }
    try (Stream<Path> s = Files.walk(DOCUMENTS)) {
      return new HashSet<>(s.filter(Files::isRegularFile).toList());
    }
  }

}
