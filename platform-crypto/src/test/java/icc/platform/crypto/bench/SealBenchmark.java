package icc.platform.crypto.bench;

import icc.platform.crypto.TestPki;
import icc.platform.crypto.envelope.DocumentOpener;
import icc.platform.crypto.envelope.DocumentSealer;
import icc.platform.crypto.envelope.OpenedDocument;
import icc.platform.crypto.envelope.SealedDocument;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Seals (sign + encrypt) then opens (decrypt + verify) a file of the given size on disk, and
 * prints throughput and peak heap. Usage: {@code SealBenchmark <MiB> [rounds]}. Run it through
 * bench/run-bench.sh, which also prints OpenSSL's single-core speeds for comparison.
 */
public final class SealBenchmark {
  public static void main(String[] args) throws Exception {
    long mib = Long.parseLong(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    long size = mib << 20;
    TestPki pki = new TestPki(99);
    Path dir = Files.createTempDirectory("seal-bench");
    try {
      Path plain = dir.resolve("plain.bin");
      Path enc = dir.resolve("plain.bin.icc");
      Path back = dir.resolve("back.bin");
      writeFile(plain, size);
      System.out.printf("file: %d MiB in %s; heap max %d MiB%n", mib, dir, Runtime.getRuntime().maxMemory() >> 20);
      for (int r = 1; r <= rounds; r++) {
        resetPeaks();
        var threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        SealedDocument s;
        try (InputStream in = Files.newInputStream(plain); OutputStream out = Files.newOutputStream(enc)) {
          s = new DocumentSealer(pki.signer(pki.ruritania), pki.random)
              .seal(in, out, List.of(pki.court.encryption().current().certificate()));
        }
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        long sealPeak = heapPeak();
        resetPeaks();
        OpenedDocument o;
        try (InputStream in = Files.newInputStream(enc)) {
          o = new DocumentOpener(pki.court.encryption(), pki.verifier()).open(s.keyEnvelope(), s.signature(), in, back);
        }
        long t2 = System.nanoTime();
        long c2 = threads.getCurrentThreadCpuTime();
        long openPeak = heapPeak();
        if (o.length() != size) {
          throw new IllegalStateException("length mismatch");
        }
        System.out.printf("round %d: sign+encrypt %5.0f MB/s (%.2f s, cpu %.2f s) | decrypt+verify %5.0f MB/s (%.2f s, cpu %.2f s)"
                + " | peak heap seal %d MiB, open %d MiB%n",
            r, size / 1e6 / ((t1 - t0) / 1e9), (t1 - t0) / 1e9, (c1 - c0) / 1e9,
            size / 1e6 / ((t2 - t1) / 1e9), (t2 - t1) / 1e9, (c2 - c1) / 1e9, sealPeak >> 20, openPeak >> 20);
        Files.delete(back);
        Files.delete(enc);
      }
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Pseudo-random content (incompressible, so no layer can cheat), written in 1 MiB blocks. */
  static void writeFile(Path p, long size) throws Exception {
    SplittableRandom r = new SplittableRandom(1);
    byte[] block = new byte[1 << 20];
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(p,
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
      for (long done = 0; done < size; done += block.length) {
        for (int i = 0; i < block.length; i += 8) {
          long v = r.nextLong();
          for (int j = 0; j < 8; j++) {
            block[i + j] = (byte) (v >>> (8 * j));
          }
        }
        out.write(block, 0, (int) Math.min(block.length, size - done));
      }
      ch.force(true); // flush to disk now, so that write-back does not run during the measurement
    }
  }

  static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
  }

  /** Sum of the heap pools' peak usage since the last reset (an upper bound of the real peak). */
  static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
