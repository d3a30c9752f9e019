package icc.platform.web.exchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import icc.platform.web.exchange.domain.ExchangeException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The upload limit and media-type checks, which run before and while a body streams in. */
class DocumentServiceTest {

  @Test
  void theLimitStopsTheStreamAsSoonAsItIsPassed() throws Exception {
    InputStream in = new DocumentService.LimitedInputStream(new ByteArrayInputStream(new byte[100]), 64);
    byte[] buffer = new byte[32];
    assertEquals(32, in.read(buffer));
    assertEquals(32, in.read(buffer));
    assertThrows(ExchangeException.TooLarge.class, () -> in.read(buffer));
  }

  @Test
  void exactlyTheLimitPasses() throws Exception {
    InputStream in = new DocumentService.LimitedInputStream(new ByteArrayInputStream(new byte[64]), 64);
    assertEquals(64, in.readAllBytes().length);
  }

  @Test
  void downloadsAreWrittenInLargeStepsAndCompletely() throws Exception {
    byte[] content = new byte[3 * DocumentService.COPY_BUFFER + 17];
    new java.util.Random(3).nextBytes(content);
    java.util.List<Integer> writes = new java.util.ArrayList<>();
    java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream() {
      @Override
      public synchronized void write(byte[] b, int off, int len) {
        writes.add(len);
        super.write(b, off, len);
      }
    };
    // A source that hands out at most 8 KiB per read, as a file or socket stream may.
    InputStream trickle = new java.io.FilterInputStream(new ByteArrayInputStream(content)) {
      @Override
      public int read(byte[] b, int off, int len) throws java.io.IOException {
        return super.read(b, off, Math.min(len, 8192));
      }
    };
    assertEquals(content.length, DocumentService.copy(trickle, received));
    org.junit.jupiter.api.Assertions.assertArrayEquals(content, received.toByteArray());
    assertEquals(java.util.List.of(DocumentService.COPY_BUFFER, DocumentService.COPY_BUFFER, DocumentService.COPY_BUFFER, 17), writes);
  }

  @Test
  void mediaTypes() {
    assertEquals("application/octet-stream", DocumentService.mediaType(null));
    assertEquals("application/pdf", DocumentService.mediaType(" Application/PDF; charset=x"));
    assertThrows(ExchangeException.InvalidInput.class, () -> DocumentService.mediaType("text/html<script>"));
    assertThrows(ExchangeException.InvalidInput.class, () -> DocumentService.mediaType("nonsense"));
  }
}
