package icc.platform.it;

import icc.platform.web.audit.domain.AuditLog;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (its name does not end in IT, so the build never runs it): append
 * overhead per action under concurrent load, in the container of the test stack, on its MariaDB.
 * THREADS threads run ACTIONS actions each, without then with the audit event, alternating
 * rounds; prints p50/p99 latency per action (transaction begin to commit). Appends EVENTS
 * {@code test.benchmark} events to the stack's log. Run with
 * {@code -Dit.test=AuditOverheadBenchmark} (docs/benchmarks.md, section audit).
 */
@ExtendWith(ArquillianExtension.class)
class AuditOverheadBenchmark {

  static final int[] THREADS = {1, 4, 16};
  static final int ACTIONS = 1000;

  @Deployment
  static WebArchive audit() {
    return AuditDeployment.create().addClass(AuditBenchmarkProbe.class).addClass(AuditOverheadBenchmark.class);
  }

  @Inject AuditBenchmarkProbe probe;
  @Inject AuditLog log;

  @Test
  void appendOverheadPerAction() throws Exception {
    StringBuilder table = new StringBuilder(
        "| concurrent clients | actions | without audit p50 / p99 ms | with audit p50 / p99 ms | overhead p50 / p99 ms | audited actions/s |\n"
            + "|---|---|---|---|---|---|\n");
    run(4, 300, false); // warm-up
    run(4, 300, true);
    long before = log.size();
    for (int threads : THREADS) {
      long[] plain = run(threads, ACTIONS, false);
      long start = System.nanoTime();
      long[] audited = run(threads, ACTIONS, true);
      double seconds = (System.nanoTime() - start) / 1e9;
      table.append(String.format("| %d | %,d | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %.0f |%n",
          threads, ACTIONS, ms(plain, 50), ms(plain, 99), ms(audited, 50), ms(audited, 99),
          ms(audited, 50) - ms(plain, 50), ms(audited, 99) - ms(plain, 99), ACTIONS / seconds));
    }
    table.append("\nlog size ").append(before).append(" -> ").append(log.size()).append('\n');
    Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "audit-overhead-benchmark.md"), table);
    System.out.println(table);
  }

  /** Latencies in ns, sorted, of {@code total} actions spread over {@code threads} threads. */
  private long[] run(int threads, int total, boolean audited) throws Exception {
    long[] nanos = new long[total];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < total) {
            long t0 = System.nanoTime();
            probe.action(audited, i);
            nanos[i] = System.nanoTime() - t0;
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    Arrays.sort(nanos);
    return nanos;
  }

  private static double ms(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }
}
