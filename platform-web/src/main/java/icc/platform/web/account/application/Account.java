package icc.platform.web.account.application;

import java.util.List;

/** A person's account in an organisation's realm, as its administrator sees it (no secrets). */
public record Account(
    String id, String username, String firstName, String lastName, String email, boolean enabled, List<String> roles) {}
