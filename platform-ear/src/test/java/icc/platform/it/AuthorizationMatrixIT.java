package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every API operation x every role x own / other organisation, from
 * {@code authorization-matrix.txt}, with the exact status code. The list of operations is the
 * platform's own OpenAPI document, so an endpoint added without a line in the matrix fails here.
 */
class AuthorizationMatrixIT {

  /** Caller columns of the matrix: realm and user, or null for "no token". */
  private static final Map<String, String[]> CALLERS = new LinkedHashMap<>();

  static {
    CALLERS.put("anon", null);
    CALLERS.put("focal", new String[] {"state-nl", "focal.nl", "NL"});
    CALLERS.put("officer", new String[] {"state-nl", "officer.nl", "NL"});
    CALLERS.put("sadmin", new String[] {"state-nl", "admin.nl", "NL"});
    CALLERS.put("court", new String[] {"court", "registry.clerk", "COURT"});
    CALLERS.put("analyst", new String[] {"court", "court.analyst", "COURT"});
    CALLERS.put("padmin", new String[] {"platform", "platform.admin", "PLATFORM"});
    CALLERS.put("auditor", new String[] {"platform", "platform.auditor", "PLATFORM"});
  }

  private static final Map<String, String> TOKENS = new LinkedHashMap<>();

  record Line(String operation, String method, String path, String body, Map<String, Integer> expected) {}

  /** Objects the matrix refers to as {thread} and {document}: made once, before the calls. */
  private static final Map<String, String> FIXTURES = new LinkedHashMap<>();

  @BeforeAll
  static void logInAndMakeFixtures() {
    CALLERS.forEach((column, user) -> TOKENS.put(column, user == null ? null : TestPlatform.userToken(user[0], user[1])));
    String nl = TOKENS.get("focal");
    String thread = ExchangeClient.openThread(nl, ExchangeClient.discussion("Authorization matrix fixture", "H0", "FR"));
    HttpResponse<String> document =
        ExchangeClient.upload(thread, nl, "matrix.txt", "fixture".getBytes(StandardCharsets.UTF_8));
    assertEquals(201, document.statusCode(), document.body());
    FIXTURES.put("{thread}", thread);
    FIXTURES.put("{document}", TestPlatform.json(document.body()).get("id").asText());
    String court = TOKENS.get("court");
    String request = RequestApi.draft(court, RequestApi.tracing("NL"));
    RequestApi.ok(RequestApi.act(court, request, "SUBMIT"));
    FIXTURES.put("{request}", request);
    FIXTURES.put("{asset}", RequestApi.get(court, request).get("assets").get(0).get("id").asText());
  }

  @Test
  void everyDocumentedOperationHasALineInTheMatrix() throws IOException {
    Set<String> documented = documentedOperations();
    Set<String> inMatrix = new TreeSet<>();
    matrix().forEach(l -> inMatrix.add(l.operation()));

    Set<String> missing = new TreeSet<>(documented);
    missing.removeAll(inMatrix);
    Set<String> stale = new TreeSet<>(inMatrix);
    stale.removeAll(documented);
    assertTrue(missing.isEmpty(), "operations without a line in authorization-matrix.txt: " + missing);
    assertTrue(stale.isEmpty(), "matrix lines for operations that do not exist: " + stale);
  }

  @TestFactory
  Stream<DynamicTest> everyCallerGetsExactlyTheStatusTheMatrixSays() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Line line : matrix()) {
      for (var caller : CALLERS.entrySet()) {
        String column = caller.getKey();
        String own = caller.getValue() == null ? "NL" : caller.getValue()[2];
        String other = own.equals("FR") ? "NL" : "FR";
        String path = line.path().replace("{own}", own).replace("{other}", other);
        for (var fixture : FIXTURES.entrySet()) {
          path = path.replace(fixture.getKey(), fixture.getValue());
        }
        String target = path;
        int expected = line.expected().get(column);
        tests.add(
            DynamicTest.dynamicTest(
                line.method() + " " + line.path() + " as " + column + " -> " + expected,
                () -> {
                  HttpResponse<String> response = call(line.method(), target, line.body(), TOKENS.get(column));
                  assertEquals(expected, response.statusCode(), response.body());
                }));
      }
    }
    return tests.stream();
  }

  private static HttpResponse<String> call(String method, String path, String body, String token) {
    return body == null
        ? TestPlatform.call(method, path, token, null, null)
        : TestPlatform.call(method, path, token, "application/json", HttpRequest.BodyPublishers.ofString(body));
  }

  /** "METHOD /api/v1/path/{param}" for every operation of the OpenAPI document. */
  private static Set<String> documentedOperations() {
    HttpResponse<String> openapi =
        TestPlatform.send(
            HttpRequest.newBuilder(URI.create(TestPlatform.URL + "/openapi"))
                .header("Accept", "application/json")
                .build());
    assertEquals(200, openapi.statusCode());
    JsonNode paths = TestPlatform.json(openapi.body()).get("paths");
    Set<String> operations = new TreeSet<>();
    for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
      String path = it.next();
      for (Iterator<String> methods = paths.get(path).fieldNames(); methods.hasNext(); ) {
        String method = methods.next().toUpperCase(Locale.ROOT);
        if (Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
          operations.add(method + " " + path);
        }
      }
    }
    return operations;
  }

  static List<Line> matrix() throws IOException {
    List<Line> lines = new ArrayList<>();
    try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.txt")) {
      for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (raw.isBlank() || raw.startsWith("#")) {
          continue;
        }
        String[] parts = raw.split("\\|");
        String operation = parts[0].trim();
        String request = parts[1].trim();
        String[] statuses = parts[2].trim().split("\\s+");
        String method = request.substring(0, request.indexOf(' '));
        String rest = request.substring(request.indexOf(' ') + 1).trim();
        String path = rest.contains(" ") ? rest.substring(0, rest.indexOf(' ')) : rest;
        String body = rest.contains(" ") ? rest.substring(rest.indexOf(' ') + 1).trim() : null;
        Map<String, Integer> expected = new LinkedHashMap<>();
        int i = 0;
        for (String column : CALLERS.keySet()) {
          expected.put(column, Integer.parseInt(statuses[i++]));
        }
        lines.add(new Line(operation, method, path, body, expected));
      }
    }
    return lines;
  }
}
