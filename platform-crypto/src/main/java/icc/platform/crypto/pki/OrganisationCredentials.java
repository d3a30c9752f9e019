package icc.platform.crypto.pki;

/**
 * What an organisation (a national focal point or the Court) holds: one signing credential and
 * its encryption key ring. The private keys are stored wrapped by the master key
 * (icc.platform.crypto.custody) or in the organisation's own PKCS#12 file.
 */
public record OrganisationCredentials(Credential signing, EncryptionKeyRing encryption) {}
