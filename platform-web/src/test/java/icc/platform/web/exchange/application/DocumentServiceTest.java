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
  void mediaTypes() {
    assertEquals("application/octet-stream", DocumentService.mediaType(null));
    assertEquals("application/pdf", DocumentService.mediaType(" Application/PDF; charset=x"));
    assertThrows(ExchangeException.InvalidInput.class, () -> DocumentService.mediaType("text/html<script>"));
    assertThrows(ExchangeException.InvalidInput.class, () -> DocumentService.mediaType("nonsense"));
  }
}
