package icc.platform.crypto.transparency;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Wraps a store and counts the nodes read and written, to check the O(log n) costs. */
final class CountingNodeStore implements NodeStore {

  private final NodeStore delegate;
  int readCalls;
  int nodesRead;
  int nodesWritten;

  CountingNodeStore(NodeStore delegate) {
    this.delegate = delegate;
  }

  void reset() {
    readCalls = 0;
    nodesRead = 0;
    nodesWritten = 0;
  }

  @Override
  public long size() throws NodeStoreException {
    return delegate.size();
  }

  @Override
  public Map<NodeId, byte[]> read(Collection<NodeId> ids) throws NodeStoreException {
    readCalls++;
    nodesRead += ids.size();
    return delegate.read(ids);
  }

  @Override
  public void append(long leafIndex, List<StoredNode> nodes) throws NodeStoreException {
    nodesWritten += nodes.size();
    delegate.append(leafIndex, nodes);
  }
}
