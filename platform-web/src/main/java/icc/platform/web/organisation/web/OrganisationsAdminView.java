package icc.platform.web.organisation.web;

import icc.platform.web.organisation.application.OnboardingRefusedException;
import icc.platform.web.organisation.application.OrganisationAdministration;
import icc.platform.web.organisation.application.OrganisationAdministration.OnboardedState;
import icc.platform.web.organisation.application.OrganisationNotFoundException;
import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationRepository;
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
 * Backing bean of {@code /app/admin/organisations.xhtml}, for platform administrators only: the
 * page declares its role here and refuses everybody else with 403.
 */
@Named
@RequestScoped
public class OrganisationsAdminView {

  @Inject SessionView session;
  @Inject OrganisationRepository registry;
  @Inject OrganisationAdministration administration;

  private String code;
  private String name;
  private boolean partyToStatute = true;
  private OnboardedState onboarded;

  @PostConstruct
  void requirePlatformAdmin() {
    PageRoles.requireAny(session.getCaller(), UiText.of("organisations", "refused.notPlatformAdministrator"), PlatformRole.PLATFORM_ADMIN_NAME);
  }

  public List<Organisation> getOrganisations() {
    return registry.findAll();
  }

  public void onboard() {
    try {
      onboarded = administration.onboardState(code, name, partyToStatute, session.getCaller());
      message(FacesMessage.SEVERITY_INFO, UiText.of("organisations", "done.onboarded", onboarded.name(), onboarded.realm()));
      code = null;
      name = null;
    } catch (OnboardingRefusedException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  public void suspend(String organisationCode) {
    try {
      administration.suspend(organisationCode, session.getCaller());
      message(FacesMessage.SEVERITY_INFO, UiText.of("organisations", "done.suspended", organisationCode));
    } catch (OnboardingRefusedException | OrganisationNotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  public void reinstate(String organisationCode) {
    try {
      administration.reinstate(organisationCode, session.getCaller());
      message(FacesMessage.SEVERITY_INFO, UiText.of("organisations", "done.reinstated", organisationCode));
    } catch (OrganisationNotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isPartyToStatute() {
    return partyToStatute;
  }

  public void setPartyToStatute(boolean partyToStatute) {
    this.partyToStatute = partyToStatute;
  }

  public OnboardedState getOnboarded() {
    return onboarded;
  }
}
