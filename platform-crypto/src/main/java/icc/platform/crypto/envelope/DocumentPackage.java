package icc.platform.crypto.envelope;

import icc.platform.crypto.MalformedDataException;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One file that carries everything needed to open a document offline (docs/crypto.md,
 * "Document package"):
 *
 * <pre>
 * magic    8 bytes  "ICCPKG" 0x00 0x01
 * u32 BE   length of the key envelope, then the key envelope (DER CMS AuthEnvelopedData)
 * u32 BE   length of the signature, then the signature (DER CMS SignedData, detached)
 * rest     the segmented encrypted content, to the end of the file
 * </pre>
 */
public record DocumentPackage(byte[] keyEnvelope, byte[] signature) {
  static final byte[] MAGIC = {'I', 'C', 'C', 'P', 'K', 'G', 0, 1};
  /** Envelopes and signatures are a few KiB; refuse absurd lengths before allocating. */
  static final int MAX_PART = 16 * 1024 * 1024;

  /** Writes the head then copies the encrypted content. */
  public void writeTo(OutputStream out, InputStream encryptedContent) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    d.write(MAGIC);
    d.writeInt(keyEnvelope.length);
    d.write(keyEnvelope);
    d.writeInt(signature.length);
    d.write(signature);
    encryptedContent.transferTo(out);
    d.flush();
  }

  /** Reads the head; {@code in} is left at the first byte of the encrypted content. */
  public static DocumentPackage readHead(InputStream in) throws IOException, MalformedDataException {
    byte[] m = in.readNBytes(MAGIC.length);
    if (!Arrays.equals(m, MAGIC)) {
      throw new MalformedDataException("not a document package (bad magic)");
    }
    return new DocumentPackage(part(in, "key envelope"), part(in, "signature"));
  }

  private static byte[] part(InputStream in, String what) throws IOException, MalformedDataException {
    byte[] l = in.readNBytes(4);
    if (l.length < 4) {
      throw new MalformedDataException("document package truncated before the " + what);
    }
    int n = ByteBuffer.wrap(l).getInt();
    if (n <= 0 || n > MAX_PART) {
      throw new MalformedDataException("bad " + what + " length " + Integer.toUnsignedString(n));
    }
    byte[] b = in.readNBytes(n);
    if (b.length < n) {
      throw new MalformedDataException("document package truncated in the " + what);
    }
    return b;
  }
}
