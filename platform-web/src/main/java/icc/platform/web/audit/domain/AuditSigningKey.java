package icc.platform.web.audit.domain;

import icc.platform.crypto.transparency.NoteSigner;

/** The platform's key that signs the log's checkpoints, wherever it is kept. */
public interface AuditSigningKey {

  /** The log's origin line; also the key name of the signatures (C2SP tlog-checkpoint). */
  String origin();

  /** The note signer holding the private key. */
  NoteSigner signer();
}
