package icc.platform.web.account.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The accounts of one realm in the identity provider. Every call names the realm explicitly. */
public interface AccountDirectory {

  List<Account> list(String realm);

  Optional<Account> find(String realm, String id);

  /** Creates an enabled account with a temporary password; returns its id, or empty if the user name is taken. */
  Optional<String> create(String realm, String username, String firstName, String lastName, String email, String temporaryPassword);

  void setRealmRoles(String realm, String id, Set<String> granted, Set<String> revoked);

  void setEnabled(String realm, String id, boolean enabled);

  void resetPassword(String realm, String id, String temporaryPassword);

  /** Ends the account's open sessions in the realm. */
  void logout(String realm, String id);
}
