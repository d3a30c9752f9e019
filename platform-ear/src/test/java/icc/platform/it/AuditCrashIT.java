package icc.platform.it;

import static icc.platform.it.AuditApiIT.leafData;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import icc.platform.crypto.transparency.Checkpoint;
import icc.platform.crypto.transparency.InMemoryNodeStore;
import icc.platform.crypto.transparency.MerkleTree;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A forced crash: {@code kill -9} of the Payara JVM during a burst of concurrent audited requests,
 * then a restart with {@code ops/platform up} (same profile, the EAR just built). Afterwards the
 * log has no gap, its root recomputed from every stored event equals a freshly signed
 * checkpoint, every request that got its answer has its event (it committed before the answer),
 * and every event of the burst is one of the requests sent. Leaves the stack up and healthy.
 *
 * <p>Each request is a denied call ({@code GET /api/v1/audit/checkpoints/<marker>} without a
 * token: 401, its {@code api.call} event committed in its own transaction) whose path carries a
 * unique marker, so that events and requests can be matched one to one.
 */
class AuditCrashIT {

  private static final int CLIENTS = 12;

  @Test
  void killMinus9DuringABurstLeavesAGapFreeVerifyingLogOfCommittedActions() throws Exception {
    String run = "crash" + Long.toString(System.nanoTime(), 36);
    Set<String> sent = ConcurrentHashMap.newKeySet();
    Set<String> answered = ConcurrentHashMap.newKeySet();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger counter = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      clients.submit(() -> {
        while (!stop.get()) {
          String marker = run + "-" + counter.getAndIncrement();
          sent.add(marker);
          try {
            HttpResponse<String> r = TestPlatform.HTTP.send(
                HttpRequest.newBuilder(URI.create(TestPlatform.URL + "/api/v1/audit/checkpoints/" + marker))
                    .timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 401) {
              answered.add(marker);
            }
          } catch (Exception e) {
            // The server died under this request: not acknowledged, may or may not be logged.
          }
        }
        return null;
      });
    }
    assertTrue(Await.until(Duration.ofSeconds(30), () -> answered.size() >= 60), "the burst is running: " + answered.size());

    long pid = Long.parseLong(Files.readString(TestPlatform.STATE.resolve("run/payara.pid")).strip());
    ProcessHandle payara = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no Payara process " + pid));
    assertTrue(payara.destroyForcibly(), "SIGKILL sent"); // Process.destroyForcibly is SIGKILL on Linux
    payara.onExit().get(30, TimeUnit.SECONDS);
    stop.set(true);
    clients.shutdown();
    assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
    Set<String> acknowledged = new HashSet<>(answered);

    restartTheStack();

    String auditor = AuditApiIT.auditor();
    Checkpoint checkpoint = AuditApiIT.signCheckpoint(auditor);
    List<JsonNode> entries = AuditApiIT.allEntries(auditor);
    assertTrue(entries.size() >= checkpoint.size());
    MerkleTree rebuilt = new MerkleTree(new InMemoryNodeStore());
    Set<String> logged = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      assertEquals(i, entries.get(i).get("leafIndex").asLong(), "no gap and no duplicate at " + i);
      rebuilt.append(leafData(entries.get(i)));
      JsonNode object = entries.get(i).get("event").get("object");
      String id = object == null ? "" : object.get("id").asText();
      String prefix = "GET /audit/checkpoints/" + run + "-";
      if (id.startsWith(prefix)) {
        assertTrue(logged.add(id.substring("GET /audit/checkpoints/".length())), "one event per request: " + id);
      }
    }
    assertArrayEquals(checkpoint.rootHash(), rebuilt.rootHash(checkpoint.size()),
        "the root recomputed from the stored events equals the signed one");
    Set<String> lost = new HashSet<>(acknowledged);
    lost.removeAll(logged);
    assertTrue(lost.isEmpty(), "acknowledged requests without their event: " + lost);
    Set<String> invented = new HashSet<>(logged);
    invented.removeAll(sent);
    assertTrue(invented.isEmpty(), "events of requests never sent: " + invented);
    System.out.printf("crash test: %d requests sent, %d acknowledged before kill -9, %d logged; log of %d events verifies%n",
        sent.size(), acknowledged.size(), logged.size(), entries.size());
  }

  /** ops/platform up in the test stack's profile: starts Payara again and redeploys the EAR. */
  static void restartTheStack() throws Exception {
    Path state = TestPlatform.STATE.toAbsolutePath();
    Path root = state.getParent().getParent();
    int offset = URI.create(TestPlatform.URL).getPort() - 8080;
    ProcessBuilder up = new ProcessBuilder(root.resolve("ops/platform").toString(), "up")
        .directory(root.toFile())
        .redirectErrorStream(true)
        .redirectOutput(Files.createTempFile("audit-crash-up", ".log").toFile());
    up.environment().put("PLATFORM_PROFILE", state.getFileName().toString());
    up.environment().put("PLATFORM_PORT_OFFSET", Integer.toString(offset));
    up.environment().put("PLATFORM_EAR", root.resolve("platform-ear/target/platform.ear").toString());
    Process p = up.start();
    assertTrue(p.waitFor(6, TimeUnit.MINUTES), "ops/platform up finished");
    assertEquals(0, p.exitValue(), "ops/platform up succeeded");
    HttpResponse<String> ready = TestPlatform.get("/health/ready", null);
    assertEquals(200, ready.statusCode(), ready.body());
  }
}
