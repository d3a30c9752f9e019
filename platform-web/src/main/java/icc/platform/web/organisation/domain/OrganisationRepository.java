package icc.platform.web.organisation.domain;

import java.util.List;
import java.util.Optional;

/** The registry of organisations. */
public interface OrganisationRepository {

  Optional<Organisation> findByCode(OrganisationCode code);

  /** The organisation whose realm issues tokens with exactly this {@code iss}, if registered. */
  Optional<Organisation> findByIssuer(String issuer);

  /** Every organisation, States first then the others, each group by name. */
  List<Organisation> findAll();

  void add(Organisation organisation);
}
