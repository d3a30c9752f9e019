package icc.platform.crypto.transparency;

/** Runs the {@link NodeStore} conformance suite on {@link InMemoryNodeStore}. */
class InMemoryNodeStoreTest extends NodeStoreConformanceTest {

  @Override
  protected NodeStore newStore() {
    return new InMemoryNodeStore();
  }
}
