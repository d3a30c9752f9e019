package icc.platform.web.request.api;

import icc.platform.web.exchange.domain.Classification;
import icc.platform.web.exchange.domain.HandlingCode;
import icc.platform.web.request.application.NewRequest;
import icc.platform.web.request.application.RequestDetails;
import icc.platform.web.request.application.RequestEntry;
import icc.platform.web.request.domain.ActionInput;
import icc.platform.web.request.domain.Asset;
import icc.platform.web.request.domain.AssetData;
import icc.platform.web.request.domain.AssetEvent;
import icc.platform.web.request.domain.AssetKind;
import icc.platform.web.request.domain.AssetReport;
import icc.platform.web.request.domain.AssetStatus;
import icc.platform.web.request.domain.Challenge;
import icc.platform.web.request.domain.ChallengeCode;
import icc.platform.web.request.domain.ChallengeInput;
import icc.platform.web.request.domain.CooperationRequest;
import icc.platform.web.request.domain.DeadlineExplanation;
import icc.platform.web.request.domain.Finding;
import icc.platform.web.request.domain.RequestContent;
import icc.platform.web.request.domain.RequestException;
import icc.platform.web.request.domain.RequestType;
import icc.platform.web.request.domain.Side;
import icc.platform.web.request.domain.Subject;
import icc.platform.web.request.domain.SubjectData;
import icc.platform.web.request.domain.SubjectKind;
import icc.platform.web.request.domain.Transition;
import icc.platform.web.request.domain.Urgency;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** JSON bodies and views of the requests API; all mapping between them and the domain is here. */
public final class RequestDtos {

  private RequestDtos() {}

  // --- bodies ---

  /** Body of POST /requests and PUT /requests/{id} (the latter ignores the thread and organisation fields). */
  public static class RequestBody {
    public String title;
    public String classification;
    public String handlingCode;
    public String handlingConditions;
    public List<String> requestedOrganisations;
    public String type;
    public String otherAssistance;
    public String legalBasis;
    public String situationRef;
    public String caseRef;
    public String decisionRef;
    public String decisionDate;
    public String requestingUnit;
    public String urgency;
    public String deadline;
    public String purpose;
    public String facts;
    public String procedureNotes;
    public String language;
    public List<SubjectBody> subjects;
    public List<AssetBody> assets;

    NewRequest command() {
      return new NewRequest(title, parse(Classification.class, "classification", classification),
          parse(HandlingCode.class, "handlingCode", handlingCode), handlingConditions, requestedOrganisations, content());
    }

    RequestContent content() {
      RequestType t = parse(RequestType.class, "type", type);
      if (t == null) {
        throw new RequestException.InvalidInput("type", "required: one of " + names(RequestType.class));
      }
      List<SubjectData> s = new ArrayList<>();
      for (int i = 0; subjects != null && i < subjects.size(); i++) {
        s.add(subjects.get(i) == null ? null : subjects.get(i).data("subjects[" + i + "]"));
      }
      List<AssetData> a = new ArrayList<>();
      for (int i = 0; assets != null && i < assets.size(); i++) {
        a.add(assets.get(i) == null ? null : assets.get(i).data("assets[" + i + "]"));
      }
      return new RequestContent(t, otherAssistance, legalBasis, situationRef, caseRef, decisionRef, date("decisionDate", decisionDate),
          requestingUnit, parse(Urgency.class, "urgency", urgency), date("deadline", deadline), purpose, facts, procedureNotes,
          language, s, a);
    }
  }

  public static class SubjectBody {
    public String kind;
    public String name;
    public String aliases;
    public String birthDate;
    public String birthPlace;
    public List<String> nationalities;
    public String documentNumbers;
    public String registrationNumber;
    public String jurisdiction;
    public String notes;

    SubjectData data(String path) {
      return new SubjectData(parse(SubjectKind.class, path + ".kind", kind), name, aliases, date(path + ".birthDate", birthDate),
          birthPlace, nationalities, documentNumbers, registrationNumber, jurisdiction, notes);
    }
  }

  public static class AssetBody {
    public String kind;
    public String description;
    public Integer holder;
    public String iban;
    public String accountNumber;
    public String bic;
    public String institution;
    public String registryReference;
    public String virtualAddress;
    public String virtualNetwork;
    public String country;
    public BigDecimal estimatedValue;
    public String currency;

    AssetData data(String path) {
      return new AssetData(parse(AssetKind.class, path + ".kind", kind), description, holder, iban, accountNumber, bic, institution,
          registryReference, virtualAddress, virtualNetwork, country, estimatedValue, currency);
    }
  }

  /** Body of POST /requests/{id}/actions. */
  public static class ActionBody {
    public String action;
    public String reason;
    public String date;
    public List<ChallengeBody> challenges;

    ActionInput input() {
      List<ChallengeInput> c = new ArrayList<>();
      for (int i = 0; challenges != null && i < challenges.size(); i++) {
        c.add(challenges.get(i) == null ? null : challenges.get(i).input("challenges[" + i + "]"));
      }
      return new ActionInput(reason, date("date", date), c);
    }
  }

  public static class ChallengeBody {
    public String code;
    public String details;
    public String assetId;

    ChallengeInput input(String path) {
      return new ChallengeInput(parse(ChallengeCode.class, path + ".code", code), details, assetId);
    }
  }

  /** Body of POST /requests/{id}/assets/{assetId}/reports. */
  public static class AssetReportBody {
    public String status;
    public String effectiveDate;
    public BigDecimal value;
    public String currency;
    public String executingAuthority;
    public String reportText;
    public String documentId;

    AssetReport report() {
      return new AssetReport(parse(AssetStatus.class, "status", status), date("effectiveDate", effectiveDate), value, currency,
          executingAuthority, reportText, documentId == null || documentId.isBlank() ? null : documentId);
    }
  }

  // --- views ---

  public record Summary(
      String id, String title, String type, String status, String sideState, String side, String requestingOrganisation,
      String requestedOrganisation, String requestGroup, String urgency, String deadline, String dueDate, String createdAt,
      String submittedAt, long ageDays, boolean overdue, String overdueSince, String handlingCode) {}

  public record SubjectView(
      String id, int position, String kind, String name, String aliases, String birthDate, String birthPlace,
      List<String> nationalities, String documentNumbers, String registrationNumber, String jurisdiction, String notes) {}

  public record EventView(
      String id, String status, String effectiveDate, BigDecimal value, String currency, String executingAuthority,
      String reportText, String documentId, String organisation, String username, String recordedAt) {}

  public record AssetView(
      String id, int position, String kind, String description, String holderId, String iban, String accountNumber, String bic,
      String institution, String registryReference, String virtualAddress, String virtualNetwork, String country,
      BigDecimal estimatedValue, String currency, String addedBySide, String status, String statusChangedAt,
      BigDecimal executedValue, String executedCurrency, String executingAuthority, List<EventView> events) {}

  public record TransitionView(
      String id, String action, String from, String to, String sideState, String reason, String date, String organisation,
      String username, String at, String signedSha256) {}

  public record ChallengeView(String id, String code, String details, String assetId, String transitionId, String organisation,
      String recordedAt) {}

  public record ExplanationView(String id, String reason, String newEstimate, String organisation, String recordedAt) {}

  public record RequestView(
      Summary summary, String classification, String otherAssistance, String legalBasis, String situationRef, String caseRef,
      String decisionRef, String decisionDate, String requestingUnit, String purpose, String facts, String procedureNotes,
      String language, String acknowledgedAt, String closedAt, String estimatedCompletion, String postponedUntil,
      List<SubjectView> subjects, List<AssetView> assets, List<TransitionView> timeline, List<ChallengeView> challenges,
      List<ExplanationView> deadlineExplanations, List<String> allowedActions, boolean mayReportAssets,
      List<Finding> completeness) {}

  public record Completeness(String id, boolean complete, List<Finding> findings) {}

  static Summary summary(RequestEntry e, Instant now) {
    CooperationRequest r = e.request();
    Instant since = r.submittedAt() != null ? r.submittedAt() : r.createdAt();
    return new Summary(r.id(), e.thread().subject(), r.type().name(), r.status().name(), name(r.sideState()), e.side().name(),
        r.requestingOrg(), r.requestedOrg(), e.side() == Side.REQUESTING ? r.requestGroup() : null, r.urgency().name(),
        text(r.deadline()), r.dueDate().map(LocalDate::toString).orElse(null), r.createdAt().toString(), text(r.submittedAt()),
        Duration.between(since, now).toDays(), r.isOverdue(), text(r.overdueSince()), e.thread().handlingCode().name());
  }

  static RequestView view(RequestDetails d, Instant now) {
    CooperationRequest r = d.request();
    List<SubjectView> subjects = r.subjects().stream().map(RequestDtos::subject).toList();
    List<AssetView> assets = r.assets().stream().map(a -> asset(a, d.assetEvents())).toList();
    return new RequestView(summary(new RequestEntry(r, d.thread(), d.side()), now), d.thread().classification().name(),
        r.content().otherAssistance(), r.content().legalBasis(), r.content().situationRef(), r.content().caseRef(),
        r.content().decisionRef(), text(r.content().decisionDate()), r.content().requestingUnit(), r.content().purpose(),
        r.content().facts(), r.content().procedureNotes(), r.content().language(), text(r.acknowledgedAt()), text(r.closedAt()),
        text(r.estimatedCompletion()), text(r.postponedUntil()), subjects, assets,
        d.transitions().stream().map(RequestDtos::transition).toList(),
        d.challenges().stream().map(RequestDtos::challenge).toList(),
        d.explanations().stream().map(RequestDtos::explanation).toList(),
        d.allowedActions().stream().map(Enum::name).toList(), d.mayReportAssets(), d.completeness());
  }

  static SubjectView subject(Subject s) {
    SubjectData d = s.data();
    return new SubjectView(s.id(), s.position(), d.kind().name(), d.name(), d.aliases(), text(d.birthDate()), d.birthPlace(),
        d.nationalities(), d.documentNumbers(), d.registrationNumber(), d.jurisdiction(), d.notes());
  }

  static AssetView asset(Asset a, List<AssetEvent> events) {
    return new AssetView(a.id(), a.position(), a.kind().name(), a.description(), a.subjectId(), a.iban(), a.accountNumber(), a.bic(),
        a.institution(), a.registryReference(), a.virtualAddress(), a.virtualNetwork(), a.country(), a.estimatedValue(), a.currency(),
        a.addedBySide().name(), a.status().name(), a.statusChangedAt().toString(), a.executedValue(), a.executedCurrency(),
        a.executingAuthority(), events.stream().filter(e -> e.assetId().equals(a.id())).map(RequestDtos::event).toList());
  }

  static EventView event(AssetEvent e) {
    return new EventView(e.id(), e.status().name(), e.effectiveDate().toString(), e.value(), e.currency(), e.executingAuthority(),
        e.reportText(), e.documentId(), e.recordedOrg(), e.recordedBy(), e.recordedAt().toString());
  }

  static TransitionView transition(Transition t) {
    return new TransitionView(t.id(), t.action().name(), t.fromStatus().name(), t.toStatus().name(), name(t.sideState()), t.reason(),
        text(t.newDate()), t.actorOrg(), t.actorUsername(), t.at().toString(),
        t.signedSha256() == null ? null : HexFormat.of().formatHex(t.signedSha256()));
  }

  static ChallengeView challenge(Challenge c) {
    return new ChallengeView(c.id(), c.code().name(), c.details(), c.assetId(), c.transitionId(), c.recordedOrg(),
        c.recordedAt().toString());
  }

  static ExplanationView explanation(DeadlineExplanation x) {
    return new ExplanationView(x.id(), x.reason(), x.newEstimate().toString(), x.recordedOrg(), x.recordedAt().toString());
  }

  // --- parsing ---

  /** An enum constant by name, any letter case, or 400 listing the accepted values; null when absent. */
  public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RequestException.InvalidInput(field, "one of " + names(type));
    }
  }

  static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new RequestException.InvalidInput(field, "a date as yyyy-mm-dd, e.g. 2027-01-31");
    }
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }
}
