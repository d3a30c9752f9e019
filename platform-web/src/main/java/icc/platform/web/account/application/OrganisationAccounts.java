package icc.platform.web.account.application;

import icc.platform.web.account.application.AccountRequestException.Kind;
import icc.platform.web.account.domain.AccountBlocks;
import icc.platform.web.audit.application.AuditTrail;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditObject;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.organisation.domain.OrganisationKind;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationRepository;
import icc.platform.web.security.Caller;
import icc.platform.web.security.PlatformRole;
import jakarta.enterprise.context.ApplicationScoped;
import icc.platform.web.shared.OneTimePassword;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an organisation's administrator does to its own accounts. The realm is always the
 * administrator's own, taken from the verified caller, never from the request: another realm's
 * accounts cannot even be named. Administrators grant the working roles of their kind of
 * organisation, not their own administrative role. Every change is audited in the same
 * transaction as the platform-side effect (the block list).
 */
@ApplicationScoped
public class OrganisationAccounts {

  /** The roles an administrator of each kind of organisation hands out. */
  static final Map<OrganisationKind, Set<String>> GRANTABLE =
      Map.of(
          OrganisationKind.STATE,
              Set.of(PlatformRole.FOCAL_POINT_NAME, PlatformRole.OFFICER_NAME, PlatformRole.OBSERVER_NAME),
          OrganisationKind.COURT,
              Set.of(PlatformRole.COURT_REQUESTER_NAME, PlatformRole.COURT_ANALYST_NAME));

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

  @Inject AccountDirectory directory;
  @Inject AccountBlocks blocks;
  @Inject OrganisationRepository organisations;
  @Inject AuditTrail audit;


  /** A new account and the one-time password to hand over. */
  public record NewAccount(Account account, String temporaryPassword) {}

  public List<Account> list(Caller admin) {
    return directory.list(realmOf(admin));
  }

  public Account get(Caller admin, String id) {
    return existing(realmOf(admin), id);
  }

  @Transactional
  public NewAccount create(Caller admin, String username, String firstName, String lastName, String email, String role) {
    String realm = realmOf(admin);
    String name = username == null ? "" : username.trim().toLowerCase();
    if (!USERNAME.matcher(name).matches()) {
      throw new AccountRequestException(Kind.INVALID, "username: 3 to 64 lower-case letters, digits, '.', '_' or '-'");
    }
    requireText("firstName", firstName);
    requireText("lastName", lastName);
    if (email == null || !EMAIL.matcher(email).matches()) {
      throw new AccountRequestException(Kind.INVALID, "email: give a valid e-mail address");
    }
    String grantedRole = grantable(admin, role);
    String password = OneTimePassword.generate();
    String id =
        directory
            .create(realm, name, firstName.strip(), lastName.strip(), email.strip(), password)
            .orElseThrow(() -> new AccountRequestException(Kind.CONFLICT, "username: " + name + " is already taken"));
    directory.setRealmRoles(realm, id, Set.of(grantedRole), Set.of());
    record(admin, AuditAction.ACCOUNT_CREATE, id, Map.of("username", name, "role", grantedRole));
    return new NewAccount(existing(realm, id), password);
  }

  @Transactional
  public Account setRoles(Caller admin, String id, List<String> roles) {
    String realm = realmOf(admin);
    Account account = existing(realm, id);
    Set<String> wanted = new HashSet<>();
    for (String role : roles == null ? List.<String>of() : roles) {
      wanted.add(grantable(admin, role));
    }
    Set<String> manageable = GRANTABLE.get(kindOf(admin));
    Set<String> revoked = new HashSet<>(manageable);
    revoked.removeAll(wanted);
    revoked.retainAll(account.roles());
    directory.setRealmRoles(realm, id, wanted, revoked);
    record(admin, AuditAction.ACCOUNT_ROLES, id, Map.of("username", account.username(), "roles", String.join(",", wanted.stream().sorted().toList())));
    return existing(realm, id);
  }

  /** Disables the account: the realm refuses its logins, the platform its tokens and sessions, at once. */
  @Transactional
  public Account disable(Caller admin, String id) {
    String realm = realmOf(admin);
    Account account = existing(realm, id);
    if (id.equals(admin.subject())) {
      throw new AccountRequestException(Kind.CONFLICT, "You cannot disable your own account");
    }
    blocks.block(admin.issuer(), id, admin.username());
    record(admin, AuditAction.ACCOUNT_DISABLE, id, Map.of("username", account.username()));
    directory.setEnabled(realm, id, false);
    directory.logout(realm, id);
    return existing(realm, id);
  }

  @Transactional
  public Account enable(Caller admin, String id) {
    String realm = realmOf(admin);
    Account account = existing(realm, id);
    blocks.unblock(admin.issuer(), id);
    record(admin, AuditAction.ACCOUNT_ENABLE, id, Map.of("username", account.username()));
    directory.setEnabled(realm, id, true);
    return existing(realm, id);
  }

  @Transactional
  public NewAccount resetPassword(Caller admin, String id) {
    String realm = realmOf(admin);
    Account account = existing(realm, id);
    String password = OneTimePassword.generate();
    record(admin, AuditAction.ACCOUNT_PASSWORD_RESET, id, Map.of("username", account.username()));
    directory.resetPassword(realm, id, password);
    directory.logout(realm, id);
    return new NewAccount(account, password);
  }

  private void record(Caller admin, AuditAction action, String id, Map<String, String> details) {
    AuditEvent.Builder event =
        AuditEvent.of(action, AuditOutcome.SUCCESS, Actor.of(admin)).about(new AuditObject("account", id));
    details.forEach(event::detail);
    audit.record(event.build());
  }

  private Account existing(String realm, String id) {
    if (id == null || id.isBlank() || id.length() > 64) {
      throw new AccountRequestException(Kind.NOT_FOUND, "No such account in your organisation");
    }
    return directory
        .find(realm, id)
        .orElseThrow(() -> new AccountRequestException(Kind.NOT_FOUND, "No such account in your organisation"));
  }

  private String grantable(Caller admin, String role) {
    Set<String> allowed = GRANTABLE.get(kindOf(admin));
    if (role == null || !allowed.contains(role)) {
      throw new AccountRequestException(Kind.INVALID, "role: one of " + allowed.stream().sorted().toList());
    }
    return role;
  }

  private OrganisationKind kindOf(Caller admin) {
    return organisations
        .findByCode(new OrganisationCode(admin.organisationCode()))
        .map(o -> o.kind())
        .filter(GRANTABLE::containsKey)
        .orElseThrow(() -> new AccountRequestException(Kind.FORBIDDEN, "Your organisation's accounts are not managed here"));
  }

  private String realmOf(Caller admin) {
    kindOf(admin);
    return admin.realm();
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isBlank() || value.length() > 100) {
      throw new AccountRequestException(Kind.INVALID, field + ": 1 to 100 characters");
    }
  }

}
