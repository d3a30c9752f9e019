package icc.platform.web.account.application;

/** An account operation refused as asked; the message says what to change. */
public class AccountRequestException extends RuntimeException {

  public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

  private final Kind kind;

  public AccountRequestException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
