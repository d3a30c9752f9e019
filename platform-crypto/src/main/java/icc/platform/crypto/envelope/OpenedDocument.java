package icc.platform.crypto.envelope;

import icc.platform.crypto.signature.VerifiedSignature;
import java.nio.file.Path;

/** A decrypted and verified document, now at {@code file}. */
public record OpenedDocument(Path file, long length, VerifiedSignature signature) {}
