package icc.platform.it;

import static icc.platform.it.ExchangeClient.at;
import static icc.platform.it.ExchangeClient.auditEntries;
import static icc.platform.it.ExchangeClient.discussion;
import static icc.platform.it.ExchangeClient.openThread;
import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static icc.platform.it.TestPlatform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Malformed document uploads, one row each: every one gets a clear 4xx naming what is wrong, and
 * none leaves anything behind (no document row, no encrypted file, no part file in {@code
 * incoming}, no upload event). Requests are written on a raw socket, so that headers an HTTP
 * client library refuses to send (a negative or absurd Content-Length, a body shorter than
 * announced) reach the server as a broken or hostile client would send them.
 *
 * <p>Oversize is tested with a declared length above the documented limit
 * ({@code platform.exchange.max-document-bytes}, default 2 GiB), refused before a byte is read;
 * a chunked body that passes the limit is refused as it passes it ({@code DocumentServiceTest}).
 */
class ExchangeMalformedUploadIT {

  /** Expected status of a case where the client leaves: 400, or no answer at all (0). */
  static final int CLIENT_GONE_OR_400 = -400;
  static final long LIMIT = 2L * 1024 * 1024 * 1024;
  static final Path INCOMING = TestPlatform.STATE.resolve("data/exchange/incoming");

  /** One malformed request: what it sends, and the answer a person should get. */
  record Case(String name, String path, Map<String, String> headers, byte[] body, int status, String messageStart) {}

  @TestFactory
  Stream<DynamicTest> malformedUploadsAreRefusedClearlyAndLeaveNothingBehind() throws Exception {
    String nl = userToken("state-nl", "focal.nl");
    String thread = openThread(nl, discussion("Malformed uploads", "H0", "FR"));
    String documents = "/api/v1/threads/" + thread + "/documents";
    byte[] small = "%PDF-1.7 small body".getBytes(StandardCharsets.US_ASCII);
    String unknownThread = UUID.randomUUID().toString();

    List<Case> cases = List.of(
        new Case("wrong content type (text/plain)", documents + "?filename=a.pdf", type("text/plain"), small, 415, null),
        new Case("wrong content type (multipart/form-data)", documents + "?filename=a.pdf",
            type("multipart/form-data; boundary=x"), small, 415, null),
        new Case("negative Content-Length", documents + "?filename=a.pdf", length(octets(), "-5"), small, 400, null),
        new Case("non-numeric Content-Length", documents + "?filename=a.pdf", length(octets(), "12abc"), small, 400, null),
        new Case("Content-Length beyond any number", documents + "?filename=a.pdf",
            length(octets(), "99999999999999999999999"), small, 400, null),
        new Case("Content-Length above the limit (1 TB)", documents + "?filename=a.pdf",
            length(octets(), "1000000000000"), small, 413, null),
        new Case("Content-Length one byte above the 2 GiB limit", documents + "?filename=a.pdf",
            length(octets(), Long.toString(LIMIT + 1)), small, 413, null),
        // The client announces 5000 bytes, sends 19 and closes its side: the server sees the body
        // end early. It answers 400 "body: received 19 bytes…" if it can still write; Grizzly may
        // instead drop the half-closed connection (no answer, status 0). Either way nothing is stored.
        new Case("fewer bytes than Content-Length, then the client closes", documents + "?filename=a.pdf",
            length(octets(), "5000"), small, CLIENT_GONE_OR_400, "body"),
        new Case("unknown thread", "/api/v1/threads/" + unknownThread + "/documents?filename=a.pdf", octets(), small, 404, null),
        new Case("thread id that is not an id", "/api/v1/threads/not-an-id/documents?filename=a.pdf", octets(), small, 400, "id"),
        // An encoded slash never reaches the application: the container answers 404 (no operation there).
        new Case("thread id with an encoded path", "/api/v1/threads/..%2F..%2Fetc/documents?filename=a.pdf", octets(), small, 404, null),
        new Case("no file name", documents, octets(), small, 400, "filename"),
        new Case("path-like name ../../etc/passwd", documents + "?filename=" + enc("../../etc/passwd"), octets(), small, 400, "filename"),
        new Case("Windows path name", documents + "?filename=" + enc("..\\..\\boot.ini"), octets(), small, 400, "filename"),
        new Case("absolute path name", documents + "?filename=" + enc("/etc/shadow"), octets(), small, 400, "filename"),
        new Case("script-like name <script>.pdf", documents + "?filename=" + enc("<script>.pdf"), octets(), small, 400, "filename"),
        new Case("NUL in the name a\\u0000b", documents + "?filename=" + enc("a\u0000b"), octets(), small, 400, "filename"),
        new Case("line break in the name (header injection)", documents + "?filename=" + enc("a.pdf\r\nSet-Cookie: x=y"),
            octets(), small, 400, "filename"),
        new Case("quote in the name", documents + "?filename=" + enc("a\".pdf"), octets(), small, 400, "filename"),
        new Case("hidden-file name .htaccess", documents + "?filename=" + enc(".htaccess"), octets(), small, 400, "filename"),
        new Case("name of 256 characters", documents + "?filename=" + "a".repeat(252) + ".pdf", octets(), small, 400, "filename"),
        new Case("name of 10,000 characters", documents + "?filename=" + "a".repeat(10_000), octets(), small, 400, null),
        new Case("script-like media type", documents + "?filename=a.pdf",
            with(octets(), "Document-Media-Type", "text/<script>"), small, 400, "mediaType"));

    Set<Path> filesBefore = ExchangeStorageIT.storedFiles();
    List<DynamicTest> tests = new ArrayList<>();
    for (Case c : cases) {
      tests.add(dynamicTest(c.name(), () -> {
        Raw r = raw(c.path(), nl, c.headers(), c.body());
        System.out.printf("malformed upload | %s | %d | %s%n", c.name(), r.status(),
            r.json() != null ? r.json().get("message").asText() : r.body().length() > 60 ? r.body().substring(0, 60) : r.body());
        if (c.status() == CLIENT_GONE_OR_400) {
          assertTrue(r.status() == 0 || r.status() == 400, c.name() + ": " + r.status() + " " + r.body());
        } else {
          assertEquals(c.status(), r.status(), c.name() + ": " + r.body());
        }
        if (r.json() != null) {
          assertEquals(r.status(), r.json().get("status").asInt(), r.body());
          String message = r.json().get("message").asText();
          assertFalse(message.isBlank(), "a message a person understands: " + r.body());
          if (c.messageStart() != null) {
            assertTrue(message.startsWith(c.messageStart()), "the message names " + c.messageStart() + " first: " + message);
          }
        } else if (r.status() != 0) {
          // Refused by the HTTP layer (Grizzly) before the application: still a 4xx, still nothing stored.
          assertTrue(c.messageStart() == null, "expected the application's JSON error: " + r.body());
        }
        assertEquals(0, json(get("/api/v1/threads/" + thread, nl).body()).get("documents").size(), "no document row");
        assertEquals(filesBefore, ExchangeStorageIT.storedFiles(), "no encrypted file");
        assertEquals(List.of(), partFiles(), "no part file left in incoming/");
      }));
    }
    tests.add(dynamicTest("the audit log has the unknown thread attempt and no upload", () -> {
      List<JsonNode> events = auditEntries();
      assertTrue(events.stream().anyMatch(e -> "api.call".equals(at(e, "action")) && "denied".equals(at(e, "outcome"))
          && ("POST /threads/" + unknownThread + "/documents").equals(at(e, "object", "id"))
          && "404".equals(at(e, "details", "status"))), "the attempt on an unknown thread is recorded");
      assertTrue(events.stream().noneMatch(e -> "exchange.document.upload".equals(at(e, "action"))
          && thread.equals(at(e, "details", "thread"))), "no upload event for a refused upload");
    }));
    return tests.stream();
  }

  // --- a raw HTTP/1.1 client: sends exactly the headers given ---

  record Raw(int status, String body, JsonNode json) {}

  static Raw raw(String pathAndQuery, String token, Map<String, String> headers, byte[] body) throws IOException {
    URI base = URI.create(TestPlatform.URL);
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Host", base.getHost() + ":" + base.getPort());
    all.put("Authorization", "Bearer " + token);
    all.put("Connection", "close");
    all.put("Content-Length", Integer.toString(body.length));
    all.putAll(headers);
    StringBuilder head = new StringBuilder("POST " + pathAndQuery + " HTTP/1.1\r\n");
    all.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("\r\n");
    try (Socket s = new Socket(base.getHost(), base.getPort())) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      s.shutdownOutput(); // a body shorter than announced ends here, as when a client goes away
      return parse(s.getInputStream());
    }
  }

  private static Raw parse(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    if (all.length == 0) {
      return new Raw(0, "", null); // the server closed the connection without an answer
    }
    String text = new String(all, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    String body = end < 0 ? "" : text.substring(end + 4);
    boolean chunked = false;
    boolean isJson = false;
    for (String line : lines) {
      String l = line.toLowerCase(Locale.ROOT);
      chunked |= l.startsWith("transfer-encoding:") && l.contains("chunked");
      isJson |= l.startsWith("content-type:") && l.contains("json");
    }
    if (chunked) {
      body = dechunk(body);
    }
    return new Raw(status, body, isJson && !body.isBlank() ? json(body) : null);
  }

  private static String dechunk(String body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < body.length()) {
      int lineEnd = body.indexOf("\r\n", i);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(body.substring(i, lineEnd).split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      out.writeBytes(body.substring(lineEnd + 2, lineEnd + 2 + size).getBytes(StandardCharsets.UTF_8));
      i = lineEnd + 2 + size + 2;
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Map<String, String> octets() {
    return type("application/octet-stream");
  }

  private static Map<String, String> type(String contentType) {
    return Map.of("Content-Type", contentType);
  }

  private static Map<String, String> length(Map<String, String> headers, String contentLength) {
    return with(headers, "Content-Length", contentLength);
  }

  private static Map<String, String> with(Map<String, String> headers, String name, String value) {
    Map<String, String> m = new LinkedHashMap<>(headers);
    m.put(name, value);
    return m;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static List<Path> partFiles() throws IOException {
    if (!Files.isDirectory(INCOMING)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(INCOMING)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }
}
