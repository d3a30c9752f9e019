package icc.platform.crypto.pki;

import icc.platform.crypto.MalformedDataException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** PEM and DER reading and writing of certificates, CRLs and keys (for files and OpenSSL). */
public final class Pem {
  private Pem() {}

  /** PEM text of a certificate, CRL, public key or (unencrypted PKCS#8) private key. */
  public static String write(Object o) {
    if (o instanceof java.security.PrivateKey k) {
      // Always unencrypted PKCS#8 ("PRIVATE KEY", RFC 5958), which every OpenSSL 3 reads.
      return "-----BEGIN PRIVATE KEY-----\n"
          + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(k.getEncoded())
          + "\n-----END PRIVATE KEY-----\n";
    }
    StringWriter sw = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
      w.writeObject(o);
    } catch (IOException e) {
      throw new IllegalStateException("cannot PEM-encode " + o.getClass().getSimpleName(), e);
    }
    return sw.toString();
  }

  /** A certificate in PEM or DER. */
  public static X509Certificate readCertificate(byte[] pemOrDer) throws MalformedDataException {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pemOrDer));
    } catch (CertificateException | RuntimeException e) {
      throw new MalformedDataException("not an X.509 certificate (PEM or DER)", e);
    }
  }

  /** A CRL in PEM or DER. */
  public static X509CRL readCrl(byte[] pemOrDer) throws MalformedDataException {
    try {
      return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(pemOrDer));
    } catch (CertificateException | CRLException | RuntimeException e) {
      throw new MalformedDataException("not an X.509 CRL (PEM or DER)", e);
    }
  }
}
