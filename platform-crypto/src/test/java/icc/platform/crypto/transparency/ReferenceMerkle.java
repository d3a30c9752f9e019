package icc.platform.crypto.transparency;

import java.util.ArrayList;
import java.util.List;

/**
 * The naive recursive definitions of RFC 6962 section 2.1, over the whole list of entries, as an
 * oracle for {@link MerkleTree}. Deliberately written straight from the RFC text and sharing no
 * code with the implementation under test.
 */
final class ReferenceMerkle {

  private ReferenceMerkle() {}

  /** MTH(D[n]). */
  static byte[] mth(List<byte[]> d) {
    int n = d.size();
    if (n == 0) {
      return Rfc6962Hasher.emptyRoot();
    }
    if (n == 1) {
      return Rfc6962Hasher.leafHash(d.get(0));
    }
    int k = largestPowerOfTwoSmallerThan(n);
    return Rfc6962Hasher.nodeHash(mth(d.subList(0, k)), mth(d.subList(k, n)));
  }

  /** PATH(m, D[n]) of section 2.1.1. */
  static List<byte[]> path(int m, List<byte[]> d) {
    int n = d.size();
    List<byte[]> result = new ArrayList<>();
    if (n == 1) {
      return result;
    }
    int k = largestPowerOfTwoSmallerThan(n);
    if (m < k) {
      result.addAll(path(m, d.subList(0, k)));
      result.add(mth(d.subList(k, n)));
    } else {
      result.addAll(path(m - k, d.subList(k, n)));
      result.add(mth(d.subList(0, k)));
    }
    return result;
  }

  /** PROOF(m, D[n]) = SUBPROOF(m, D[n], true) of section 2.1.2. */
  static List<byte[]> proof(int m, List<byte[]> d) {
    return subproof(m, d, true);
  }

  private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
    int n = d.size();
    List<byte[]> result = new ArrayList<>();
    if (m == n) {
      if (!b) {
        result.add(mth(d));
      }
      return result;
    }
    int k = largestPowerOfTwoSmallerThan(n);
    if (m <= k) {
      result.addAll(subproof(m, d.subList(0, k), b));
      result.add(mth(d.subList(k, n)));
    } else {
      result.addAll(subproof(m - k, d.subList(k, n), false));
      result.add(mth(d.subList(0, k)));
    }
    return result;
  }

  private static int largestPowerOfTwoSmallerThan(int n) {
    int k = 1;
    while (k * 2 < n) {
      k *= 2;
    }
    return k;
  }
}
