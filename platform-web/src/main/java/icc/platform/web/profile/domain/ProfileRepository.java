package icc.platform.web.profile.domain;

import java.util.List;
import java.util.Optional;

/** Country profiles and their versions. */
public interface ProfileRepository {

  Optional<CountryProfile> find(String stateCode);

  /** The profile locked for update, so that two edits cannot take the same version number. */
  Optional<CountryProfile> findForUpdate(String stateCode);

  List<CountryProfile> findAll();

  void add(CountryProfile profile);

  void addVersion(ProfileVersion version);

  Optional<ProfileVersion> version(String stateCode, int number);

  /** Versions of a profile, newest first. */
  List<ProfileVersion> versions(String stateCode);
}
