package icc.platform.crypto;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The JCA providers this library hands explicitly to Bouncy Castle's builders. We never call
 * {@code Security.addProvider}: a provider registered JVM-wide by an application survives a
 * redeploy with a stale class loader, which is a known failure on application servers.
 */
public final class CryptoProviders {
  /** One Bouncy Castle provider instance for the whole library (it is thread-safe). */
  public static final Provider BC = new BouncyCastleProvider();

  private CryptoProviders() {}
}
