package icc.platform.web.notification.web;

import icc.platform.web.notification.application.MailPreferences;
import icc.platform.web.security.web.SessionView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ResourceBundle;

/** Backing bean of {@code /app/settings.xhtml}: every signed-in user chooses about notification mails. */
@Named
@RequestScoped
public class NotificationSettingsView {

  @Inject SessionView session;
  @Inject MailPreferences preferences;

  private boolean email;

  @PostConstruct
  void load() {
    email = preferences.wantsMail(session.getCaller());
  }

  public boolean isEmail() {
    return email;
  }

  public void setEmail(boolean email) {
    this.email = email;
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    preferences.choose(session.getCaller(), request.getRemoteAddr(), email);
    ResourceBundle text = faces.getApplication().getResourceBundle(faces, "notificationsText");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
        text.getString(email ? "settings.saved.on" : "settings.saved.off"), null));
  }
}
