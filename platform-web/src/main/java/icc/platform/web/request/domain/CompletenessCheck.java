package icc.platform.web.request.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a request still lacks before it can go out, per type: the six elements of art. 96(2) for
 * every request, plus what each kind of assistance needs to be executable (DESIGN.md section 6:
 * "A completeness check per type blocks submission of an incomplete request"). Run live while
 * drafting and again on submission. An empty list means complete.
 */
public final class CompletenessCheck {

  private CompletenessCheck() {}

  /**
   * @param content normalised content
   * @param requestedByCourt whether the Court is the requesting side (then it names its situation)
   * @param today the requester's today, for the deadline and dates
   */
  public static List<Finding> check(RequestContent content, boolean requestedByCourt, LocalDate today) {
    List<Finding> f = new ArrayList<>(content.identifierFindings(today));
    RequestType type = content.type();

    // Art. 96(2)(a): purpose and assistance sought, with legal basis and grounds.
    if (content.purpose().isBlank()) {
      f.add(new Finding("purpose", "Say what the request is for and which assistance you seek, with the grounds", "art. 96(2)(a)"));
    }
    if (content.legalBasis().isBlank()) {
      f.add(new Finding("legalBasis", "Name the articles the request relies on, e.g. 93(1)(k), 57(3)(e)", "art. 96(2)(a)"));
    }
    if (requestedByCourt && content.situationRef().isBlank()) {
      f.add(new Finding("situationRef", "Give the situation the request is made in, e.g. ICC-01/04", "art. 96(2)(a)"));
    }
    // Art. 96(2)(c): the essential facts.
    if (content.facts().isBlank()) {
      f.add(new Finding("facts", "Summarise the essential facts underlying the request", "art. 96(2)(c)"));
    }
    if (content.deadline() == null) {
      f.add(new Finding("deadline", "Give the date by which execution is sought", "art. 96(2)(f)"));
    } else if (!content.deadline().isAfter(today)) {
      f.add(new Finding("deadline", "must be a date in the future", "art. 96(2)(f)"));
    }
    if (type == RequestType.OTHER) {
      if (content.otherAssistance().isBlank()) {
        f.add(new Finding("otherAssistance", "Describe the assistance you seek: the type OTHER covers any assistance not"
            + " prohibited by the requested State's law, which it must be able to recognise", "art. 93(1)(l)"));
      }
    } else if (!content.otherAssistance().isBlank()) {
      f.add(new Finding("otherAssistance", "Only a request of type OTHER describes its assistance here; choose OTHER or"
          + " clear this field", "art. 93(1)(l)"));
    }

    // Art. 96(2)(b): as much detail as possible to find or identify a person.
    if (type.isInquiry() || type.concernsPersons()) {
      boolean identified = content.subjects().stream().anyMatch(SubjectData::hasIdentifiers);
      if (content.subjects().isEmpty()) {
        f.add(new Finding("subjects", "Add the person or company whose " + (type.isInquiry() ? "assets are to be found" : "case this is")
            + ", with as many identifiers as you have", "art. 96(2)(b)"));
      } else if (!identified) {
        f.add(new Finding("subjects", "At least one subject needs identifiers beyond a name: date of birth, nationality or"
            + " passport number for a person; registration number or jurisdiction for a company", "art. 96(2)(b)"));
      }
    }
    for (int i = 0; i < content.subjects().size(); i++) {
      if (content.subjects().get(i).name().isBlank()) {
        f.add(new Finding("subjects[" + i + "].name", "Give the full name (person) or registered name (company)", "art. 96(2)(b)"));
      }
    }

    // Art. 93(1)(k) with 57(3)(e): freezing and seizure implement a Chamber decision on identified assets.
    if (type.isProtectiveMeasure()) {
      String measure = type == RequestType.FREEZE_ASSETS ? "freezing" : "seizure";
      if (content.assets().stream().noneMatch(AssetData::isIdentified)) {
        f.add(new Finding("assets", "A " + measure + " request needs at least one identified asset: an IBAN or account number"
            + " with its bank, a land or vehicle registry reference, an IMO or registration number, a wallet address with its"
            + " network", "art. 93(1)(k)"));
      }
      if (content.decisionRef().isBlank()) {
        f.add(new Finding("decisionRef", "Give the reference of the Chamber decision this " + measure + " implements",
            "art. 57(3)(e), 93(1)(k)"));
      }
      if (content.decisionDate() == null) {
        f.add(new Finding("decisionDate", "Give the date of the Chamber decision this " + measure + " implements",
            "art. 57(3)(e), 93(1)(k)"));
      }
      if (content.procedureNotes().isBlank()) {
        f.add(new Finding("procedureNotes", "Say which procedure to follow and how the rights of bona fide third parties are"
            + " to be respected", "art. 93(1)(k), 96(2)(d)"));
      }
    }
    if (type.isAssetMeasure()) {
      if (type.isInquiry() && content.subjects().isEmpty() && content.assets().isEmpty()) {
        f.add(new Finding("assets", "Name the assets you know of, or the subjects whose assets are sought", "art. 96(2)(b)"));
      }
    }
    for (int i = 0; i < content.assets().size(); i++) {
      AssetData a = content.assets().get(i);
      String p = "assets[" + i + "]";
      if (!a.isIdentified() && a.description().isBlank()) {
        f.add(new Finding(p, "Describe the asset or give its identifier (" + hint(a.kind()) + ")", "art. 96(2)(b)"));
      }
      if (a.estimatedValue() != null && a.currency() == null) {
        f.add(new Finding(p + ".currency", "Give the currency of the estimated value, e.g. EUR", "ISO 4217"));
      }
    }
    return f;
  }

  private static String hint(AssetKind kind) {
    return switch (kind) {
      case BANK_ACCOUNT -> "IBAN, or account number and bank";
      case REAL_ESTATE -> "land registry reference";
      case VEHICLE -> "registration or VIN";
      case VESSEL -> "IMO number";
      case AIRCRAFT -> "registration mark";
      case COMPANY_SHARES -> "company registry reference";
      case VIRTUAL_ASSET -> "address and network";
      case OTHER -> "a description";
    };
  }
}
