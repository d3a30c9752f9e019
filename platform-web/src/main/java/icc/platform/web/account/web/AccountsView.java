package icc.platform.web.account.web;

import icc.platform.web.account.application.Account;
import icc.platform.web.account.application.AccountRequestException;
import icc.platform.web.account.application.OrganisationAccounts;
import icc.platform.web.account.application.OrganisationAccounts.NewAccount;
import icc.platform.web.security.PlatformRole;
import icc.platform.web.security.web.PageRoles;
import icc.platform.web.security.web.SessionView;
import icc.platform.web.shared.i18n.UiText;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backing bean of {@code /app/accounts.xhtml}: an organisation's administrator manages its own
 * accounts. Declares its roles here and refuses everybody else with 403.
 */
@Named
@RequestScoped
public class AccountsView {

  @Inject SessionView session;
  @Inject OrganisationAccounts accounts;

  private String username;
  private String firstName;
  private String lastName;
  private String email;
  private String role;
  private NewAccount handOver;
  private List<Account> list;

  @PostConstruct
  void requireAdministrator() {
    PageRoles.requireAny(session.getCaller(), UiText.of("accounts", "refused.notAdministrator"), PlatformRole.STATE_ADMIN_NAME, PlatformRole.COURT_ADMIN_NAME);
  }

  public List<Account> getAccounts() {
    if (list == null) {
      list = accounts.list(session.getCaller());
    }
    return list;
  }

  public List<String> getRoles() {
    return session.getCaller().hasRole(PlatformRole.STATE_ADMIN_NAME)
        ? List.of(PlatformRole.FOCAL_POINT_NAME, PlatformRole.OFFICER_NAME, PlatformRole.OBSERVER_NAME)
        : List.of(PlatformRole.COURT_REQUESTER_NAME, PlatformRole.COURT_ANALYST_NAME);
  }

  public void create() {
    run(() -> {
      handOver = accounts.create(session.getCaller(), username, firstName, lastName, email, role);
      info(UiText.of("accounts", "done.created", handOver.account().username()));
      username = firstName = lastName = email = null;
    });
  }

  public void disable(String id) {
    run(() -> info(UiText.of("accounts", "done.disabled", accounts.disable(session.getCaller(), id).username())));
  }

  public void enable(String id) {
    run(() -> info(UiText.of("accounts", "done.enabled", accounts.enable(session.getCaller(), id).username())));
  }

  public void resetPassword(String id) {
    run(() -> {
      handOver = accounts.resetPassword(session.getCaller(), id);
      info(UiText.of("accounts", "done.newPassword", handOver.account().username()));
    });
  }

  private void run(Runnable action) {
    try {
      action.run();
      list = null;
    } catch (AccountRequestException e) {
      FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public NewAccount getHandOver() {
    return handOver;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
