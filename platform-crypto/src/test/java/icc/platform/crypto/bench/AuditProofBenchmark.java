package icc.platform.crypto.bench;

import icc.platform.crypto.transparency.InMemoryNodeStore;
import icc.platform.crypto.transparency.MerkleTree;
import icc.platform.crypto.transparency.NodeId;
import icc.platform.crypto.transparency.NodeStore;
import icc.platform.crypto.transparency.NodeStoreException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Proof generation time of the audit log's {@link MerkleTree} at several sizes, over the
 * library's {@link InMemoryNodeStore} (in-process: this measures the tree's own work and how many
 * stored hashes a proof reads; with {@code JdbcNodeStore} those reads are one SQL query per
 * proof). Usage: {@code AuditProofBenchmark [sizes...]}, default 1000 100000 1000000.
 */
public final class AuditProofBenchmark {

  private static final int PROOFS = 20_000;

  public static void main(String[] args) throws Exception {
    long[] sizes = args.length == 0
        ? new long[] {1_000, 100_000, 1_000_000}
        : Arrays.stream(args).mapToLong(Long::parseLong).toArray();
    System.out.println("| entries | append µs/entry | inclusion proof p50 / p99 µs | hashes read | consistency proof p50 / p99 µs | hashes read |");
    System.out.println("|---|---|---|---|---|---|");
    for (long size : sizes) {
      run(size);
    }
  }

  private static void run(long size) throws NodeStoreException {
    CountingStore store = new CountingStore(new InMemoryNodeStore());
    MerkleTree tree = new MerkleTree(store);
    long start = System.nanoTime();
    for (long i = 0; i < size; i++) {
      tree.append(("{\"action\":\"api.call\",\"seq\":" + i + "}").getBytes(StandardCharsets.UTF_8));
    }
    double appendMicros = (System.nanoTime() - start) / 1e3 / size;
    SplittableRandom random = new SplittableRandom(size);
    // Warm-up, then measured rounds.
    measure(tree, store, size, random, true, 2_000);
    measure(tree, store, size, random, false, 2_000);
    long[] inclusion = measure(tree, store, size, random, true, PROOFS);
    double inclusionReads = store.reads / (double) PROOFS;
    long[] consistency = measure(tree, store, size, random, false, PROOFS);
    double consistencyReads = store.reads / (double) PROOFS;
    System.out.printf("| %,d | %.2f | %.1f / %.1f | %.1f | %.1f / %.1f | %.1f |%n",
        size, appendMicros,
        percentile(inclusion, 50), percentile(inclusion, 99), inclusionReads,
        percentile(consistency, 50), percentile(consistency, 99), consistencyReads);
  }

  private static long[] measure(MerkleTree tree, CountingStore store, long size, SplittableRandom random,
      boolean inclusion, int rounds) throws NodeStoreException {
    long[] nanos = new long[rounds];
    store.reads = 0;
    for (int r = 0; r < rounds; r++) {
      long t = System.nanoTime();
      if (inclusion) {
        tree.inclusionProof(random.nextLong(size), size);
      } else {
        tree.consistencyProof(1 + random.nextLong(size - 1), size);
      }
      nanos[r] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    return nanos;
  }

  private static double percentile(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e3;
  }

  /** Counts the hashes read, the cost that matters once the store is a database. */
  private static final class CountingStore implements NodeStore {
    private final NodeStore inner;
    long reads;

    CountingStore(NodeStore inner) {
      this.inner = inner;
    }

    @Override
    public long size() throws NodeStoreException {
      return inner.size();
    }

    @Override
    public Map<NodeId, byte[]> read(Collection<NodeId> ids) throws NodeStoreException {
      reads += ids.size();
      return inner.read(ids);
    }

    @Override
    public void append(long leafIndex, List<StoredNode> nodes) throws NodeStoreException {
      inner.append(leafIndex, nodes);
    }
  }
}
