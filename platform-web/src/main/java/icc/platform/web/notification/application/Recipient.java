package icc.platform.web.notification.application;

/** A person a mail can go to: user name in the organisation's realm and a verified address. */
public record Recipient(String username, String email) {}
