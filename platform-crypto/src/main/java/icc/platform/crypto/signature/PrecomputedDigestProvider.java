package icc.platform.crypto.signature;

import java.io.OutputStream;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Hands Bouncy Castle's signer a digest we already computed while encrypting, so the document
 * is read once (RFC 5652 section 5.4: the message-digest attribute is just the content digest).
 */
final class PrecomputedDigestProvider implements DigestCalculatorProvider {
  private final AlgorithmIdentifier algorithm;
  private final byte[] digest;

  PrecomputedDigestProvider(AlgorithmIdentifier algorithm, byte[] digest) {
    this.algorithm = algorithm;
    this.digest = digest.clone();
  }

  @Override
  public DigestCalculator get(AlgorithmIdentifier requested) throws OperatorCreationException {
    if (!requested.getAlgorithm().equals(algorithm.getAlgorithm())) {
      throw new OperatorCreationException("only " + algorithm.getAlgorithm() + " was precomputed");
    }
    return new DigestCalculator() {
      @Override
      public AlgorithmIdentifier getAlgorithmIdentifier() {
        return algorithm;
      }

      @Override
      public OutputStream getOutputStream() {
        return OutputStream.nullOutputStream();
      }

      @Override
      public byte[] getDigest() {
        return digest.clone();
      }
    };
  }
}
