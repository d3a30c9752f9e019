package icc.platform.web.organisation.infrastructure;

import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationKind;
import icc.platform.web.organisation.domain.OrganisationRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The start page's list of organisations a person can log in with. */
@Named
@RequestScoped
public class OrganisationChoice {

  @Inject OrganisationRepository organisations;

  private List<Organisation> all;

  public List<Organisation> getStates() {
    return active().stream().filter(o -> o.kind() == OrganisationKind.STATE).toList();
  }

  public List<Organisation> getOthers() {
    return active().stream().filter(o -> o.kind() != OrganisationKind.STATE).toList();
  }

  private List<Organisation> active() {
    if (all == null) {
      all = organisations.findAll().stream().filter(Organisation::isActive).toList();
    }
    return all;
  }
}
