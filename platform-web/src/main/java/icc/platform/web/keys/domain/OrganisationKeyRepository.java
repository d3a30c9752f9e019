package icc.platform.web.keys.domain;

import java.util.List;

/** The stored keys of organisations. */
public interface OrganisationKeyRepository {

  /** Every key of the organisation, newest generation first within each purpose. */
  List<OrganisationKey> keysOf(String organisationCode);

  /** Inserts; fails if that generation already exists (another node enrolled first). */
  void add(OrganisationKey key);
}
