package icc.platform.crypto.envelope;

import icc.platform.crypto.TestPki;

final class SegmentTestData {
  private SegmentTestData() {}

  static byte[] bytes(int n, long seed) {
    byte[] b = new byte[n];
    TestPki.seeded(seed).nextBytes(b);
    return b;
  }
}
