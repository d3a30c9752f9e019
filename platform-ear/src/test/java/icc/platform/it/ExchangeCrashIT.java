package icc.platform.it;

import static icc.platform.it.ExchangeClient.at;
import static icc.platform.it.ExchangeClient.auditEntries;
import static icc.platform.it.ExchangeClient.discussion;
import static icc.platform.it.ExchangeClient.openThread;
import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static icc.platform.it.TestPlatform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, reliability: {@code kill -9} of the Payara JVM in the middle of a 1 GiB upload, then a
 * restart with {@code ops/platform up} (as {@link AuditCrashIT} does). Afterwards the interrupted
 * upload is nowhere: no document in the thread, no encrypted file in {@code documents/}, no part
 * file in {@code incoming/} (emptied by {@code StorageJanitor} at start), no upload event; and a
 * document committed before the crash is still served byte for byte. Leaves the stack up.
 */
class ExchangeCrashIT {

  static final long ONE_GIB = 1L << 30;
  /** Kill once this much of the upload sits in the part file (well inside the 1 GiB). */
  static final long KILL_AFTER_BYTES = 128L << 20;

  @Test
  void killMinus9DuringAOneGibUploadLeavesNoPartialDocumentAndKeepsCommittedOnes() throws Exception {
    final String nl = userToken("state-nl", "focal.nl");
    String thread = openThread(nl, discussion("Upload interrupted by a crash", "H0", "FR"));

    // A document committed before the crash.
    LargeContent.Generated committed = new LargeContent.Generated(12_345_678, 42);
    HttpResponse<String> ok = LargeContent.upload(thread, nl, "committed-before-crash.pdf", committed, 12_345_678);
    assertEquals(201, ok.statusCode(), ok.body());
    String committedSha = committed.sha256Hex();
    String committedId = json(ok.body()).get("id").asText();
    Set<Path> filesBefore = ExchangeStorageIT.storedFiles();

    // The 1 GiB upload, killed in the middle.
    LargeContent.Generated big = new LargeContent.Generated(ONE_GIB, 1024);
    CompletableFuture<HttpResponse<String>> upload = CompletableFuture.supplyAsync(
        () -> LargeContent.upload(thread, nl, "interrupted-1GiB.bin", big, ONE_GIB));
    assertTrue(Await.until(Duration.ofMinutes(3), () -> partBytes() >= KILL_AFTER_BYTES),
        "the upload is being written to incoming/: " + partBytes() + " bytes");
    long pid = Long.parseLong(Files.readString(TestPlatform.STATE.resolve("run/payara.pid")).strip());
    ProcessHandle payara = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no Payara process " + pid));
    assertTrue(payara.destroyForcibly(), "SIGKILL sent"); // Process.destroyForcibly is SIGKILL on Linux
    payara.onExit().get(30, TimeUnit.SECONDS);
    long sentWhenKilled = big.produced();
    assertTrue(sentWhenKilled < ONE_GIB, "killed in the middle: " + sentWhenKilled + " of " + ONE_GIB + " bytes sent");
    try {
      HttpResponse<String> r = upload.get(2, TimeUnit.MINUTES);
      throw new AssertionError("the interrupted upload got an answer: " + r.statusCode() + " " + r.body());
    } catch (java.util.concurrent.ExecutionException expected) {
      // The connection died with the server: the client was never told the document was stored.
    }
    List<Path> leftBehind = ExchangeMalformedUploadIT.partFiles();
    assertEquals(1, leftBehind.size(), "kill -9 leaves the part file (what the clean-up must remove): " + leftBehind);
    assertEquals(filesBefore, ExchangeStorageIT.storedFiles(), "nothing was published before the crash");

    AuditCrashIT.restartTheStack();

    assertEquals(List.of(), ExchangeMalformedUploadIT.partFiles(), "the part file was removed at start");
    assertEquals(filesBefore, ExchangeStorageIT.storedFiles(), "no encrypted file of the interrupted upload");
    JsonNode view = json(get("/api/v1/threads/" + thread, userToken("state-nl", "focal.nl")).body());
    assertEquals(1, view.get("documents").size(), "only the committed document: " + view.get("documents"));
    assertEquals(committedId, view.get("documents").get(0).get("id").asText());

    // The committed document survived the crash byte for byte, as France sees it.
    String fr = userToken("state-fr", "focal.fr");
    HttpResponse<InputStream> download = LargeContent.stream("/api/v1/threads/" + thread + "/documents/" + committedId, fr);
    assertEquals(200, download.statusCode());
    LargeContent.Digest d = LargeContent.digest(download.body());
    assertEquals(12_345_678, d.length());
    assertEquals(committedSha, d.sha256());

    List<JsonNode> events = auditEntries();
    assertEquals(1, events.stream().filter(e -> "exchange.document.upload".equals(at(e, "action"))
        && thread.equals(at(e, "details", "thread"))).count(), "one upload event: the committed document's");
    System.out.printf("exchange crash test: killed after %,d of %,d bytes sent; part file removed at restart%n",
        sentWhenKilled, ONE_GIB);
  }

  private static long partBytes() {
    try {
      long total = 0;
      for (Path p : ExchangeMalformedUploadIT.partFiles()) {
        total += Files.size(p);
      }
      return total;
    } catch (Exception e) {
      return 0;
    }
  }
}
