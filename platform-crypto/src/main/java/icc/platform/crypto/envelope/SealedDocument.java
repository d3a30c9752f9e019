package icc.platform.crypto.envelope;

/**
 * What sealing a document produced besides the encrypted content: the key envelope (DER CMS
 * AuthEnvelopedData), the detached timestamped signature (DER CMS SignedData), the plaintext
 * SHA-256 and length. The platform stores these next to the encrypted content.
 */
public record SealedDocument(byte[] keyEnvelope, byte[] signature, byte[] plaintextSha256, long plaintextLength) {}
