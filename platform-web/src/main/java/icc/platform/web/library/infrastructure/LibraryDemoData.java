package icc.platform.web.library.infrastructure;

import icc.platform.web.library.domain.DocumentType;
import icc.platform.web.library.domain.EntryContent;
import icc.platform.web.library.domain.EntryVersion;
import icc.platform.web.library.domain.FileKind;
import icc.platform.web.library.domain.LibraryEntry;
import icc.platform.web.library.domain.LibraryRepository;
import icc.platform.web.library.domain.Person;
import icc.platform.web.library.domain.Reader;
import icc.platform.web.library.domain.StoredFile;
import icc.platform.web.library.domain.TextExtractor;
import icc.platform.web.library.domain.Topic;
import icc.platform.web.library.domain.Visibility;
import icc.platform.web.shared.PlatformConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo entries for development and test stacks ({@code platform.demo-data}), written for the demo
 * (journey 5: the Netherlands' procedure note with a French summary, Argentina's implementing
 * legislation, the model agreement on interim release). Only when the library is empty; never in
 * production. Seeded directly, not through the audited use cases: there is no person behind them.
 */
@Singleton
@Startup
@DependsOn("RegistryBootstrap")
public class LibraryDemoData {

  private static final System.Logger LOG = System.getLogger(LibraryDemoData.class.getName());

  @Inject PlatformConfig config;
  @Inject LibraryRepository repository;
  @Inject TextExtractor extractor;

  private static final Reader REVIEWER =
      new Reader(new Person("COURT", "court", "demo-seed-library.reviewer", "library.reviewer"), true, false, true);

  @PostConstruct
  void seed() {
    if (!config.demoData() || repository.countEntries() > 0) {
      return;
    }
    Instant at = Instant.now();
    add("NL", "Procedure note: executing ICC requests to freeze and seize assets in the Netherlands",
        "How the Public Prosecution Service and the Asset Recovery Office execute requests of the"
            + " International Criminal Court to identify, trace, freeze and seize proceeds and property"
            + " (Rome Statute art. 93(1)(k)): the competent authorities, the court order required, the"
            + " time limits, and how bank accounts and real estate are frozen on a foreign request.",
        Map.of("fr", "Note de procédure : comment le ministère public et le bureau de recouvrement des"
            + " avoirs exécutent les demandes de la Cour pénale internationale visant à identifier,"
            + " localiser, geler et saisir les avoirs (art. 93(1)(k)) : autorités compétentes, décision"
            + " judiciaire requise, délais, gel des comptes bancaires et saisie des biens immobiliers."),
        Set.of("NL"), Set.of(Topic.ASSET_RECOVERY, Topic.FINANCIAL_INVESTIGATION), DocumentType.PROCEDURE,
        Set.of("en"), "Ministry of Justice and Security, International Legal Assistance Centre",
        LocalDate.of(2023, 5, 12), Visibility.ALL_ORGANISATIONS,
        "nl-freezing-procedure.txt",
        "Procedure note (demo). Step 1: the Court's request arrives through the designated channel."
            + " Step 2: the International Legal Assistance Centre checks completeness and assigns the"
            + " public prosecutor. Step 3: the prosecutor applies to the examining magistrate for a"
            + " conservatory attachment order. Step 4: banks are served; accounts are frozen the same day."
            + " Step 5: the execution report is sent back to the Court with the amounts frozen.", at);
    add("AR", "Ley 26.200 de implementación del Estatuto de Roma (resumen)",
        "Argentina's law implementing the Rome Statute: crimes, general principles, and the chapter"
            + " on cooperation with the Court, including the execution of requests for the"
            + " identification, freezing and seizure of assets and the enforcement of forfeiture orders.",
        Map.of("fr", "Loi argentine de mise en œuvre du Statut de Rome : crimes, principes généraux et"
                + " coopération avec la Cour, y compris le gel et la saisie des avoirs et l'exécution"
                + " des ordonnances de confiscation.",
            "es", "Ley argentina de implementación del Estatuto de Roma: crímenes, principios generales"
                + " y cooperación con la Corte, incluida la identificación, el embargo y el decomiso de bienes."),
        Set.of("AR"), Set.of(Topic.IMPLEMENTING_LEGISLATION, Topic.ASSET_RECOVERY), DocumentType.LEGISLATION,
        Set.of("es"), "Boletín Oficial de la República Argentina", LocalDate.of(2007, 1, 9),
        Visibility.PUBLIC, null, null, at);
    add("COURT", "Model agreement on interim release",
        "Model of a framework agreement between the Court and a State on the interim release of"
            + " detained persons (seed 004 para 39): conditions the State may enforce, reporting to the"
            + " Chamber, costs, and the return of the person to the Court.",
        Map.of("fr", "Modèle d'accord-cadre entre la Cour et un État sur la mise en liberté provisoire"
            + " des personnes détenues : conditions, rapports à la Chambre, frais et retour de la personne."),
        Set.of("ICC"), Set.of(Topic.INTERIM_AND_FINAL_RELEASE), DocumentType.MODEL_AGREEMENT,
        Set.of("en", "fr"), "Registry, External Operations Support", LocalDate.of(2014, 3, 1),
        Visibility.ALL_ORGANISATIONS, null, null, at);
    add("COURT", "Model agreement on the relocation of witnesses",
        "Framework agreement on the relocation of witnesses at risk (seed 004 paras 30-31): case-by-case"
            + " acceptance, confidentiality, costs through the Special Fund for Relocations.",
        Map.of("fr", "Accord-cadre sur la réinstallation des témoins : acceptation au cas par cas,"
            + " confidentialité, frais couverts par le Fonds spécial pour les réinstallations."),
        Set.of("ICC"), Set.of(Topic.WITNESS_PROTECTION_AND_RELOCATION), DocumentType.MODEL_AGREEMENT,
        Set.of("en", "fr"), "Registry, Victims and Witnesses Section", LocalDate.of(2013, 9, 1),
        Visibility.ALL_ORGANISATIONS, null, null, at);
    add("COURT", "Model agreement on the enforcement of sentences",
        "Framework agreement under article 103 of the Rome Statute on the enforcement of sentences of"
            + " imprisonment in the prisons of a State, which keeps the right to refuse an individual sentence.",
        Map.of(), Set.of("ICC"), Set.of(Topic.ENFORCEMENT_OF_SENTENCES), DocumentType.MODEL_AGREEMENT,
        Set.of("en"), "Presidency", LocalDate.of(2012, 6, 1), Visibility.ALL_ORGANISATIONS, null, null, at);
    add("FR", "Procédure d'exécution des demandes de gel et de saisie de la Cour pénale internationale",
        "Fiche pratique : le parquet compétent, le rôle de l'AGRASC (agence de gestion et de"
            + " recouvrement des avoirs saisis et confisqués), le gel des comptes bancaires et la saisie"
            + " des biens immobiliers sur demande de la Cour.",
        Map.of("en", "Practical sheet: the competent prosecutor, the role of AGRASC (the agency managing"
            + " seized and confiscated assets), freezing bank accounts and seizing real estate at the"
            + " Court's request."),
        Set.of("FR"), Set.of(Topic.ASSET_RECOVERY), DocumentType.PROCEDURE, Set.of("fr"),
        "Ministère de la Justice, Bureau de l'entraide pénale internationale", LocalDate.of(2022, 11, 3),
        Visibility.ALL_ORGANISATIONS, null, null, at);
    add("SN", "Loi portant adaptation de la procédure pénale au Statut de Rome",
        "Loi sénégalaise adaptant le code de procédure pénale à la coopération avec la Cour pénale"
            + " internationale : arrestation et remise, gel et saisie des avoirs, autorité centrale.",
        Map.of("en", "Senegal's law adapting criminal procedure to cooperation with the Court: arrest"
            + " and surrender, freezing and seizure of assets, central authority."),
        Set.of("SN"), Set.of(Topic.IMPLEMENTING_LEGISLATION, Topic.ARREST_AND_SURRENDER),
        DocumentType.LEGISLATION, Set.of("fr"), "Journal officiel de la République du Sénégal",
        LocalDate.of(2007, 2, 12), Visibility.ALL_ORGANISATIONS, null, null, at);
    add("JP", "Act on Cooperation with the International Criminal Court (outline)",
        "Outline of Japan's act on cooperation with the Court: the Minister of Justice as central"
            + " authority, the procedure for providing evidence, surrender of persons, and the execution"
            + " of forfeiture and freezing measures.",
        Map.of("fr", "Présentation de la loi japonaise sur la coopération avec la Cour : autorité"
            + " centrale, preuves, remise des personnes, gel et confiscation."),
        Set.of("JP"), Set.of(Topic.IMPLEMENTING_LEGISLATION), DocumentType.LEGISLATION, Set.of("ja", "en"),
        "Ministry of Justice of Japan", LocalDate.of(2007, 5, 11), Visibility.ALL_ORGANISATIONS, null, null, at);
    add("COURT", "Financial investigations: lessons from tracing assets across jurisdictions",
        "Internal case study of the Office of the Prosecutor on tracing bank accounts and companies of"
            + " a suspect across three jurisdictions: what made requests succeed, and what delayed them.",
        Map.of(), Set.of("ICC", "INT"), Set.of(Topic.FINANCIAL_INVESTIGATION, Topic.ASSET_RECOVERY),
        DocumentType.CASE_STUDY, Set.of("en"), "Office of the Prosecutor", LocalDate.of(2021, 4, 20),
        Visibility.COURT_ONLY, null, null, at);
    add("COURT", "The 66 recommendations on cooperation: flyer for national authorities",
        "The flyer on the 66 recommendations adopted by the Assembly in 2007 (seed 000 para 28),"
            + " grouped in the seven key areas of cooperation, with questions for national actors.",
        Map.of("fr", "Le dépliant sur les 66 recommandations relatives à la coopération, groupées en"
            + " sept domaines clés, avec des questions pour les autorités nationales."),
        Set.of("INT"), Set.of(Topic.SIXTY_SIX_RECOMMENDATIONS), DocumentType.TRAINING_MATERIAL,
        Set.of("en", "fr"), "Assembly of States Parties, The Hague Working Group", LocalDate.of(2015, 11, 1),
        Visibility.PUBLIC, null, null, at);
    // Written in French for the French-speaking focal points (journey 5: Senegal works in French).
    add("SN", "Guide pratique : exécuter au Sénégal une demande de gel d'avoirs de la Cour",
        "Guide du point focal sénégalais : réception de la demande par la voie désignée, saisine du"
            + " procureur, ordonnance du juge d'instruction, notification aux banques et compte rendu à"
            + " la Cour. Délais indicatifs et pièces à joindre.",
        Map.of("en", "Guide of Senegal's focal point: receiving the request through the designated channel,"
            + " referral to the prosecutor, order of the investigating judge, notice to banks and report"
            + " to the Court. Indicative time limits and supporting documents."),
        Set.of("SN"), Set.of(Topic.ASSET_RECOVERY, Topic.FINANCIAL_INVESTIGATION), DocumentType.PROCEDURE,
        Set.of("fr"), "Ministère de la Justice du Sénégal, Direction des affaires criminelles et des grâces",
        LocalDate.of(2024, 2, 15), Visibility.ALL_ORGANISATIONS, "sn-guide-gel-des-avoirs.txt",
        "Guide pratique (démonstration). Étape 1 : la demande de la Cour arrive par la voie désignée."
            + " Étape 2 : le point focal vérifie qu'elle est complète et saisit le procureur de la République."
            + " Étape 3 : le juge d'instruction ordonne le gel des comptes bancaires et la saisie des biens."
            + " Étape 4 : les banques sont notifiées ; le gel prend effet le jour même."
            + " Étape 5 : le compte rendu d'exécution est transmis à la Cour avec les montants gelés.", at);
    add("FR", "Circulaire relative à l'entraide avec la Cour pénale internationale en matière d'avoirs",
        "Circulaire aux parquets : identification, localisation, gel et confiscation des produits et"
            + " biens sur demande de la Cour (art. 93(1)(k) du Statut de Rome), articulation avec le code"
            + " de procédure pénale et rôle de l'AGRASC dans la gestion des biens saisis.",
        Map.of("en", "Circular to prosecutors on identifying, tracing, freezing and confiscating proceeds"
            + " and property at the Court's request, and the role of AGRASC in managing seized assets."),
        Set.of("FR"), Set.of(Topic.ASSET_RECOVERY, Topic.IMPLEMENTING_LEGISLATION), DocumentType.GUIDELINE,
        Set.of("fr"), "Ministère de la Justice, Direction des affaires criminelles et des grâces",
        LocalDate.of(2021, 6, 30), Visibility.PUBLIC, null, null, at);
    add("COURT", "Guide de la coopération à l'intention des points focaux nationaux",
        "Support de formation de la Cour : à qui adresser une demande, contenu d'une demande complète,"
            + " confidentialité, consultations (art. 97), délais et comptes rendus d'exécution.",
        Map.of("en", "Training material of the Court for national focal points: where requests go, what a"
            + " complete request contains, confidentiality, consultations (art. 97), deadlines and reports."),
        Set.of("ICC"), Set.of(Topic.SIXTY_SIX_RECOMMENDATIONS, Topic.FINANCIAL_INVESTIGATION),
        DocumentType.TRAINING_MATERIAL, Set.of("fr", "en"), "Greffe, Section de l'appui aux opérations extérieures",
        LocalDate.of(2023, 10, 2), Visibility.PUBLIC, "guide-points-focaux.txt",
        "Guide (démonstration). Une demande complète indique la base juridique, les personnes visées, les"
            + " avoirs recherchés (comptes bancaires, biens immobiliers, sociétés) et le délai souhaité.", at);
    add("FR", "Étude de cas : saisie d'un bien immobilier sur demande de la Cour",
        "Retour d'expérience : saisie pénale immobilière exécutée en quatre semaines sur demande de la"
            + " Cour, difficultés rencontrées avec le registre foncier et solutions retenues.",
        Map.of(), Set.of("FR"), Set.of(Topic.ASSET_RECOVERY), DocumentType.CASE_STUDY, Set.of("fr"),
        "Parquet de Paris, pôle crimes contre l'humanité", LocalDate.of(2020, 9, 14),
        Visibility.ALL_ORGANISATIONS, null, null, at);
    LOG.log(Level.INFO, "Library demo entries seeded: {0}", repository.countEntries());
  }

  private void add(String owner, String title, String summary, Map<String, String> others,
      Set<String> jurisdictions, Set<Topic> topics, DocumentType type, Set<String> languages,
      String source, LocalDate date, Visibility visibility, String fileName, String fileText, Instant at) {
    String realm = owner.equals("COURT") ? "court" : "state-" + owner.toLowerCase();
    String user = owner.equals("COURT") ? "otp.investigator" : "focal." + owner.toLowerCase();
    Reader contributor = new Reader(new Person(owner, realm, "demo-seed-" + user, user), owner.equals("COURT"), true, false);
    EntryContent content = new EntryContent(title, summary, others, new LinkedHashSet<>(jurisdictions),
        new LinkedHashSet<>(topics), type, new LinkedHashSet<>(languages), source, date, visibility);
    LibraryEntry entry = LibraryEntry.contribute(contributor, content, at);
    repository.add(entry);
    EntryVersion version = entry.latest();
    if (fileName != null) {
      byte[] bytes = fileText.getBytes(StandardCharsets.UTF_8);
      String sha256 = sha256(bytes);
      String text = extractor.extract(FileKind.TEXT, bytes);
      repository.storeFile(new StoredFile(sha256, FileKind.TEXT, bytes, text, at));
      version.attach(fileName, sha256, at);
      version.refreshSearchText(List.of(text));
    }
    entry.approve(REVIEWER, 1, "Demo entry", at);
    repository.add(entry);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
