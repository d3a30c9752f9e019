package icc.platform.web.audit.api;

import icc.platform.web.audit.application.AuditReader;
import java.util.Map;
import java.util.List;

/** JSON bodies of the entries operation. */
public final class EntryDtos {

  private EntryDtos() {}

  /**
   * One event of the log.
   *
   * @param leafIndex its position in the log
   * @param event the event; its RFC 8785 canonical form is the leaf data (docs/audit.md)
   */
  public record Entry(long leafIndex, Map<String, Object> event) {}

  /**
   * @param treeSize the log's size when the page was read
   * @param entries the events, in log order
   * @param nextFrom where the next page starts; absent on the last page
   */
  public record Page(long treeSize, List<Entry> entries, Long nextFrom) {
    static Page of(AuditReader.EntriesPage page) {
      return new Page(
          page.treeSize(),
          page.entries().stream().map(e -> new Entry(e.leafIndex(), e.eventJson())).toList(),
          page.nextFrom().orElse(null));
    }
  }
}
