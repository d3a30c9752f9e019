package icc.platform.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Deployed only by {@link ExchangeTransferBenchmark} (a test war beside the platform, removed after
 * the run), never in production:
 *
 * <ul>
 *   <li>{@code POST /noop}: reads the body in 64 KiB steps and throws it away; {@code GET
 *       /noop?bytes=N}: writes N bytes. The same Payara, HTTP listener and client as the
 *       platform's document API, doing nothing with the bytes: the ceiling of the HTTP stack.
 *   <li>{@code POST /heap/start}, {@code POST /heap/stop}: samples the server's heap every 20 ms
 *       in between (in-process {@code MemoryMXBean}, so sampling costs the transfer nothing
 *       measurable) and answers the peak used heap, the largest heap seen in the first sample after
 *       a collection (about what survived it: live data), and the number of collections.
 * </ul>
 */
@WebServlet(urlPatterns = {"/noop", "/heap/*"})
public class TransferCeilingProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final AtomicBoolean SAMPLING = new AtomicBoolean();
  private static volatile long peakUsed;
  private static volatile long peakOldAfterGc;
  private static volatile long collectionsAtStart;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (req.getServletPath().equals("/heap")) {
      heap(req.getPathInfo(), resp);
      return;
    }
    long n = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = req.getInputStream()) {
      for (int r; (r = in.read(buffer)) >= 0; ) {
        n += r;
      }
    }
    resp.setContentType("application/json");
    resp.getWriter().write("{\"bytes\":" + n + "}");
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long n = Long.parseLong(req.getParameter("bytes"));
    resp.setContentType("application/octet-stream");
    resp.setContentLengthLong(n);
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = resp.getOutputStream()) {
      while (n > 0) {
        int k = (int) Math.min(buffer.length, n);
        out.write(buffer, 0, k);
        n -= k;
      }
    }
  }

  private static void heap(String what, HttpServletResponse resp) throws IOException {
    resp.setContentType("application/json");
    if ("/start".equals(what)) {
      peakUsed = 0;
      peakOldAfterGc = 0;
      collectionsAtStart = collections();
      if (SAMPLING.compareAndSet(false, true)) {
        Thread t = new Thread(TransferCeilingProbe::sample, "heap-sampler");
        t.setDaemon(true);
        t.start();
      }
      resp.getWriter().write("{}");
    } else {
      SAMPLING.set(false);
      resp.getWriter().write("{\"peakUsedMiB\":" + peakUsed / (1 << 20) + ",\"peakAfterGcMiB\":" + peakOldAfterGc / (1 << 20)
          + ",\"collections\":" + (collections() - collectionsAtStart) + ",\"maxMiB\":"
          + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1 << 20) + "}");
    }
  }

  private static long lastCount;

  private static void sample() {
    lastCount = collections();
    while (SAMPLING.get()) {
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      peakUsed = Math.max(peakUsed, used);
      long count = collections();
      if (count != lastCount) {
        // The first sample after a collection: close to what survived it (live data).
        peakOldAfterGc = Math.max(peakOldAfterGc, used);
        lastCount = count;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static long collections() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionCount());
    }
    return n;
  }
}
