package icc.platform.crypto.pki;

/** What an end-entity certificate may be used for; fixes its key usage extensions. */
public enum CertificatePurpose {
  /** CMS signatures of an organisation: digitalSignature + nonRepudiation. */
  SIGNING,
  /** Key agreement (ECDH) or key transport (RSA) of data keys for an organisation. */
  ENCRYPTION,
  /** The platform TSA: digitalSignature and the critical id-kp-timeStamping EKU (RFC 3161 2.3). */
  TIMESTAMPING
}
