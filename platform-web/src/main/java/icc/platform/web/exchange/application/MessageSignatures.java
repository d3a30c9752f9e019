package icc.platform.web.exchange.application;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.signature.VerifiedSignature;
import icc.platform.web.exchange.domain.ExchangeMessage;
import icc.platform.web.keys.application.OrganisationKeyService;
import icc.platform.web.keys.domain.PlatformKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Re-verifies a stored message's signature each time it is served (issue 6: messages are signed by
 * the sender organisation, and a row changed in the database must never be shown as good). A
 * message is {@link Check#verified} only if all of these hold:
 *
 * <ol>
 *   <li>SHA-256 of its {@link ExchangeMessage#signedBytes} (id, thread, sender organisation, text
 *       as stored now) equals the recorded {@code body_sha256};
 *   <li>the detached CMS signature verifies over that digest, with its RFC 3161 timestamp and the
 *       certificate path to the platform CA ({@code SignatureVerifier});
 *   <li>the signer is the sending organisation's signing certificate.
 * </ol>
 *
 * Verified results are remembered by SHA-256 of (signed bytes, recorded digest, signature): a message changed in
 * the database has another key and is verified again, so the cache cannot hide tampering. It only
 * saves the four ECDSA verifications (about 2 ms) per message each time a thread is opened.
 */
@ApplicationScoped
public class MessageSignatures {

  private static final System.Logger LOG = System.getLogger(MessageSignatures.class.getName());
  static final int CACHE_LIMIT = 20_000;

  /** The outcome for one message: verified, or the reason it is not. */
  public record Check(boolean verified, String problem) {
    static final Check VERIFIED = new Check(true, null);

    static Check failed(String problem) {
      return new Check(false, problem);
    }

    /** {@code verified} or {@code failed}, as the API and the pages show it. */
    public String status() {
      return verified ? "verified" : "failed";
    }
  }

  @Inject OrganisationKeyService keys;
  @Inject PlatformKeys platform;

  private final Map<String, Boolean> verified = new ConcurrentHashMap<>();

  public Check check(ExchangeMessage m) {
    byte[] signedBytes = m.signedBytes();
    byte[] signature = m.signature();
    String key = cacheKey(signedBytes, m.bodySha256(), signature);
    if (verified.containsKey(key)) {
      return Check.VERIFIED;
    }
    Check result = verify(m, sha256(signedBytes), signature);
    if (result.verified()) {
      if (verified.size() >= CACHE_LIMIT) {
        verified.clear();
      }
      verified.put(key, Boolean.TRUE);
    } else {
      LOG.log(Level.ERROR, "Message " + m.id() + " of thread " + m.threadId() + " failed signature verification: "
          + result.problem());
    }
    return result;
  }

  private Check verify(ExchangeMessage m, byte[] digest, byte[] signature) {
    if (!Arrays.equals(digest, m.bodySha256())) {
      return Check.failed("the stored text does not match the digest recorded when it was signed");
    }
    VerifiedSignature v;
    try {
      v = platform.verifier().verifyDigest(signature, digest);
    } catch (CryptoException e) {
      return Check.failed("the signature does not verify: " + e.getMessage());
    }
    if (!keys.isSigningCertificateOf(m.senderOrg(), v.signer())) {
      return Check.failed("the signature is not by " + m.senderOrg() + "'s signing key");
    }
    return Check.VERIFIED;
  }

  private static String cacheKey(byte[] signedBytes, byte[] recordedDigest, byte[] signature) {
    MessageDigest md = digest();
    md.update(Integer.toString(signedBytes.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    md.update((byte) 0);
    md.update(signedBytes);
    md.update(recordedDigest);
    md.update(signature);
    return HexFormat.of().formatHex(md.digest());
  }

  static byte[] sha256(byte[] data) {
    return digest().digest(data);
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
