package icc.platform.web.library.domain;

import java.util.Objects;

/**
 * Someone reading or working on the library, with what their roles allow. The visibility rules
 * of the library are all here, so that a reviewer of "who can read an entry" finds them in one
 * place:
 *
 * <ul>
 *   <li>a published (approved) version is visible to every organisation, except that a {@link
 *       Visibility#COURT_ONLY} one is visible to the Court and to the organisation that owns the
 *       entry only;
 *   <li>unpublished versions (pending or rejected) are visible to the contributors of the owning
 *       organisation and to reviewers only; to anyone else the entry "is not there" (404);
 *   <li>only contributors of the owning organisation propose new versions; only reviewers decide,
 *       and never on a version they submitted themselves (four eyes).
 * </ul>
 *
 * @param person who they are
 * @param court whether they belong to the Court
 * @param contributor whether their role lets them contribute (State focal point, Court requester
 *     or administrator)
 * @param reviewer whether their role lets them moderate ({@code library-reviewer})
 */
public record Reader(Person person, boolean court, boolean contributor, boolean reviewer) {

  /** The organisation code of nobody: no registry code is empty, so it owns nothing. */
  private static final String NO_ORGANISATION = "";

  private static final Reader ANONYMOUS =
      new Reader(new Person(NO_ORGANISATION, "", "", "anonymous"), false, false, false);

  public Reader {
    Objects.requireNonNull(person, "person");
  }

  /**
   * Someone who has not signed in (the public pages and API): sees the published versions marked
   * {@link Visibility#PUBLIC} and nothing else, not even that other entries exist.
   */
  public static Reader anonymous() {
    return ANONYMOUS;
  }

  public boolean isAnonymous() {
    return NO_ORGANISATION.equals(person.organisationCode());
  }

  public String organisationCode() {
    return person.organisationCode();
  }

  /** Whether this reader may see the given approved content of an entry owned by {@code owner}. */
  public boolean maySeePublished(Visibility visibility, String owner) {
    if (isAnonymous()) {
      return visibility == Visibility.PUBLIC;
    }
    return switch (visibility) {
      case ALL_ORGANISATIONS, PUBLIC -> true;
      case COURT_ONLY -> court || organisationCode().equals(owner);
    };
  }

  /** Whether this reader may see the pending and rejected versions of an entry. */
  public boolean maySeeUnpublished(String owner) {
    return reviewer || (contributor && organisationCode().equals(owner));
  }

  /** Whether this reader may propose a new version of (or attach files to) an entry. */
  public boolean mayEdit(String owner) {
    return contributor && organisationCode().equals(owner);
  }
}
