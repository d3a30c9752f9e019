package icc.platform.it;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition instead of sleeping a fixed time: returns as soon as it holds, fails with
 * a message after the timeout, so a busy machine slows the test down instead of breaking it.
 */
final class Await {

  private static final Duration POLL = Duration.ofMillis(100);

  private Await() {}

  /** @return whether the condition held before the timeout */
  static boolean until(Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() >= deadline) {
        return false;
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
