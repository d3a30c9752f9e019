package icc.platform.crypto.transparency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link NodeStore}, for every implementation (as Trillian's {@code storagetest}
 * runs against each storage backend). A store's test extends this class and implements {@link
 * #newStore()}, which must return an empty store (e.g. a fresh MariaDB schema or a truncated
 * table); the server's JDBC store runs it against a real MariaDB.
 */
public abstract class NodeStoreConformanceTest {

  /** A new, empty store. Called once per test. */
  protected abstract NodeStore newStore() throws Exception;

  private NodeStore store;

  @BeforeEach
  void createStore() throws Exception {
    store = newStore();
  }

  private static byte[] hash(int seed) {
    byte[] h = new byte[32];
    Arrays.fill(h, (byte) seed);
    return h;
  }

  private static NodeStore.StoredNode node(int level, long index, int seed) {
    return new NodeStore.StoredNode(new NodeId(level, index), hash(seed));
  }

  @Test
  void newStoreIsEmpty() throws Exception {
    assertEquals(0, store.size());
    assertEquals(Map.of(), store.read(List.of()));
  }

  @Test
  void appendStoresNodesAndGrowsSize() throws Exception {
    store.append(0, List.of(node(0, 0, 1)));
    store.append(1, List.of(node(0, 1, 2), node(1, 0, 3)));
    assertEquals(2, store.size());
    Map<NodeId, byte[]> read =
        store.read(List.of(new NodeId(0, 0), new NodeId(0, 1), new NodeId(1, 0)));
    assertEquals(3, read.size());
    assertArrayEquals(hash(1), read.get(new NodeId(0, 0)));
    assertArrayEquals(hash(2), read.get(new NodeId(0, 1)));
    assertArrayEquals(hash(3), read.get(new NodeId(1, 0)));
  }

  @Test
  void readingAMissingNodeFails() throws Exception {
    store.append(0, List.of(node(0, 0, 1)));
    assertThrows(NodeStoreException.class, () -> store.read(List.of(new NodeId(0, 1))));
    assertThrows(
        NodeStoreException.class, () -> store.read(List.of(new NodeId(0, 0), new NodeId(1, 0))));
  }

  @Test
  void appendAtTheWrongIndexFailsAndChangesNothing() throws Exception {
    store.append(0, List.of(node(0, 0, 1)));
    // A concurrent appender that read size 0 too, or one that skips ahead.
    assertThrows(NodeStoreException.class, () -> store.append(0, List.of(node(0, 0, 9))));
    assertThrows(NodeStoreException.class, () -> store.append(2, List.of(node(0, 2, 9))));
    assertEquals(1, store.size());
    assertArrayEquals(hash(1), store.read(List.of(new NodeId(0, 0))).get(new NodeId(0, 0)));
    assertThrows(NodeStoreException.class, () -> store.read(List.of(new NodeId(0, 2))));
  }

  @Test
  void storedHashesAreNeverOverwrittenAndAFailedAppendIsAtomic() throws Exception {
    store.append(0, List.of(node(0, 0, 1)));
    // Leaf 1 with a bogus attempt to rewrite leaf 0: all or nothing.
    assertThrows(
        NodeStoreException.class, () -> store.append(1, List.of(node(0, 1, 2), node(0, 0, 9))));
    assertEquals(1, store.size());
    assertArrayEquals(hash(1), store.read(List.of(new NodeId(0, 0))).get(new NodeId(0, 0)));
    assertThrows(NodeStoreException.class, () -> store.read(List.of(new NodeId(0, 1))));
    // The log goes on normally afterwards.
    store.append(1, List.of(node(0, 1, 2), node(1, 0, 3)));
    assertEquals(2, store.size());
  }

  @Test
  void returnedHashesAreCopies() throws Exception {
    store.append(0, List.of(node(0, 0, 1)));
    store.read(List.of(new NodeId(0, 0))).get(new NodeId(0, 0))[0] = 42;
    assertArrayEquals(hash(1), store.read(List.of(new NodeId(0, 0))).get(new NodeId(0, 0)));
  }

  /** End to end: a tree on this store agrees with the naive RFC 6962 definitions. */
  @Test
  void merkleTreeOnThisStoreMatchesTheReference() throws Exception {
    MerkleTree tree = new MerkleTree(store);
    Random random = new Random(6962);
    List<byte[]> entries = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      byte[] entry = ("event-" + i + "-" + random.nextInt()).getBytes(StandardCharsets.UTF_8);
      entries.add(entry);
      assertEquals(i, tree.append(entry));
    }
    assertEquals(70, store.size());
    for (int n = 0; n <= 70; n++) {
      assertArrayEquals(ReferenceMerkle.mth(entries.subList(0, n)), tree.rootHash(n), "root " + n);
    }
    for (int m = 0; m < 70; m += 7) {
      assertHashesEqual(ReferenceMerkle.path(m, entries), tree.inclusionProof(m, 70));
    }
    for (int m = 1; m < 70; m += 5) {
      assertHashesEqual(
          ReferenceMerkle.proof(m, entries.subList(0, 67)), tree.consistencyProof(m, 67));
    }
  }

  static void assertHashesEqual(List<byte[]> expected, List<byte[]> actual) {
    assertEquals(expected.size(), actual.size(), "proof length");
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i), actual.get(i), "proof element " + i);
    }
  }
}
