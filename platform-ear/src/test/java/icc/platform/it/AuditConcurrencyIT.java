package icc.platform.it;

import static icc.platform.it.AuditApiIT.allEntries;
import static icc.platform.it.AuditApiIT.auditor;
import static icc.platform.it.AuditApiIT.leafData;
import static icc.platform.it.AuditApiIT.signCheckpoint;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import icc.platform.crypto.transparency.Checkpoint;
import icc.platform.crypto.transparency.InMemoryNodeStore;
import icc.platform.crypto.transparency.MerkleTree;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Appends are serialised in the database: many concurrent requests, each recording an event in
 * its own transaction, leave a log whose indexes run 0..n-1 without gap or duplicate, every
 * request has its event, and the signed root is exactly the RFC 6962 root of the events as
 * stored (recomputed here from scratch).
 */
class AuditConcurrencyIT {

  private static final int THREADS = 8;
  private static final int REQUESTS = 80;

  @Test
  void concurrentAppendsLeaveAGapFreeLogWhoseRootMatchesTheSignedCheckpoint() throws Exception {
    String auditor = auditor();
    long before = allEntries(auditor).stream().filter(AuditConcurrencyIT::concurrencyProbe).count();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Integer>> calls = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < REQUESTS; i++) {
      calls.add(pool.submit(() -> TestPlatform.get("/api/v1/audit/proofs/consistency", null).statusCode()));
    }
    for (Future<Integer> call : calls) {
      assertEquals(401, call.get());
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    pool.shutdown();
    System.out.println("AuditConcurrencyIT: " + REQUESTS + " denied requests with " + THREADS
        + " clients, each appending an audit event, in " + millis + " ms");

    Checkpoint checkpoint = signCheckpoint(auditor);
    List<JsonNode> entries = allEntries(auditor);
    assertEquals(before + REQUESTS, entries.stream().filter(AuditConcurrencyIT::concurrencyProbe).count());

    MerkleTree rebuilt = new MerkleTree(new InMemoryNodeStore());
    for (int i = 0; i < checkpoint.size(); i++) {
      assertEquals(i, entries.get(i).get("leafIndex").asLong(), "leaf indexes have no gap");
      rebuilt.append(leafData(entries.get(i)));
    }
    assertArrayEquals(checkpoint.rootHash(), rebuilt.rootHash(checkpoint.size()));
  }

  private static boolean concurrencyProbe(JsonNode entry) {
    return AuditRecordingIT.denied(entry, "GET /audit/proofs/consistency", "401");
  }
}
