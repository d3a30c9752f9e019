package icc.platform.web.shared;

import java.security.SecureRandom;

/**
 * One-time passwords handed to a person through a separate channel (a new State's first
 * administrator, a new or reset account): 16 characters from an alphabet without look-alikes
 * (no 0/O, 1/l/I), which Keycloak makes its owner replace at first login.
 */
public final class OneTimePassword {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  private static final int LENGTH = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimePassword() {}

  public static String generate() {
    StringBuilder password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
