package icc.platform.crypto.transparency;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link NodeStore} in a hash map, for tests and for tools that rebuild a small tree in
 * memory. Thread-safe; not persistent.
 */
public final class InMemoryNodeStore implements NodeStore {

  private final Map<NodeId, byte[]> nodes = new HashMap<>();
  private long size;

  @Override
  public synchronized long size() {
    return size;
  }

  @Override
  public synchronized Map<NodeId, byte[]> read(Collection<NodeId> ids) throws NodeStoreException {
    Map<NodeId, byte[]> result = new HashMap<>();
    for (NodeId id : ids) {
      byte[] hash = nodes.get(id);
      if (hash == null) {
        throw new NodeStoreException("node not stored: " + id);
      }
      result.put(id, hash.clone());
    }
    return result;
  }

  @Override
  public synchronized void append(long leafIndex, List<StoredNode> newNodes)
      throws NodeStoreException {
    if (leafIndex != size) {
      throw new NodeStoreException(
          "append of leaf " + leafIndex + " to a log of size " + size + " (concurrent append?)");
    }
    if (newNodes.isEmpty() || !newNodes.get(0).id().equals(new NodeId(0, leafIndex))) {
      throw new NodeStoreException("the first node of an append must be the leaf " + leafIndex);
    }
    for (StoredNode node : newNodes) {
      if (nodes.containsKey(node.id())) {
        throw new NodeStoreException("node already stored: " + node.id());
      }
    }
    for (StoredNode node : newNodes) {
      nodes.put(node.id(), node.hash());
    }
    size = leafIndex + 1;
  }
}
