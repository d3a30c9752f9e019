package icc.platform.web.library.domain;

import java.time.Instant;

/**
 * The search index behind {@link LibrarySearch}, seen by an operator: how many entries it holds
 * against the database, how many changes wait to be applied, and a rebuild from the database (after
 * restoring a backup, or when the figures disagree).
 */
public interface SearchIndex {

  Status status();

  /** Starts rebuilding the index from the database, in the background; false if one is running. */
  boolean rebuild();

  /**
   * @param documents entries in the index (published or not)
   * @param entries entries in the database
   * @param pendingChanges committed changes not yet applied to the index
   * @param failedChanges changes the index refused after several attempts (see the server log; a
   *     rebuild covers them, and they are cleared when it ends)
   * @param rebuilding whether a rebuild is running
   * @param lastRebuildStarted when the last rebuild started (null: none since the server started)
   * @param lastRebuildFinished when it finished (null: running, or none)
   * @param lastRebuildFailure why it failed (null: it did not)
   */
  record Status(
      long documents,
      long entries,
      long pendingChanges,
      long failedChanges,
      boolean rebuilding,
      Instant lastRebuildStarted,
      Instant lastRebuildFinished,
      String lastRebuildFailure) {}
}
