package icc.platform.web.profile.application;

import icc.platform.web.audit.application.AuditTrail;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditObject;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.library.domain.EntryVersion;
import icc.platform.web.library.domain.LibraryRepository;
import icc.platform.web.library.domain.Visibility;
import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationKind;
import icc.platform.web.organisation.domain.OrganisationRepository;
import icc.platform.web.profile.domain.CountryProfile;
import icc.platform.web.profile.domain.ProfileCodec;
import icc.platform.web.profile.domain.ProfileContent;
import icc.platform.web.profile.domain.ProfileException;
import icc.platform.web.profile.domain.ProfileRepository;
import icc.platform.web.profile.domain.ProfileVersion;
import icc.platform.web.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Country profiles: every organisation reads them; a State's focal points (and its
 * administrators) edit their own State's only. Each save is a new version, recorded in the audit
 * trail in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ProfileService {

  @Inject ProfileRepository profiles;
  @Inject ProfileCodec codec;
  @Inject OrganisationRepository organisations;
  @Inject LibraryRepository library;
  @Inject AuditTrail trail;

  /** Every registered State, with its focal points as its current profile lists them. */
  public List<ProfileViews.DirectoryItem> directory() {
    Instant now = Instant.now();
    List<ProfileViews.DirectoryItem> items = new ArrayList<>();
    for (Organisation state : states()) {
      String code = state.code().value();
      Optional<CountryProfile> profile = profiles.find(code);
      ProfileContent content = profile.flatMap(p -> profiles.version(code, p.currentVersion()))
          .map(v -> codec.read(v.content()))
          .orElseGet(ProfileContent::empty);
      items.add(new ProfileViews.DirectoryItem(
          code, state.name(), profile.map(CountryProfile::currentVersion).orElse(0),
          content.focalPoints(), content.channel(), content.requestLanguages(),
          profile.map(CountryProfile::lastConfirmedAt).orElse(null),
          profile.map(p -> p.confirmationDue(now)).orElse(true)));
    }
    return items;
  }

  public ProfileViews.Profile profile(Caller caller, String stateCode) {
    Organisation state = state(stateCode);
    String code = state.code().value();
    Optional<CountryProfile> profile = profiles.find(code);
    if (profile.isEmpty()) {
      return view(caller, state, null, null);
    }
    return view(caller, state, profile.get(), profiles.version(code, profile.get().currentVersion()).orElse(null));
  }

  public ProfileViews.Profile version(Caller caller, String stateCode, int number) {
    Organisation state = state(stateCode);
    String code = state.code().value();
    ProfileVersion version = profiles.version(code, number)
        .orElseThrow(() -> new ProfileException.NotFound("No version " + number + " of this profile"));
    return view(caller, state, profiles.find(code).orElse(null), version);
  }

  public List<ProfileViews.VersionSummary> versions(String stateCode) {
    Organisation state = state(stateCode);
    return profiles.versions(state.code().value()).stream()
        .map(v -> new ProfileViews.VersionSummary(v.number(), v.editorName(), v.editedAt()))
        .toList();
  }

  /**
   * Refuses (403) a caller who may not edit this State's profile, before anything looks at the
   * body: another State's focal point learns nothing from a validation message.
   */
  public void checkEditor(Caller caller, String stateCode) {
    requireEditor(caller, state(stateCode).code().value());
  }

  /** Saves a new version of the caller's own State's profile. */
  public ProfileViews.Profile update(Caller caller, String stateCode, ProfileContent content, String from) {
    Organisation state = state(stateCode);
    String code = state.code().value();
    requireEditor(caller, code);
    for (Long id : content.procedureEntries()) {
      if (linkable(id).isEmpty()) {
        throw new ProfileException.InvalidInput(
            "procedureEntries", "library entry " + id + " is not published for all organisations");
      }
    }
    Instant now = Instant.now();
    Optional<CountryProfile> existing = profiles.findForUpdate(code);
    CountryProfile profile = existing.orElseGet(() -> new CountryProfile(code));
    ProfileVersion version = profile.edit(codec.write(content), editor(caller), now);
    if (existing.isEmpty()) {
      profiles.add(profile);
    }
    profiles.addVersion(version);
    trail.record(
        AuditEvent.of(AuditAction.PROFILE_UPDATE, AuditOutcome.SUCCESS, Actor.of(caller))
            .about(new AuditObject("country-profile", code + "/v" + version.number()))
            .from(from)
            .build());
    return view(caller, state, profile, version);
  }

  /** Confirms that the caller's own State's profile is still current (the yearly review). */
  public ProfileViews.Profile confirm(Caller caller, String stateCode, String from) {
    Organisation state = state(stateCode);
    String code = state.code().value();
    requireEditor(caller, code);
    CountryProfile profile = profiles.findForUpdate(code)
        .orElseThrow(() -> new ProfileException.NotFound("The profile has no version yet: save it first"));
    profile.confirm(editor(caller), Instant.now());
    trail.record(
        AuditEvent.of(AuditAction.PROFILE_CONFIRM, AuditOutcome.SUCCESS, Actor.of(caller))
            .about(new AuditObject("country-profile", code + "/v" + profile.currentVersion()))
            .from(from)
            .build());
    return view(caller, state, profile, profiles.version(code, profile.currentVersion()).orElse(null));
  }

  private static void requireEditor(Caller caller, String code) {
    if (!CountryProfile.mayEdit(caller.organisationCode(), caller.roles(), code)) {
      throw new ProfileException.Forbidden(
          "Only the focal points and administrators of " + code + " edit its country profile");
    }
  }

  private Optional<EntryVersion> linkable(long id) {
    return library.findEntry(id).flatMap(e -> e.current()).filter(v -> v.visibility() != Visibility.COURT_ONLY);
  }

  private ProfileViews.Profile view(Caller caller, Organisation state, CountryProfile profile, ProfileVersion version) {
    ProfileContent content = version == null ? ProfileContent.empty() : codec.read(version.content());
    List<ProfileViews.EntryLink> links = new ArrayList<>();
    for (Long id : content.procedureEntries()) {
      linkable(id).ifPresent(v -> links.add(new ProfileViews.EntryLink(id, v.title())));
    }
    String code = state.code().value();
    return new ProfileViews.Profile(
        code, state.name(),
        version == null ? 0 : version.number(),
        version == null ? null : version.editorName(),
        version == null ? null : version.editedAt(),
        profile == null ? null : profile.lastConfirmedAt(),
        profile == null ? null : profile.lastConfirmedBy(),
        profile == null || profile.confirmationDue(Instant.now()),
        CountryProfile.mayEdit(caller.organisationCode(), caller.roles(), code),
        content, links);
  }

  private static CountryProfile.Editor editor(Caller caller) {
    return new CountryProfile.Editor(caller.realm(), caller.subject(), caller.username());
  }

  private Organisation state(String stateCode) {
    OrganisationCode code;
    try {
      code = OrganisationCode.parse(stateCode);
    } catch (IllegalArgumentException e) {
      throw new ProfileException.NotFound("No State " + stateCode);
    }
    return organisations.findByCode(code)
        .filter(o -> o.kind() == OrganisationKind.STATE)
        .orElseThrow(() -> new ProfileException.NotFound("No State " + stateCode + " on the platform"));
  }

  private List<Organisation> states() {
    return organisations.findAll().stream().filter(o -> o.kind() == OrganisationKind.STATE).toList();
  }
}
