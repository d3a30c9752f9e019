package icc.platform.web.exchange.application;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.envelope.DocumentOpener;
import icc.platform.crypto.envelope.DocumentPackage;
import icc.platform.crypto.envelope.DocumentSealer;
import icc.platform.crypto.envelope.OpenedDocument;
import icc.platform.crypto.envelope.SealedDocument;
import icc.platform.crypto.interop.CmsInterop;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.exchange.domain.DocumentStore;
import icc.platform.web.exchange.domain.ExchangeDocument;
import icc.platform.web.exchange.domain.ExchangeException;
import icc.platform.web.exchange.domain.ExchangeId;
import icc.platform.web.exchange.domain.FileName;
import icc.platform.web.keys.application.OrganisationKeyService;
import icc.platform.web.keys.domain.PlatformKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Streams documents in and out, in constant memory, outside any transaction (a 2 GiB upload must
 * not hold a database transaction or row lock for minutes):
 *
 * <ul>
 *   <li>upload: check access; hash, sign (RFC 3161 timestamp) and encrypt for exactly the
 *       participant organisations in one pass into a pending file; publish it; then one short
 *       transaction commits the row and the audit event ({@link ThreadService#commitUpload}). Any
 *       failure deletes the file: nothing half-visible, nothing orphaned.
 *   <li>download: check access; decrypt and verify (every segment tag, then signature, timestamp
 *       and certificate path) into a quarantine file that becomes a scratch file only if all of it
 *       verified; only then the receipt and audit event commit and the bytes are served. A
 *       document that fails is never served: 409 {@code document_verification_failed}, audited.
 * </ul>
 */
@ApplicationScoped
public class DocumentService {

  private static final System.Logger LOG = System.getLogger(DocumentService.class.getName());
  /** 2 GiB, the default. */
  public static final long DEFAULT_LIMIT = 2L * 1024 * 1024 * 1024;
  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}");

  @Inject ThreadService threads;
  @Inject DocumentStore store;
  @Inject OrganisationKeyService keys;
  @Inject PlatformKeys platform;
  @Inject ExchangeAudit audit;

  @Inject
  @ConfigProperty(name = "platform.exchange.max-document-bytes", defaultValue = "2147483648")
  long limit;

  /** A verified plaintext (or export) file ready to be streamed, deleted once sent. */
  public record Served(ExchangeDocument document, Path file, long length) {

    /**
     * Copies the file to {@code out}, then deletes it (also when the client goes away). In 256 KiB
     * writes: {@code InputStream.transferTo} writes 8 KiB at a time on JDK 17, and each write
     * passes through JAX-RS and the servlet container's output layers (measured in
     * docs/benchmarks.md, section exchange).
     */
    public void writeTo(OutputStream out) throws IOException {
      try (InputStream in = Files.newInputStream(file)) {
        copy(in, out);
      } finally {
        Files.deleteIfExists(file);
      }
    }

    public void discard() {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public long limit() {
    return limit;
  }

  /** Size of the writes that stream a document to a client. */
  static final int COPY_BUFFER = 256 * 1024;

  /** Copies {@code in} to {@code out} in {@link #COPY_BUFFER} steps; returns the bytes copied. */
  static long copy(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[COPY_BUFFER];
    long total = 0;
    for (int n; (n = in.readNBytes(buffer, 0, buffer.length)) > 0; ) {
      out.write(buffer, 0, n);
      total += n;
    }
    return total;
  }

  /**
   * Uploads a document.
   *
   * @param declaredLength the request's Content-Length, or -1 if unknown (chunked)
   */
  public ExchangeDocument upload(Requester r, ExchangeId threadId, String fileName, String mediaType, long declaredLength,
      InputStream body) throws IOException {
    FileName name = new FileName(fileName);
    String type = mediaType(mediaType);
    if (declaredLength > limit) {
      throw new ExchangeException.TooLarge(limit);
    }
    List<String> participants = threads.prepareUpload(r, threadId);
    List<X509Certificate> recipients = participants.stream().map(keys::encryptionCertificate).toList();
    ExchangeId documentId = ExchangeId.random();
    SealedDocument sealed;
    String storageKey;
    try (DocumentStore.Pending pending = store.begin()) {
      try {
        sealed = new DocumentSealer(keys.signer(r.organisationCode()), platform.random())
            .seal(new LimitedInputStream(body, limit), pending.output(), recipients);
      } catch (CryptoException e) {
        throw new IllegalStateException("sealing failed: " + e.getMessage(), e);
      }
      if (declaredLength >= 0 && sealed.plaintextLength() != declaredLength) {
        throw new ExchangeException.InvalidInput("body", "received " + sealed.plaintextLength()
            + " bytes but Content-Length said " + declaredLength + "; nothing was stored");
      }
      storageKey = pending.publish();
    }
    try {
      return threads.commitUpload(r, threadId, documentId, name, type, sealed, participants, storageKey);
    } catch (RuntimeException e) {
      store.discard(storageKey);
      throw e;
    }
  }

  /** Decrypts and verifies the document for the caller's organisation; see the class comment. */
  public Served plaintext(Requester r, ExchangeId threadId, ExchangeId documentId) throws IOException {
    ExchangeDocument d = threads.document(r, threadId, documentId);
    Path target = store.scratchFile();
    try (InputStream in = store.open(d.storageKey())) {
      OpenedDocument opened = new DocumentOpener(keys.encryptionKeys(r.organisationCode()), platform.verifier())
          .open(d.keyEnvelope(), d.signature(), in, target);
      if (opened.length() != d.length() || !keys.isSigningCertificateOf(d.uploaderOrg(), opened.signature().signer())
          && !isForwardedSignature(d, opened.signature().signer())) {
        Files.deleteIfExists(target);
        throw new CryptoException("the document verified, but is not the one recorded (length or signer differs)");
      }
    } catch (CryptoException | IOException e) {
      Files.deleteIfExists(target);
      throw refuse(r, d, "plaintext", e);
    }
    Served served = new Served(d, target, d.length());
    try {
      threads.recordDownload(r, d, "plaintext");
    } catch (RuntimeException e) {
      served.discard();
      throw e;
    }
    return served;
  }

  /**
   * The standard CMS AuthEnvelopedData export for {@code openssl cms -decrypt}, encrypted to the
   * caller's organisation only. Every segment is authenticated and the signature verified against
   * the recorded digest before anything is served.
   */
  public Served cmsExport(Requester r, ExchangeId threadId, ExchangeId documentId) throws IOException {
    ExchangeDocument d = threads.document(r, threadId, documentId);
    Path target = store.scratchFile();
    try (InputStream in = store.open(d.storageKey())) {
      platform.verifier().verifyDigest(d.signature(), d.sha256());
      CmsInterop.exportAuthEnveloped(d.keyEnvelope(), in, keys.encryptionKeys(r.organisationCode()),
          List.of(keys.encryptionCertificate(r.organisationCode())), target, platform.random());
    } catch (CryptoException | IOException e) {
      Files.deleteIfExists(target);
      throw refuse(r, d, "cms", e);
    }
    Served served = new Served(d, target, Files.size(target));
    try {
      threads.recordDownload(r, d, "cms");
    } catch (RuntimeException e) {
      served.discard();
      throw e;
    }
    return served;
  }

  /** The raw package (key envelope, signature, ciphertext) for offline {@code platform-verify decrypt}. */
  public ExchangeDocument packageFor(Requester r, ExchangeId threadId, ExchangeId documentId) {
    ExchangeDocument d = threads.document(r, threadId, documentId);
    threads.recordDownload(r, d, "package");
    return d;
  }

  /** Writes the package of a document whose download was recorded. */
  public void writePackage(ExchangeDocument d, OutputStream out) throws IOException {
    try (InputStream in = store.open(d.storageKey())) {
      new DocumentPackage(d.keyEnvelope(), d.signature()).writeTo(out, in);
    }
  }

  /** The detached signature (.p7s), recorded as a download. */
  public ExchangeDocument signatureFor(Requester r, ExchangeId threadId, ExchangeId documentId) {
    ExchangeDocument d = threads.document(r, threadId, documentId);
    threads.recordDownload(r, d, "signature");
    return d;
  }

  private boolean isForwardedSignature(ExchangeDocument d, X509Certificate signer) {
    // A forwarded copy keeps the original uploader's signature; the original signer is not
    // recorded on the copy, so any organisation certificate of the platform CA is accepted
    // (the signature itself verified to the platform CA above).
    return d.forwardedFrom() != null;
  }

  private ExchangeException refuse(Requester r, ExchangeDocument d, String form, Exception cause) {
    LOG.log(Level.ERROR, "Document " + d.id() + " failed verification and was not served", cause);
    try {
      audit.refusedOnItsOwn(r, AuditAction.EXCHANGE_DOCUMENT_DOWNLOAD, AuditOutcome.FAILURE, "document", d.id().value(),
          d.sha256Text(), Map.of("thread", d.threadId(), "form", form, "reason", "verification failed: " + cause.getMessage()));
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Could not record the failed verification of document " + d.id(), e);
    }
    return new ExchangeException.Conflict("document_verification_failed",
        "The stored document failed verification (integrity or signature) and is not served."
            + " The operators have been alerted; nothing was delivered.");
  }

  static String mediaType(String given) {
    if (given == null || given.isBlank()) {
      return "application/octet-stream";
    }
    String normal = given.strip().toLowerCase(Locale.ROOT);
    int semicolon = normal.indexOf(';');
    if (semicolon >= 0) {
      normal = normal.substring(0, semicolon).strip();
    }
    if (!MEDIA_TYPE.matcher(normal).matches()) {
      throw new ExchangeException.InvalidInput("mediaType", "not a media type such as application/pdf");
    }
    return normal;
  }

  /** Refuses (413) a body longer than the limit as soon as the limit is passed, not at the end. */
  static final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) {
      count += n;
      if (count > limit) {
        throw new ExchangeException.TooLarge(limit);
      }
    }
  }
}
