package icc.platform.crypto.signature;

import icc.platform.crypto.CryptoException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Where signatures get their RFC 3161 timestamp: the in-process {@link TimeStampAuthority}, or a
 * client of the TSA's HTTP endpoint (RFC 3161 section 3.4) that the application provides.
 */
@FunctionalInterface
public interface TimestampSource {
  /**
   * A token whose message imprint is {@code sha256Imprint} (SHA-256, 32 bytes).
   *
   * @throws CryptoException the TSA refused or answered something that does not match the request
   */
  TimeStampToken timestamp(byte[] sha256Imprint) throws CryptoException;
}
