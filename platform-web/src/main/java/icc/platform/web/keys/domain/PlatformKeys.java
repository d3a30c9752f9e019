package icc.platform.web.keys.domain;

import icc.platform.crypto.custody.MasterKey;
import icc.platform.crypto.pki.PlatformCa;
import icc.platform.crypto.signature.SignatureVerifier;
import icc.platform.crypto.signature.TimestampSource;
import java.security.SecureRandom;

/**
 * The platform's own keys: the master key that wraps organisation private keys, the CA that
 * certifies them, the RFC 3161 time-stamping authority, and a verifier that trusts only that CA.
 */
public interface PlatformKeys {

  MasterKey masterKey();

  PlatformCa ca();

  TimestampSource tsa();

  SignatureVerifier verifier();

  SecureRandom random();
}
