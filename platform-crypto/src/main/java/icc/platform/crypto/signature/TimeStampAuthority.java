package icc.platform.crypto.signature;

import icc.platform.crypto.Algorithms;
import icc.platform.crypto.CryptoException;
import icc.platform.crypto.CryptoProviders;
import icc.platform.crypto.MalformedDataException;
import icc.platform.crypto.pki.Credential;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * The platform's own time-stamping authority (RFC 3161), built on Bouncy Castle's tsp classes.
 * Its certificate is issued by the platform CA with the critical id-kp-timeStamping extended key
 * usage (RFC 3161 section 2.3). {@link #respond} speaks the RFC 3161 request/response protocol
 * (for an HTTP endpoint, section 3.4); {@link #timestamp} runs that same protocol in-process.
 */
public final class TimeStampAuthority implements TimestampSource {
  /** TSA policy OID (RFC 3161 section 2.4.2 "policy"): under a private arc of the platform. */
  public static final ASN1ObjectIdentifier DEFAULT_POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.59999.1.1");

  private final TimeStampTokenGenerator tokenGenerator;
  private final TimeStampResponseGenerator responseGenerator;
  private final Clock clock;
  private final SecureRandom random;

  public TimeStampAuthority(Credential tsa, Clock clock, SecureRandom random) throws CryptoException {
    this(tsa, DEFAULT_POLICY, clock, random);
  }

  public TimeStampAuthority(Credential tsa, ASN1ObjectIdentifier policy, Clock clock, SecureRandom random) throws CryptoException {
    this.clock = clock;
    this.random = random;
    try {
      DigestCalculator sha256 = new JcaDigestCalculatorProviderBuilder().build()
          .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
      // The generator refuses a certificate without the critical timeStamping EKU (TSPUtil).
      this.tokenGenerator = new TimeStampTokenGenerator(
          new JcaSimpleSignerInfoGeneratorBuilder().setProvider(CryptoProviders.BC)
              .build(Algorithms.SIGNATURE, tsa.privateKey(), tsa.certificate()),
          sha256, policy);
      tokenGenerator.addCertificates(new JcaCertStore(java.util.List.of(tsa.certificate())));
      tokenGenerator.setAccuracySeconds(1); // RFC 3161 2.4.2 Accuracy: the clock is NTP-disciplined
      this.responseGenerator = new TimeStampResponseGenerator(tokenGenerator, TSPAlgorithms.ALLOWED);
    } catch (Exception e) {
      throw new CryptoException("cannot set up the TSA (is the certificate's timeStamping EKU critical?)", e);
    }
  }

  /**
   * RFC 3161 section 2.4: answers one DER TimeStampReq with a DER TimeStampResp. A malformed
   * request gets a rejection response (PKIStatus rejection, badDataFormat), not an exception.
   */
  public byte[] respond(byte[] requestDer) throws CryptoException {
    BigInteger serial = new BigInteger(128, random); // RFC 3161 2.4.2: unique serial numbers
    Date now = Date.from(clock.instant());
    try {
      TimeStampRequest req;
      try {
        req = new TimeStampRequest(requestDer);
      } catch (IOException | RuntimeException e) {
        return responseGenerator.generateFailResponse(
            org.bouncycastle.asn1.cmp.PKIStatus.REJECTION, PKIFailureInfo.badDataFormat, "malformed request").getEncoded();
      }
      TimeStampResponse resp;
      synchronized (this) { // TimeStampTokenGenerator is not documented as thread-safe
        resp = responseGenerator.generateGrantedResponse(req, serial, now);
      }
      return resp.getEncoded();
    } catch (TSPException | IOException e) {
      throw new CryptoException("TSA failed to answer", e);
    }
  }

  @Override
  public TimeStampToken timestamp(byte[] sha256Imprint) throws CryptoException {
    return requestToken(this::respond, sha256Imprint, random);
  }

  /** A TSA transport: DER request in, DER response out (in-process or HTTP). */
  @FunctionalInterface
  public interface Transport {
    byte[] exchange(byte[] requestDer) throws CryptoException;
  }

  /**
   * Client side of RFC 3161: builds a request with a nonce and certReq, sends it through {@code
   * transport}, and checks the response matches (section 2.4.2: status, imprint, nonce).
   */
  public static TimeStampToken requestToken(Transport transport, byte[] sha256Imprint, SecureRandom random) throws CryptoException {
    TimeStampRequestGenerator g = new TimeStampRequestGenerator();
    g.setCertReq(true);
    TimeStampRequest req = g.generate(TSPAlgorithms.SHA256, sha256Imprint, new BigInteger(64, random));
    try {
      TimeStampResponse resp = new TimeStampResponse(transport.exchange(req.getEncoded()));
      resp.validate(req);
      TimeStampToken token = resp.getTimeStampToken();
      if (token == null) {
        throw new CryptoException("TSA refused: " + resp.getStatusString());
      }
      return token;
    } catch (TSPException | IOException | RuntimeException e) {
      throw new MalformedDataException("bad TSA response: " + e.getMessage(), e);
    }
  }
}
