package icc.platform.web.profile.application;

import icc.platform.web.profile.domain.Channel;
import icc.platform.web.profile.domain.ProfileContent;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What the country-profile use cases return. */
public final class ProfileViews {

  private ProfileViews() {}

  /**
   * A profile as read: version 0 with empty content for a State that has not written one yet.
   *
   * @param procedureLinks the linked library entries that are published for all, with titles
   */
  public record Profile(
      String stateCode,
      String stateName,
      int version,
      String editedBy,
      Instant editedAt,
      Instant lastConfirmedAt,
      String lastConfirmedBy,
      boolean confirmationDue,
      boolean mayEdit,
      ProfileContent content,
      List<EntryLink> procedureLinks) {}

  /** A link to a library entry. */
  public record EntryLink(long entryId, String title) {}

  /** One line of a profile's history. */
  public record VersionSummary(int version, String editedBy, Instant editedAt) {}

  /** One State in the directory of focal points. */
  public record DirectoryItem(
      String stateCode,
      String stateName,
      int version,
      List<ProfileContent.Contact> focalPoints,
      Channel channel,
      Set<String> requestLanguages,
      Instant lastConfirmedAt,
      boolean confirmationDue) {}
}
