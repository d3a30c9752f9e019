package icc.platform.web.audit.application;

import icc.platform.crypto.transparency.AuditExportWriter;
import icc.platform.crypto.transparency.Checkpoint;
import icc.platform.crypto.transparency.NoteFormatException;
import icc.platform.crypto.transparency.NoteVerificationException;
import icc.platform.crypto.transparency.NoteVerifierKey;
import icc.platform.crypto.transparency.ProofException;
import icc.platform.crypto.transparency.ProofVerifier;
import icc.platform.crypto.transparency.Rfc6962Hasher;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEntry;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditLog;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.audit.domain.AuditQuery;
import icc.platform.web.audit.domain.AuditSigningKey;
import icc.platform.web.audit.domain.CheckpointRepository;
import icc.platform.web.audit.domain.SignedCheckpoint;
import icc.platform.web.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The auditor's search (the {@code /app/audit} pages): events matching a query, newest first,
 * among those covered by the latest signed checkpoint, each checked on the server as a State
 * would check it offline: the checkpoint's signature with the platform's verifier key, and the
 * event's inclusion proof (RFC 9162 section 2.1.3.2) against the checkpoint's root. A search and
 * an export are themselves audited, in the same transaction, like the API's reads.
 */
@ApplicationScoped
public class AuditSearch {

  /** Events on one page. */
  public static final int PAGE_SIZE = 50;

  @Inject AuditLog log;
  @Inject CheckpointRepository checkpoints;
  @Inject AuditSigningKey key;
  @Inject AuditTrail trail;

  /** One event as shown, and whether its inclusion in the checkpoint verified. */
  public record ShownEvent(AuditEntry entry, boolean included) {}

  /**
   * A page of results.
   *
   * @param checkpoint the checkpoint the events were searched under (empty if none signed yet)
   * @param signatureVerified the checkpoint's signature verified with the platform's key
   * @param total how many events match in all
   * @param problems what did not verify, in words (empty when all is well)
   */
  public record Page(
      Optional<SignedCheckpoint> checkpoint,
      boolean signatureVerified,
      List<ShownEvent> events,
      long total,
      int offset,
      List<String> problems) {

    public boolean verified() {
      return checkpoint.isPresent() && signatureVerified && problems.isEmpty();
    }
  }

  /** The export of a search: JSON Lines ({@code icc-audit-export/v1}) and its checkpoint. */
  public record SearchExport(String jsonLines, SignedCheckpoint checkpoint, int eventCount) {}

  @Transactional(TxType.REQUIRED)
  public Page search(Caller caller, AuditQuery query, int offset, String address) {
    ReadScope scope = ReadScope.of(caller);
    AuditQuery scoped = scope.organisationCode().map(query::within).orElse(query);
    int start = Math.max(0, offset);
    Optional<SignedCheckpoint> latest = checkpoints.latest();
    if (latest.isEmpty()) {
      return new Page(latest, false, List.of(), 0, start, List.of("No checkpoint has been signed yet."));
    }
    SignedCheckpoint checkpoint = latest.get();
    List<String> problems = new ArrayList<>();
    boolean signatureVerified = verifySignature(checkpoint, problems);
    long total = log.count(scoped, checkpoint.treeSize());
    List<ShownEvent> shown = new ArrayList<>();
    for (AuditEntry entry : log.search(scoped, checkpoint.treeSize(), start, PAGE_SIZE)) {
      boolean included = included(entry, checkpoint);
      if (!included) {
        problems.add("Event " + entry.leafIndex() + " is NOT included in the checkpoint of size "
            + checkpoint.treeSize() + ": its stored data was changed after it was logged.");
      }
      shown.add(new ShownEvent(entry, included));
    }
    trail.record(
        AuditEvent.of(AuditAction.AUDIT_ENTRIES_READ, AuditOutcome.SUCCESS, Actor.of(caller))
            .from(address)
            .detail("scope", scope.describe())
            .detail("query", scoped.describe())
            .detail("offset", start)
            .detail("returned", shown.size())
            .build());
    return new Page(latest, signatureVerified, shown, total, start, problems);
  }

  /**
   * Up to {@link AuditReader#MAX_EXPORT} matching events (the newest ones), oldest first, with
   * inclusion proofs to the checkpoint of size {@code atSize} (the latest if empty).
   */
  @Transactional(TxType.REQUIRED)
  public SearchExport export(Caller caller, AuditQuery query, Optional<Long> atSize, String address) {
    ReadScope scope = ReadScope.of(caller);
    AuditQuery scoped = scope.organisationCode().map(query::within).orElse(query);
    SignedCheckpoint checkpoint = (atSize.isPresent() ? checkpoints.findBySize(atSize.get()) : checkpoints.latest())
        .orElseThrow(() -> new InvalidAuditRequestException("size", "no such signed checkpoint"));
    List<AuditEntry> found = new ArrayList<>(log.search(scoped, checkpoint.treeSize(), 0, AuditReader.MAX_EXPORT));
    java.util.Collections.reverse(found);
    trail.record(
        AuditEvent.of(AuditAction.AUDIT_EXPORT, AuditOutcome.SUCCESS, Actor.of(caller))
            .from(address)
            .detail("scope", scope.describe())
            .detail("query", scoped.describe())
            .detail("treeSize", checkpoint.treeSize())
            .detail("returned", found.size())
            .build());
    StringWriter text = new StringWriter();
    AuditExportWriter writer = new AuditExportWriter(text);
    try {
      writer.header(key.origin(), checkpoint.treeSize());
      for (AuditEntry entry : found) {
        writer.event(entry.leafIndex(), entry.eventJson(), log.inclusionProof(entry.leafIndex(), checkpoint.treeSize()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SearchExport(text.toString(), checkpoint, found.size());
  }

  /** The signed note of the checkpoint at that size, for the export's download. */
  public Optional<SignedCheckpoint> checkpoint(Caller caller, long size) {
    ReadScope.of(caller);
    return checkpoints.findBySize(size);
  }

  private boolean verifySignature(SignedCheckpoint checkpoint, List<String> problems) {
    try {
      NoteVerifierKey verifierKey = key.signer().verifierKey();
      Checkpoint opened = Checkpoint.open(checkpoint.signedNote(), verifierKey);
      if (opened.size() != checkpoint.treeSize()
          || !java.security.MessageDigest.isEqual(opened.rootHash(), checkpoint.rootHash())) {
        problems.add("The stored checkpoint's size or root differs from its signed note.");
        return false;
      }
      return true;
    } catch (NoteFormatException | NoteVerificationException e) {
      problems.add("The checkpoint's signature does not verify with the platform's key: " + e.getMessage());
      return false;
    }
  }

  private boolean included(AuditEntry entry, SignedCheckpoint checkpoint) {
    try {
      ProofVerifier.verifyInclusion(
          entry.leafIndex(),
          checkpoint.treeSize(),
          Rfc6962Hasher.leafHash(entry.leafData()),
          log.inclusionProof(entry.leafIndex(), checkpoint.treeSize()),
          checkpoint.rootHash());
      return true;
    } catch (ProofException e) {
      return false;
    }
  }
}
