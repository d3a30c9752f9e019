package icc.platform.web.exchange.domain;

import java.util.Set;

/**
 * Who may see and do what in a thread (DESIGN.md section 2, "rules that never bend"):
 *
 * <ul>
 *   <li>Content is visible only to participant organisations. To anybody else a thread does not
 *       exist (404), whatever their role.
 *   <li>Within a participant State: a {@code focal-point} sees and acts on all its organisation's
 *       threads; an {@code officer} only the threads a focal point of its organisation added them
 *       to (then reads and writes); an {@code observer} reads its organisation's threads and
 *       writes nothing.
 *   <li>For the Court, a {@code court-requester} acts for {@code COURT} like a focal point.
 *   <li>{@code state-admin}, {@code court-admin}, {@code court-analyst}, {@code platform-admin}
 *       and {@code auditor} never get content: 403, before anything about the thread is looked
 *       up.
 * </ul>
 *
 * A person holding several roles gets the widest access among them.
 */
public final class ThreadAccess {

  public static final String FOCAL_POINT = "focal-point";
  public static final String OFFICER = "officer";
  public static final String OBSERVER = "observer";
  public static final String COURT_REQUESTER = "court-requester";

  /** Roles that may see content at all (subject to participation). */
  public static final Set<String> CONTENT_ROLES = Set.of(FOCAL_POINT, OFFICER, OBSERVER, COURT_REQUESTER);

  /** What a viewer may do in one thread. */
  public enum Level {
    NONE,
    READ,
    WRITE,
    /** Everything WRITE allows, plus adding participants and members and asking consent. */
    MANAGE;

    public boolean atLeast(Level other) {
      return compareTo(other) >= 0;
    }
  }

  private ThreadAccess() {}

  /** Refuses (403) a viewer whose roles never give access to content. */
  public static void requireContentRole(Viewer viewer) {
    if (CONTENT_ROLES.stream().noneMatch(viewer::has)) {
      throw new ExchangeException.Forbidden(
          "Your role does not give access to the content of exchanges");
    }
  }

  /** Whether the viewer may open new threads on behalf of its organisation. */
  public static boolean mayOpenThreads(Viewer viewer) {
    return viewer.has(FOCAL_POINT) || viewer.has(COURT_REQUESTER);
  }

  /** The viewer's access to a thread with these participants and members. */
  public static Level of(Viewer viewer, ExchangeThread thread) {
    if (!thread.hasParticipant(viewer.organisationCode())) {
      return Level.NONE;
    }
    if (viewer.has(FOCAL_POINT) || viewer.has(COURT_REQUESTER)) {
      return Level.MANAGE;
    }
    if (viewer.has(OFFICER) && thread.hasMember(viewer.organisationCode(), viewer.username())) {
      return Level.WRITE;
    }
    if (viewer.has(OBSERVER)) {
      return Level.READ;
    }
    return Level.NONE;
  }

  /**
   * The viewer's access, or the exception to answer with: 403 for a role that never sees
   * content, 404 when the thread is not visible to this viewer (never revealing it exists), 403
   * when it is visible but the action needs more than the viewer has.
   */
  public static Level require(Viewer viewer, ExchangeThread thread, Level needed) {
    requireContentRole(viewer);
    Level level = of(viewer, thread);
    if (level == Level.NONE) {
      throw new ExchangeException.NotFound("thread");
    }
    if (!level.atLeast(needed)) {
      throw new ExchangeException.Forbidden(
          switch (needed) {
            case MANAGE -> "Only a focal point (or, for the Court, a requester) of a participant organisation may do this";
            default -> "Your role lets you read this thread but not write to it";
          });
    }
    return level;
  }
}
