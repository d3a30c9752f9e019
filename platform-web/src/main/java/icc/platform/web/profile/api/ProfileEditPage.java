package icc.platform.web.profile.api;

import icc.platform.web.library.api.WebCaller;
import icc.platform.web.profile.application.ProfileService;
import icc.platform.web.profile.application.ProfileViews;
import icc.platform.web.profile.domain.AgreementKind;
import icc.platform.web.profile.domain.AuthorityKind;
import icc.platform.web.profile.domain.Channel;
import icc.platform.web.profile.domain.LegislationStatus;
import icc.platform.web.profile.domain.ProfileContent;
import icc.platform.web.profile.domain.ProfileException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Edits the signed-in focal point's own State's profile: two focal-point contacts (as CARIN
 * keeps), up to four authorities, the four kinds of agreement, and the rest as text.
 */
@Named
@ViewScoped
public class ProfileEditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProfileService service;

  private String state;
  private final List<ProfileRequest.ContactBody> contacts = new ArrayList<>();
  private final List<ProfileRequest.AuthorityBody> authorities = new ArrayList<>();
  private final List<ProfileRequest.AgreementBody> agreements = new ArrayList<>();
  private String channel;
  private String channelDetails;
  private String requestLanguages;
  private String procedures;
  private String procedureEntries;
  private String legislationStatus;
  private String legislationNotes;
  private boolean loaded;

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    state = WebCaller.current().organisationCode();
    ProfileViews.Profile profile;
    try {
      profile = service.profile(WebCaller.current(), state);
    } catch (ProfileException e) {
      WebCaller.error(null, e.getMessage());
      return;
    }
    if (!profile.mayEdit()) {
      WebCaller.error(null, WebCaller.text("profiles", "edit.notAllowed"));
    }
    ProfileContent c = profile.content();
    for (int i = 0; i < 2; i++) {
      ProfileRequest.ContactBody b = new ProfileRequest.ContactBody();
      if (i < c.focalPoints().size()) {
        var p = c.focalPoints().get(i);
        b.name = p.name(); b.position = p.position(); b.email = p.email(); b.phone = p.phone();
      }
      contacts.add(b);
    }
    for (int i = 0; i < 4; i++) {
      ProfileRequest.AuthorityBody b = new ProfileRequest.AuthorityBody();
      if (i < c.authorities().size()) {
        var a = c.authorities().get(i);
        b.kind = a.kind().name(); b.name = a.name(); b.email = a.email(); b.phone = a.phone(); b.address = a.address();
      }
      authorities.add(b);
    }
    for (AgreementKind kind : AgreementKind.values()) {
      ProfileRequest.AgreementBody b = new ProfileRequest.AgreementBody();
      b.kind = kind.name();
      c.agreements().stream().filter(a -> a.kind() == kind).findFirst().ifPresent(a -> {
        b.signedOn = a.signedOn() == null ? "" : a.signedOn().toString();
        b.inForceSince = a.inForceSince() == null ? null : a.inForceSince().toString();
        b.notes = a.notes();
      });
      agreements.add(b);
    }
    channel = c.channel() == null ? null : c.channel().name();
    channelDetails = c.channelDetails();
    requestLanguages = String.join(", ", c.requestLanguages());
    procedures = c.procedures();
    procedureEntries = String.join(", ", c.procedureEntries().stream().map(String::valueOf).toList());
    legislationStatus = c.legislationStatus().name();
    legislationNotes = c.legislationNotes();
  }

  public String save() {
    ProfileRequest r = new ProfileRequest();
    r.focalPoints = contacts.stream().filter(c -> !blank(c.name) || !blank(c.email)).toList();
    r.authorities = authorities.stream().filter(a -> !blank(a.name)).toList();
    // An agreement counts as concluded when it has a signature date or notes.
    r.agreements = agreements.stream().filter(a -> !blank(a.signedOn) || !blank(a.notes)).toList();
    r.channel = channel;
    r.channelDetails = channelDetails;
    r.requestLanguages = split(requestLanguages);
    r.procedures = procedures;
    try {
      r.procedureEntries = split(procedureEntries).stream().map(Long::valueOf).toList();
    } catch (NumberFormatException e) {
      WebCaller.error(null, WebCaller.text("profiles", "edit.entryNumbers"));
      return null;
    }
    r.legislationStatus = legislationStatus;
    r.legislationNotes = legislationNotes;
    try {
      service.update(WebCaller.current(), state, r.toContent(), WebCaller.address());
      return "/app/profiles/view.xhtml?faces-redirect=true&state=" + state;
    } catch (ProfileException e) {
      WebCaller.error(null, e.getMessage());
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static List<String> split(String s) {
    return blank(s) ? List.of() : Arrays.stream(s.split("[,;\\s]+")).filter(x -> !x.isBlank()).toList();
  }

  public AuthorityKind[] getAuthorityKinds() { return AuthorityKind.values(); }
  public Channel[] getChannels() { return Channel.values(); }
  public LegislationStatus[] getLegislationStatuses() { return LegislationStatus.values(); }
  public String getState() { return state; }
  public List<ProfileRequest.ContactBody> getContacts() { return contacts; }
  public List<ProfileRequest.AuthorityBody> getAuthorities() { return authorities; }
  public List<ProfileRequest.AgreementBody> getAgreements() { return agreements; }
  public String getChannel() { return channel; }
  public void setChannel(String channel) { this.channel = channel; }
  public String getChannelDetails() { return channelDetails; }
  public void setChannelDetails(String channelDetails) { this.channelDetails = channelDetails; }
  public String getRequestLanguages() { return requestLanguages; }
  public void setRequestLanguages(String requestLanguages) { this.requestLanguages = requestLanguages; }
  public String getProcedures() { return procedures; }
  public void setProcedures(String procedures) { this.procedures = procedures; }
  public String getProcedureEntries() { return procedureEntries; }
  public void setProcedureEntries(String procedureEntries) { this.procedureEntries = procedureEntries; }
  public String getLegislationStatus() { return legislationStatus; }
  public void setLegislationStatus(String legislationStatus) { this.legislationStatus = legislationStatus; }
  public String getLegislationNotes() { return legislationNotes; }
  public void setLegislationNotes(String legislationNotes) { this.legislationNotes = legislationNotes; }
}
