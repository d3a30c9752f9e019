package icc.platform.web.profile.api;

import icc.platform.web.library.api.WebCaller;
import icc.platform.web.profile.application.ProfileService;
import icc.platform.web.profile.application.ProfileViews;
import icc.platform.web.profile.domain.ProfileException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The directory of focal points and one State's profile, read-only. */
@Named
@RequestScoped
public class ProfilePages {

  @Inject ProfileService service;

  private String state;
  private ProfileViews.Profile profile;
  private List<ProfileViews.DirectoryItem> directory;

  public void load() {
    if (state == null || state.isBlank()) {
      state = WebCaller.current().organisationCode();
    }
    try {
      profile = service.profile(WebCaller.current(), state);
    } catch (ProfileException e) {
      WebCaller.error(null, e.getMessage());
    }
  }

  public List<ProfileViews.DirectoryItem> getDirectory() {
    if (directory == null) {
      directory = service.directory();
    }
    return directory;
  }

  public String getState() { return state; }
  public void setState(String state) { this.state = state; }
  public ProfileViews.Profile getProfile() { return profile; }
}
