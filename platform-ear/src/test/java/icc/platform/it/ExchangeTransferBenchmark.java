package icc.platform.it;

import static icc.platform.it.ExchangeClient.discussion;
import static icc.platform.it.ExchangeClient.openThread;
import static icc.platform.it.TestPlatform.json;
import static icc.platform.it.TestPlatform.postJson;
import static icc.platform.it.TestPlatform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (its name does not end in IT, so builds never run it; docs/benchmarks.md,
 * section exchange). Against the running test stack:
 *
 * <ol>
 *   <li>documents of 256 MiB and 1 GiB uploaded and downloaded through the document API with
 *       {@code curl}, and the same bytes sent to and fetched from a no-op servlet in the same
 *       Payara ({@link TransferCeilingProbe}, deployed by Arquillian beside the platform for the
 *       run): throughput, and the server's heap sampled in-process during each transfer;
 *   <li>100 concurrent connections ({@code wrk}, a Lua script rotating the bearer tokens of four
 *       users of three organisations) reading the inbox, then thread views: p50/p99 latency and
 *       requests per second.
 * </ol>
 *
 * Writes {@code platform-ear/target/exchange-benchmark.md}. Needs about 4 GiB free in
 * {@code java.io.tmpdir} and in the stack's data folder.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeTransferBenchmark {

  static final long MIB = 1L << 20;
  static final long[] SIZES = {256 * MIB, 1024 * MIB};
  static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
  static final String WRK_DURATION = System.getProperty("bench.wrk-duration", "30s");

  @Deployment(testable = false)
  static WebArchive ceiling() {
    return ShrinkWrap.create(WebArchive.class, "xfer-ceiling.war").addClass(TransferCeilingProbe.class);
  }

  @ArquillianResource URL probe;

  private final StringBuilder report = new StringBuilder();

  @Test
  void transfersAgainstTheCeilingAndConcurrentReaders() throws Exception {
    Path dir = Files.createTempDirectory("exchange-bench");
    try {
      transfers(dir);
      concurrentReaders(dir);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
      Path out = Path.of(System.getProperty("platform.state", ".")).toAbsolutePath().getParent().getParent()
          .resolve("platform-ear/target/exchange-benchmark.md");
      Files.writeString(out, report);
      System.out.println(report);
    }
  }

  // --- 1. large transfers ---

  private void transfers(Path dir) throws Exception {
    String nl = userToken("state-nl", "focal.nl");
    String thread = openThread(nl, discussion("Transfer benchmark", "H0", "FR"));
    String base = probe.toExternalForm().replaceAll("/$", "");
    report.append("## transfers (").append(java.time.Instant.now()).append(", load average before: ").append(loadAverage())
        .append(")\n\n")
        .append("| size | round | direction | no-op MB/s | platform MB/s | platform / no-op | platform time to first byte s |"
            + " heap peak MiB no-op / platform | heap after GC MiB no-op / platform | GCs no-op / platform |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (long size : SIZES) {
      Path file = dir.resolve("doc-" + size / MIB + "MiB.bin");
      try (InputStream in = new LargeContent.Generated(size, size); OutputStream out = Files.newOutputStream(file)) {
        in.transferTo(out);
      }
    }
    // Warm-up: a server just deployed runs its crypto and copy loops interpreted at first.
    transferRound(base, thread, dir.resolve("doc-256MiB.bin"), 256 * MIB, 0, false);
    for (int round = 1; round <= ROUNDS; round++) {
      for (long size : SIZES) {
        transferRound(base, thread, dir.resolve("doc-" + size / MIB + "MiB.bin"), size, round, true);
      }
    }
    report.append("\nLoad average after the transfers: ").append(loadAverage()).append("\n");
    report.append("\nServer after the transfers (`jcmd <payara pid> GC.heap_info`):\n\n```\n").append(heapInfo()).append("```\n\n");
  }

  private void transferRound(String base, String thread, Path file, long size, int round, boolean record) throws Exception {
    String token = userToken("state-nl", "focal.nl");
    // upload
    startHeap(base);
    Curl noopUp = curl("-X", "POST", "-T", file.toString(), "-H", "Content-Type: application/octet-stream", base + "/noop");
    JsonNode noopUpHeap = stopHeap(base);
    assertEquals(200, noopUp.status);
    startHeap(base);
    Curl up = curl("-X", "POST", "-T", file.toString(), "-H", "Content-Type: application/octet-stream",
        "-H", "Authorization: Bearer " + token, TestPlatform.URL + "/api/v1/threads/" + thread + "/documents?filename=bench.bin");
    JsonNode upHeap = stopHeap(base);
    assertEquals(201, up.status, up.body);
    String document = json(up.body).get("id").asText();
    // download
    token = userToken("state-fr", "focal.fr");
    startHeap(base);
    Curl noopDown = curl("-o", "/dev/null", base + "/noop?bytes=" + size);
    JsonNode noopDownHeap = stopHeap(base);
    startHeap(base);
    Curl down = curl("-o", "/dev/null", "-H", "Authorization: Bearer " + token,
        TestPlatform.URL + "/api/v1/threads/" + thread + "/documents/" + document);
    JsonNode downHeap = stopHeap(base);
    assertEquals(200, down.status);
    assertEquals(size, down.sizeDownload);
    if (record) {
      row(size, round, "upload", noopUp, up, noopUpHeap, upHeap, size);
      row(size, round, "download", noopDown, down, noopDownHeap, downHeap, size);
    }
  }

  private void row(long size, int round, String direction, Curl noop, Curl platform, JsonNode noopHeap, JsonNode heap, long bytes) {
    double noopRate = bytes / noop.seconds / 1e6;
    double rate = bytes / platform.seconds / 1e6;
    report.append(String.format(Locale.ROOT, "| %d MiB | %d | %s | %.0f | %.0f | %.0f %% | %s | %d / %d | %d / %d | %d / %d |%n",
        size / MIB, round, direction, noopRate, rate, 100 * rate / noopRate,
        direction.equals("download")
            ? String.format(Locale.ROOT, "%.2f (then %.0f MB/s)", platform.firstByte, bytes / (platform.seconds - platform.firstByte) / 1e6)
            : "–",
        noopHeap.get("peakUsedMiB").asLong(), heap.get("peakUsedMiB").asLong(),
        noopHeap.get("peakAfterGcMiB").asLong(), heap.get("peakAfterGcMiB").asLong(),
        noopHeap.get("collections").asLong(), heap.get("collections").asLong()));
  }

  private static void startHeap(String base) throws Exception {
    assertEquals(200, curl("-X", "POST", base + "/heap/start").status);
  }

  private static JsonNode stopHeap(String base) throws Exception {
    return json(curl("-X", "POST", base + "/heap/stop").body);
  }

  record Curl(int status, double seconds, double firstByte, long sizeDownload, String body) {}

  /** curl with -w timing; the body (unless -o) is everything before the last line. */
  static Curl curl(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("curl", "-sS", "-w", "\n%{http_code} %{time_total} %{time_starttransfer} %{size_download}"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    int nl = out.lastIndexOf('\n');
    String[] w = out.substring(nl + 1).strip().split(" ");
    return new Curl(Integer.parseInt(w[0]), Double.parseDouble(w[1]), Double.parseDouble(w[2]), Long.parseLong(w[3]),
        out.substring(0, Math.max(0, nl)));
  }

  private static String loadAverage() throws Exception {
    return Files.readString(Path.of("/proc/loadavg")).strip();
  }

  private static String heapInfo() throws Exception {
    String pid = Files.readString(TestPlatform.STATE.resolve("run/payara.pid")).strip();
    Process p = new ProcessBuilder("jcmd", pid, "GC.heap_info").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  // --- 2. 100 concurrent readers ---

  private void concurrentReaders(Path dir) throws Exception {
    String nl = userToken("state-nl", "focal.nl");
    List<String> threads = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String t = openThread(nl, discussion("Load thread " + i, "H0", "FR", "COURT"));
      for (int m = 0; m < 3; m++) {
        assertEquals(201, postJson("/api/v1/threads/" + t + "/messages", nl, "{\"text\":\"Message " + m + " of thread " + i + "\"}")
            .statusCode());
      }
      threads.add(t);
    }
    List<String> tokens = List.of(nl, userToken("state-fr", "focal.fr"), userToken("court", "registry.clerk"),
        userToken("court", "otp.investigator"));
    report.append("## 100 concurrent readers (wrk -t2 -c100 -d").append(WRK_DURATION).append(" --latency; 4 users of NL, FR, COURT)\n\n")
        .append("| requests | requests/s | p50 ms | p90 ms | p99 ms | non-2xx | errors |\n|---|---|---|---|---|---|---|\n");
    List<String> inbox = List.of("/api/v1/threads");
    List<String> views = threads.stream().map(t -> "/api/v1/threads/" + t).toList();
    report.append("Load average before: ").append(loadAverage()).append("\n\n");
    wrk(dir, "inbox GET /api/v1/threads", tokens, inbox);
    wrk(dir, "thread view GET /api/v1/threads/{id} (20 threads, 3 signed messages each)", tokens, views);
    report.append('\n');
  }

  private void wrk(Path dir, String name, List<String> tokens, List<String> paths) throws Exception {
    Path script = dir.resolve("readers.lua");
    Files.writeString(script, "tokens = {" + String.join(",", tokens.stream().map(t -> "\"" + t + "\"").toList()) + "}\n"
        + "paths = {" + String.join(",", paths.stream().map(p -> "\"" + p + "\"").toList()) + "}\n"
        + "counter = 0\n"
        + "function setup(thread) thread:set(\"offset\", math.random(1, 1000)) end\n"
        + "request = function()\n"
        + "  counter = counter + 1\n"
        + "  local token = tokens[(counter % #tokens) + 1]\n"
        + "  local path = paths[(counter % #paths) + 1]\n"
        + "  return wrk.format(\"GET\", path, {[\"Authorization\"] = \"Bearer \" .. token})\n"
        + "end\n");
    Process p = new ProcessBuilder("wrk", "-t2", "-c100", "-d" + WRK_DURATION, "--latency", "--timeout", "10s", "-s", script.toString(),
        TestPlatform.URL).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    System.out.println(out);
    report.append(String.format("| %s | %s | %s | %s | %s | %s | %s |%n", name, find(out, "Requests/sec:\\s+([0-9.]+)"),
        ms(find(out, "\\s50%\\s+([0-9.]+[a-z]+)")), ms(find(out, "\\s90%\\s+([0-9.]+[a-z]+)")), ms(find(out, "\\s99%\\s+([0-9.]+[a-z]+)")),
        find(out, "Non-2xx or 3xx responses:\\s+(\\d+)"), find(out, "Socket errors:([^\\n]+)")));
    Files.writeString(dir.resolve("wrk.txt"), out);
    report.append("\n<details><summary>wrk output: ").append(name).append("</summary>\n\n```\n").append(out).append("```\n</details>\n\n");
    assertTrue(out.contains("Requests/sec"), out);
  }

  private static String find(String text, String regex) {
    var m = java.util.regex.Pattern.compile(regex).matcher(text);
    return m.find() ? m.group(1).strip() : "0";
  }

  /** wrk prints 12.34ms, 1.23s or 456.78us: milliseconds. */
  private static String ms(String value) {
    var m = java.util.regex.Pattern.compile("([0-9.]+)([a-z]+)").matcher(value);
    if (!m.matches()) {
      return value;
    }
    double v = Double.parseDouble(m.group(1));
    double factor = switch (m.group(2)) {
      case "us" -> 0.001;
      case "s" -> 1000;
      case "m" -> 60_000;
      default -> 1;
    };
    return String.format(Locale.ROOT, "%.1f", v * factor);
  }
}
