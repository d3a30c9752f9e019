package icc.platform.web.request.infrastructure;

import icc.platform.web.exchange.application.Requester;
import icc.platform.web.exchange.domain.ExchangeId;
import icc.platform.web.request.application.NewRequest;
import icc.platform.web.request.application.RequestService;
import icc.platform.web.request.domain.ActionInput;
import icc.platform.web.request.domain.AssetData;
import icc.platform.web.request.domain.AssetKind;
import icc.platform.web.request.domain.AssetReport;
import icc.platform.web.request.domain.AssetStatus;
import icc.platform.web.request.domain.ChallengeCode;
import icc.platform.web.request.domain.ChallengeInput;
import icc.platform.web.request.domain.CooperationRequest;
import icc.platform.web.request.domain.RequestAction;
import icc.platform.web.request.domain.RequestContent;
import icc.platform.web.request.domain.RequestRepository;
import icc.platform.web.request.domain.RequestType;
import icc.platform.web.request.domain.SubjectData;
import icc.platform.web.request.domain.SubjectKind;
import icc.platform.web.request.domain.Urgency;
import icc.platform.web.security.Caller;
import icc.platform.web.shared.PlatformConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo requests for development and test stacks ({@code platform.demo-data}), made through the
 * application service (signed, audited) as the demo users would: the Court's tracing request to
 * the Netherlands and France (journey 2) at different stages, a freezing request awaiting Senegal,
 * one declined by Argentina with challenge codes, one executed seizure, a draft, and a request of
 * the Netherlands to the Court (art. 93(10)). Only when there are no requests yet.
 */
@Singleton
@Startup
@DependsOn("RegistryBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RequestDemoData {

  private static final System.Logger LOG = System.getLogger(RequestDemoData.class.getName());

  @Inject PlatformConfig config;
  @Inject RequestRepository requests;
  @Inject RequestService service;

  @PostConstruct
  void seed() {
    if (!config.demoData()) {
      return;
    }
    try {
      if (requests.count() > 0) {
        return;
      }
      load();
    } catch (RuntimeException e) {
      // Demo data must never stop the platform from starting.
      LOG.log(Level.WARNING, "Demo cooperation requests could not be loaded", e);
    }
  }

  private void load() {
    Requester otp = person("COURT", "court", "otp.investigator", "court-requester");
    Requester clerk = person("COURT", "court", "registry.clerk", "court-requester");
    Requester nl = person("NL", "state-nl", "focal.nl", "focal-point");
    Requester fr = person("FR", "state-fr", "focal.fr", "focal-point");
    Requester ar = person("AR", "state-ar", "focal.ar", "focal-point");
    LocalDate today = service.today();

    // Journey 2: tracing the assets of a suspect in the Netherlands and France (one group).
    List<CooperationRequest> tracing = service.create(otp, new NewRequest("Tracing the assets of M. Exemple", null, null, null,
        List.of("NL", "FR"), tracing(today)));
    String toNl = tracing.get(0).id();
    String toFr = tracing.get(1).id();
    act(clerk, toNl, RequestAction.SUBMIT, "", null);
    act(clerk, toFr, RequestAction.SUBMIT, "", null);
    act(nl, toNl, RequestAction.ACKNOWLEDGE, "", null);
    act(nl, toNl, RequestAction.START, "", null);
    act(nl, toNl, RequestAction.REQUEST_CLARIFICATION, "Please give the registration number of Exemple Holdings B.V.", null);
    act(otp, toNl, RequestAction.ANSWER_CLARIFICATION, "Chamber of Commerce number 12345678.", null);
    var nlView = service.read(nl, new ExchangeId(toNl));
    service.reportAsset(nl, new ExchangeId(toNl), new ExchangeId(nlView.request().assets().get(0).id()), new AssetReport(
        AssetStatus.FROZEN, today.minusDays(1), new BigDecimal("184250.00"), "EUR", "Public Prosecution Service, Amsterdam",
        "Conservatory attachment ordered by the examining magistrate; the bank confirmed the freeze.", null));
    service.reportAsset(nl, new ExchangeId(toNl), new ExchangeId(nlView.request().assets().get(1).id()), new AssetReport(
        AssetStatus.IDENTIFIED, today, null, null, "", "Account identified at ING; balance being established.", null));
    act(fr, toFr, RequestAction.ACKNOWLEDGE, "", null);
    act(fr, toFr, RequestAction.START, "", null);
    service.recordChallenge(fr, new ExchangeId(toFr), new ChallengeInput(ChallengeCode.BANK_SECRECY,
        "The bank invokes professional secrecy for the third account until a judge orders disclosure.", null));
    act(fr, toFr, RequestAction.PROPOSE_CONDITIONS, "Freezing of the second account possible if the Court confirms that the"
        + " information will not be used in other proceedings without France's consent (art. 93(5)).", null);

    // A freezing request awaiting Senegal's acknowledgement.
    String toSn = service.create(otp, new NewRequest("Gel des avoirs : décision ICC-01/14-01/21-87", null, null, null, List.of("SN"),
        freezing(today))).get(0).id();
    act(clerk, toSn, RequestAction.SUBMIT, "", null);

    // Declined by Argentina, with challenge codes (art. 93(6)).
    String toAr = service.create(otp, new NewRequest("Identification of property of a company", null, null, null, List.of("AR"),
        identification(today))).get(0).id();
    act(clerk, toAr, RequestAction.SUBMIT, "", null);
    act(ar, toAr, RequestAction.ACKNOWLEDGE, "", null);
    service.act(ar, new ExchangeId(toAr), RequestAction.DECLINE, new ActionInput(
        "National law allows no identification of company assets on a foreign request without a domestic case.", null,
        List.of(new ChallengeInput(ChallengeCode.NO_DOMESTIC_PROCEDURE, "Law 26.200 art. 102 read with the Criminal Procedure Code", null),
            new ChallengeInput(ChallengeCode.INSUFFICIENT_IDENTIFIERS, "No tax number for the company", null))));

    // An executed seizure in the Netherlands.
    String seizure = service.create(otp, new NewRequest("Seizure of a vessel", null, null, null, List.of("NL"), seizure(today)))
        .get(0).id();
    act(clerk, seizure, RequestAction.SUBMIT, "", null);
    act(nl, seizure, RequestAction.ACKNOWLEDGE, "", null);
    act(nl, seizure, RequestAction.START, "", null);
    var seizureView = service.read(nl, new ExchangeId(seizure));
    service.reportAsset(nl, new ExchangeId(seizure), new ExchangeId(seizureView.request().assets().get(0).id()), new AssetReport(
        AssetStatus.SEIZED, today, new BigDecimal("2400000.00"), "EUR", "Public Prosecution Service, Rotterdam",
        "Vessel seized in the port of Rotterdam.", null));
    act(nl, seizure, RequestAction.REPORT_EXECUTED, "", null);

    // A draft of the OTP (other assistance, art. 93(1)(l)), still incomplete.
    service.create(otp, new NewRequest("Hearing of a bank officer by video link (draft)", null, null, null, List.of("JP"),
        new RequestContent(RequestType.OTHER, "", "", "ICC-01/04", "", "", null, "Office of the Prosecutor", Urgency.ROUTINE,
            null, "Hear the compliance officer of a bank by video link.", "", "", "en", List.of(), List.of())));

    // The Netherlands asks the Court for records (art. 93(10)).
    String toCourt = service.create(nl, new NewRequest("Records for a national war crimes investigation", null, null, null,
        List.of("COURT"), new RequestContent(RequestType.PROVIDE_RECORDS, "", "93(10)", "", "", "", null,
            "National Public Prosecutor's Office", Urgency.ROUTINE, today.plusDays(90),
            "Obtain the Court's records on a witness relevant to a national investigation of a serious crime.",
            "A Dutch resident is suspected of crimes within the Court's jurisdiction committed in 2014.", "", "en",
            List.of(), List.of()))).get(0).id();
    act(nl, toCourt, RequestAction.SUBMIT, "", null);
    LOG.log(Level.INFO, "Demo cooperation requests loaded");
  }

  private void act(Requester r, String id, RequestAction action, String reason, LocalDate date) {
    service.act(r, new ExchangeId(id), action, new ActionInput(reason, date, List.of()));
  }

  private static Requester person(String org, String realm, String username, String role) {
    return new Requester(new Caller(org, org, realm, "demo-seed", "demo-seed-" + username, username, username, "demo-seed",
        Set.of(role)), "127.0.0.1");
  }

  private static SubjectData suspect() {
    return new SubjectData(SubjectKind.NATURAL_PERSON, "Marc Exemple", "M. Exemplé\nMarco Exemplo", LocalDate.of(1968, 3, 14),
        "Bunia", List.of("CD", "BE"), "OB0045121 (CD)\nEM711298 (BE)", "", null, "");
  }

  private static SubjectData company() {
    return new SubjectData(SubjectKind.LEGAL_ENTITY, "Exemple Holdings B.V.", "", null, "", List.of(), "", "KvK 12345678", "NL", "");
  }

  private static RequestContent tracing(LocalDate today) {
    return new RequestContent(RequestType.TRACE_ASSETS, "", "93(1)(k), 57(3)(e)", "ICC-01/04", "ICC-01/04-02/19",
        "", null, "Office of the Prosecutor", Urgency.URGENT, today.plusDays(45),
        "Trace the proceeds of the crimes charged, held by the suspect or the company he controls, for eventual forfeiture.",
        "Between 2017 and 2021 the suspect sold minerals from occupied mines and moved the proceeds through European accounts.",
        "", "en", List.of(suspect(), company()), List.of(
            new AssetData(AssetKind.BANK_ACCOUNT, "", 0, "NL91ABNA0417164300", "", "ABNANL2A", "ABN AMRO", "", "", "", "NL",
                new BigDecimal("200000"), "EUR"),
            new AssetData(AssetKind.BANK_ACCOUNT, "", 1, null, "", null, "ING", "", "", "", "NL", null, null),
            new AssetData(AssetKind.REAL_ESTATE, "Flat, Keizersgracht, Amsterdam", 0, null, "", null, "Kadaster",
                "ASD04-K-1234", "", "", "NL", new BigDecimal("950000"), "EUR"),
            new AssetData(AssetKind.COMPANY_SHARES, "All shares of Exemple Holdings B.V.", 0, null, "", null, "", "KvK 12345678",
                "", "", "NL", null, null)));
  }

  private static RequestContent freezing(LocalDate today) {
    return new RequestContent(RequestType.FREEZE_ASSETS, "", "93(1)(k), 57(3)(e)", "ICC-01/14", "ICC-01/14-01/21",
        "ICC-01/14-01/21-87", today.minusDays(20), "Registry", Urgency.URGENT, today.plusDays(30),
        "Geler les avoirs du suspect en exécution de la décision de la Chambre préliminaire, aux fins de confiscation éventuelle.",
        "Le suspect détient un compte auprès d'une banque de Dakar alimenté par des fonds détournés.",
        "Respecter les droits des tiers de bonne foi ; informer le titulaire après l'exécution.", "fr",
        List.of(new SubjectData(SubjectKind.NATURAL_PERSON, "Awa Exemple", "", LocalDate.of(1975, 9, 2), "Bangui", List.of("CF"),
            "P0098812 (CF)", "", null, "")),
        List.of(new AssetData(AssetKind.BANK_ACCOUNT, "", 0, null, "SN012 01001 012345678901 23", null, "Banque Exemple de Dakar",
            "", "", "", "SN", new BigDecimal("75000000"), "XOF")));
  }

  private static RequestContent identification(LocalDate today) {
    return new RequestContent(RequestType.IDENTIFY_ASSETS, "", "93(1)(k)", "ICC-02/05", "", "", null, "Office of the Prosecutor",
        Urgency.ROUTINE, today.plusDays(60), "Identify real estate and vehicles held by a company linked to the suspect.",
        "The company received payments from the suspect's accounts in 2019.", "", "es",
        List.of(new SubjectData(SubjectKind.LEGAL_ENTITY, "Ejemplo S.A.", "", null, "", List.of(), "", "", "AR", "")), List.of());
  }

  private static RequestContent seizure(LocalDate today) {
    return new RequestContent(RequestType.SEIZE_ASSETS, "", "93(1)(k), 57(3)(e)", "ICC-01/04", "ICC-01/04-02/19",
        "ICC-01/04-02/19-311", today.minusDays(40), "Registry", Urgency.IMMEDIATE, today.plusDays(10),
        "Seize the vessel owned by the suspect's company for eventual forfeiture.",
        "The vessel was bought in 2020 with proceeds of the crimes charged.",
        "Respect the rights of the mortgagee bank; keep the vessel in port.", "en", List.of(company()),
        List.of(new AssetData(AssetKind.VESSEL, "Motor yacht 'Exemple'", 0, null, "", null, "", "IMO 9876543", "", "", "NL",
            new BigDecimal("2500000"), "EUR")));
  }
}
