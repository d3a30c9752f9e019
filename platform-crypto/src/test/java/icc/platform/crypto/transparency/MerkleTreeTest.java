package icc.platform.crypto.transparency;

import static icc.platform.crypto.transparency.NodeStoreConformanceTest.assertHashesEqual;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link MerkleTree} against the naive recursive definitions of RFC 6962 ({@link
 * ReferenceMerkle}) on a seeded random log of a few thousand leaves, and its O(log n) costs.
 */
class MerkleTreeTest {

  private static final int LEAVES = 3000;
  private static List<byte[]> entries;
  private static MerkleTree tree;
  private static CountingNodeStore counting;
  private static int maxNodesWrittenPerAppend;

  @BeforeAll
  static void buildLog() throws Exception {
    Random random = new Random(20240601L);
    entries = new ArrayList<>();
    counting = new CountingNodeStore(new InMemoryNodeStore());
    tree = new MerkleTree(counting);
    for (int i = 0; i < LEAVES; i++) {
      byte[] entry = new byte[random.nextInt(40)];
      random.nextBytes(entry);
      entries.add(entry);
      counting.reset();
      tree.append(entry);
      maxNodesWrittenPerAppend = Math.max(maxNodesWrittenPerAppend, counting.nodesWritten);
    }
  }

  private static int log2Ceil(long n) {
    return 64 - Long.numberOfLeadingZeros(n - 1);
  }

  @Test
  void rootsMatchTheReferenceAtEverySmallSizeAndSampledLargeOnes() throws Exception {
    Random random = new Random(1);
    for (int n = 0; n <= 300; n++) {
      assertArrayEquals(ReferenceMerkle.mth(entries.subList(0, n)), tree.rootHash(n), "size " + n);
    }
    for (int i = 0; i < 40; i++) {
      int n = 301 + random.nextInt(LEAVES - 300);
      assertArrayEquals(ReferenceMerkle.mth(entries.subList(0, n)), tree.rootHash(n), "size " + n);
    }
    assertArrayEquals(ReferenceMerkle.mth(entries), tree.rootHash(LEAVES));
  }

  @Test
  void inclusionProofsMatchTheReferenceAndVerify() throws Exception {
    Random random = new Random(2);
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + random.nextInt(trial < 150 ? 64 : LEAVES);
      int m = random.nextInt(n);
      List<byte[]> d = entries.subList(0, n);
      List<byte[]> proof = tree.inclusionProof(m, n);
      assertHashesEqual(ReferenceMerkle.path(m, d), proof);
      byte[] leafHash = Rfc6962Hasher.leafHash(entries.get(m));
      byte[] root = tree.rootHash(n);
      assertDoesNotThrow(() -> ProofVerifier.verifyInclusion(m, n, leafHash, proof, root));
      if (!proof.isEmpty()) {
        List<byte[]> tampered = new ArrayList<>(proof);
        byte[] flipped = tampered.get(trial % proof.size()).clone();
        flipped[trial % 32] ^= 1;
        tampered.set(trial % proof.size(), flipped);
        assertThrows(
            ProofException.class,
            () -> ProofVerifier.verifyInclusion(m, n, leafHash, tampered, root));
      }
    }
  }

  @Test
  void consistencyProofsMatchTheReferenceExhaustivelyForSmallTrees() throws Exception {
    for (int n = 1; n <= 40; n++) {
      for (int m = 1; m <= n; m++) {
        List<byte[]> proof = tree.consistencyProof(m, n);
        if (m == n) {
          assertTrue(proof.isEmpty());
        } else {
          assertHashesEqual(ReferenceMerkle.proof(m, entries.subList(0, n)), proof);
        }
        int size1 = m;
        int size2 = n;
        byte[] root1 = tree.rootHash(m);
        byte[] root2 = tree.rootHash(n);
        assertDoesNotThrow(
            () -> ProofVerifier.verifyConsistency(size1, size2, proof, root1, root2));
      }
    }
  }

  @Test
  void consistencyProofsMatchTheReferenceOnLargeRandomSizes() throws Exception {
    Random random = new Random(3);
    for (int trial = 0; trial < 150; trial++) {
      int n = 2 + random.nextInt(LEAVES - 1);
      int m = 1 + random.nextInt(n - 1);
      List<byte[]> proof = tree.consistencyProof(m, n);
      assertHashesEqual(ReferenceMerkle.proof(m, entries.subList(0, n)), proof);
      byte[] root1 = tree.rootHash(m);
      byte[] root2 = tree.rootHash(n);
      assertDoesNotThrow(() -> ProofVerifier.verifyConsistency(m, n, proof, root1, root2));
      byte[] otherRoot1 = tree.rootHash(m == 1 ? 2 : m - 1);
      assertThrows(
          ProofException.class,
          () -> ProofVerifier.verifyConsistency(m, n, proof, otherRoot1, root2));
    }
  }

  @Test
  void appendWritesAtMostOnePlusLogNNodes() {
    // 3000 < 2^12: at most the leaf plus 11 completed ancestors.
    assertTrue(maxNodesWrittenPerAppend <= 1 + log2Ceil(LEAVES), "" + maxNodesWrittenPerAppend);
  }

  @Test
  void rootsAndProofsReadLogarithmicallyManyNodesInOneBatch() throws Exception {
    Random random = new Random(4);
    int bound = 2 * log2Ceil(LEAVES) + 2;
    for (int trial = 0; trial < 200; trial++) {
      long n = 2 + random.nextInt(LEAVES - 1);
      long m = 1 + random.nextInt((int) n - 1);
      counting.reset();
      tree.rootHash(n);
      assertTrue(counting.nodesRead <= log2Ceil(n) + 1 && counting.readCalls == 1);
      counting.reset();
      tree.inclusionProof(m, n);
      assertTrue(counting.nodesRead <= bound && counting.readCalls == 1, "" + counting.nodesRead);
      counting.reset();
      tree.consistencyProof(m, n);
      assertTrue(counting.nodesRead <= bound && counting.readCalls == 1, "" + counting.nodesRead);
    }
  }

  @Test
  void rejectsRequestsOutsideTheLog() {
    assertThrows(IllegalArgumentException.class, () -> tree.rootHash(LEAVES + 1));
    assertThrows(IllegalArgumentException.class, () -> tree.rootHash(-1));
    assertThrows(IllegalArgumentException.class, () -> tree.inclusionProof(5, 5));
    assertThrows(IllegalArgumentException.class, () -> tree.inclusionProof(-1, 5));
    assertThrows(IllegalArgumentException.class, () -> tree.consistencyProof(0, 5));
    assertThrows(IllegalArgumentException.class, () -> tree.consistencyProof(6, 5));
    assertThrows(IllegalArgumentException.class, () -> tree.consistencyProof(1, LEAVES + 1));
    assertThrows(IllegalArgumentException.class, () -> tree.appendLeafHash(new byte[31]));
  }

  @Test
  void emptyTreeHasTheEmptyRoot() throws Exception {
    MerkleTree empty = new MerkleTree(new InMemoryNodeStore());
    assertEquals(0, empty.size());
    assertArrayEquals(Rfc6962Hasher.emptyRoot(), empty.rootHash(0));
  }
}
