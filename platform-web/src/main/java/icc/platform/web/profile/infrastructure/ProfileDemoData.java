package icc.platform.web.profile.infrastructure;

import icc.platform.web.library.domain.LibraryEntry;
import icc.platform.web.library.domain.LibraryRepository;
import icc.platform.web.profile.domain.AgreementKind;
import icc.platform.web.profile.domain.AuthorityKind;
import icc.platform.web.profile.domain.Channel;
import icc.platform.web.profile.domain.CountryProfile;
import icc.platform.web.profile.domain.LegislationStatus;
import icc.platform.web.profile.domain.ProfileCodec;
import icc.platform.web.profile.domain.ProfileContent;
import icc.platform.web.profile.domain.ProfileContent.Agreement;
import icc.platform.web.profile.domain.ProfileContent.Authority;
import icc.platform.web.profile.domain.ProfileContent.Contact;
import icc.platform.web.profile.domain.ProfileRepository;
import icc.platform.web.shared.PlatformConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Country profiles of the five demo States, for development and test stacks only (names,
 * addresses and numbers are invented). Written once, when no profile exists yet.
 */
@Singleton
@Startup
@DependsOn("LibraryDemoData")
public class ProfileDemoData {

  @Inject PlatformConfig config;
  @Inject ProfileRepository profiles;
  @Inject ProfileCodec codec;
  @Inject LibraryRepository library;

  @PostConstruct
  void seed() {
    if (!config.demoData() || !profiles.findAll().isEmpty()) {
      return;
    }
    save("NL", new ProfileContent(
        List.of(new Contact("Anna de Vries", "Senior legal adviser, ICC cooperation", "focal.nl@example.org", "+31 70 000 0001"),
            new Contact("Pieter Bakker", "Deputy focal point", "deputy.nl@example.org", "+31 70 000 0002")),
        List.of(new Authority(AuthorityKind.CENTRAL_AUTHORITY, "International Legal Assistance Centre (IRC)", "irc@example.org", null, "The Hague"),
            new Authority(AuthorityKind.FINANCIAL_INTELLIGENCE_UNIT, "FIU-the Netherlands", "fiu@example.org", null, null),
            new Authority(AuthorityKind.ASSET_RECOVERY_OFFICE, "Asset Recovery Office (BOOM)", "aro@example.org", null, null),
            new Authority(AuthorityKind.PROSECUTOR, "National Public Prosecutor's Office", null, null, "Rotterdam")),
        Channel.CENTRAL_AUTHORITY, "Requests through the platform to the focal point; originals to the Ministry of Justice and Security.",
        set("en", "nl"),
        "Freezing on the Court's request requires an order of the examining magistrate, applied for by the"
            + " public prosecutor; banks freeze the same day they are served. See the procedure note.",
        owned("NL"), LegislationStatus.COMPLETE, "International Crimes Act 2003 and the ICC Implementation Act.",
        List.of(new Agreement(AgreementKind.INTERIM_RELEASE, LocalDate.of(2016, 6, 1), LocalDate.of(2016, 6, 1), "Host State arrangements"))));
    save("FR", new ProfileContent(
        List.of(new Contact("Claire Martin", "Magistrate, Bureau de l'entraide pénale internationale", "focal.fr@example.org", "+33 1 00 00 00 01"),
            new Contact("Julien Petit", "Adjoint", "adjoint.fr@example.org", null)),
        List.of(new Authority(AuthorityKind.CENTRAL_AUTHORITY, "Bureau de l'entraide pénale internationale (BEPI)", null, null, "Paris"),
            new Authority(AuthorityKind.FINANCIAL_INTELLIGENCE_UNIT, "Tracfin", null, null, null),
            new Authority(AuthorityKind.ASSET_RECOVERY_OFFICE, "AGRASC / PIAC", null, null, null)),
        Channel.MINISTRY_OF_JUSTICE, null, set("fr"),
        "Gel et saisie sur demande de la Cour : requête du parquet, ordonnance du juge des libertés et de la détention.",
        owned("FR"), LegislationStatus.COMPLETE, "Loi n° 2010-930 portant adaptation du droit pénal à l'institution de la CPI.",
        List.of(new Agreement(AgreementKind.ENFORCEMENT_OF_SENTENCES, LocalDate.of(2016, 2, 1), null, null))));
    save("SN", new ProfileContent(
        List.of(new Contact("Aminata Diop", "Directrice des affaires criminelles et des grâces", "focal.sn@example.org", "+221 33 000 00 01"),
            new Contact("Moussa Ndiaye", "Point focal adjoint", "adjoint.sn@example.org", null)),
        List.of(new Authority(AuthorityKind.CENTRAL_AUTHORITY, "Ministère de la Justice", null, null, "Dakar"),
            new Authority(AuthorityKind.FINANCIAL_INTELLIGENCE_UNIT, "CENTIF", null, null, null)),
        Channel.DIPLOMATIC, "Voie diplomatique, copie au point focal par la plateforme.", set("fr"),
        "Les demandes de gel sont exécutées par le juge d'instruction sur réquisitions du procureur.",
        owned("SN"), LegislationStatus.PARTIAL, null, List.of()));
    save("AR", new ProfileContent(
        List.of(new Contact("Lucía Fernández", "Dirección de Asistencia Jurídica Internacional", "focal.ar@example.org", "+54 11 0000 0001")),
        List.of(new Authority(AuthorityKind.CENTRAL_AUTHORITY, "Ministerio de Relaciones Exteriores, Comercio Internacional y Culto", null, null, "Buenos Aires"),
            new Authority(AuthorityKind.ASSET_RECOVERY_OFFICE, "Dirección General de Recuperación de Activos y Decomiso de Bienes", null, null, null),
            new Authority(AuthorityKind.FINANCIAL_INTELLIGENCE_UNIT, "Unidad de Información Financiera", null, null, null)),
        Channel.DIPLOMATIC, null, set("es", "en"), null, owned("AR"), LegislationStatus.COMPLETE,
        "Ley 26.200 (2007).",
        List.of(new Agreement(AgreementKind.ENFORCEMENT_OF_SENTENCES, LocalDate.of(2017, 4, 18), null, null),
            new Agreement(AgreementKind.RELOCATION_OF_WITNESSES, LocalDate.of(2018, 9, 1), null, null))));
    save("JP", new ProfileContent(
        List.of(new Contact("Haruto Sato", "International Affairs Division, Ministry of Justice", "focal.jp@example.org", "+81 3 0000 0001"),
            new Contact("Yui Tanaka", "Deputy", "deputy.jp@example.org", null)),
        List.of(new Authority(AuthorityKind.CENTRAL_AUTHORITY, "Ministry of Justice", null, null, "Tokyo")),
        Channel.DIPLOMATIC, null, set("ja", "en"), null, owned("JP"), LegislationStatus.COMPLETE,
        "Act on Cooperation with the International Criminal Court (2007).", List.of()));
  }

  private List<Long> owned(String state) {
    return library.entriesOwnedBy(state, 5).stream().map(LibraryEntry::id).toList();
  }

  private static LinkedHashSet<String> set(String... codes) {
    return new LinkedHashSet<>(List.of(codes));
  }

  private void save(String state, ProfileContent content) {
    CountryProfile profile = new CountryProfile(state);
    var version = profile.edit(codec.write(content), new CountryProfile.Editor(
        "state-" + state.toLowerCase(), "demo-seed", "focal." + state.toLowerCase()), Instant.now());
    profiles.add(profile);
    profiles.addVersion(version);
  }
}
