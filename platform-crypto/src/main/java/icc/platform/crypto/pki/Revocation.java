package icc.platform.crypto.pki;

import java.math.BigInteger;
import java.time.Instant;

/**
 * One revoked certificate as the CA keeps it. {@code reason} is an RFC 5280 section 5.3.1
 * CRLReason code (e.g. 1 keyCompromise, 4 superseded, 5 cessationOfOperation).
 */
public record Revocation(BigInteger serial, Instant revokedAt, int reason) {}
