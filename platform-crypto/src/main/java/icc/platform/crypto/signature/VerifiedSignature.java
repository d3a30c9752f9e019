package icc.platform.crypto.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * What a successful verification established.
 *
 * @param signer the organisation's signing certificate, valid at {@code timestamp}
 * @param timestamp genTime of the RFC 3161 token: the signature existed at this time
 * @param claimedSigningTime the signer's own signing-time attribute (not trusted, informative)
 * @param tsa the TSA certificate that issued the timestamp
 * @param revocationChecked whether a CRL was given and consulted
 * @param signerRevokedLater if the signer's certificate was revoked after the timestamp
 */
public record VerifiedSignature(
    X509Certificate signer,
    Instant timestamp,
    Optional<Instant> claimedSigningTime,
    X509Certificate tsa,
    boolean revocationChecked,
    Optional<Instant> signerRevokedLater) {

  public String signerName() {
    return signer.getSubjectX500Principal().getName();
  }
}
