package icc.platform.web.notification.infrastructure;

import static icc.platform.web.shared.KeycloakAdminApi.segment;

import icc.platform.web.notification.application.Recipient;
import icc.platform.web.notification.application.RecipientDirectory;
import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationRepository;
import icc.platform.web.shared.KeycloakAdminApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The recipients of a notification, read from the organisation's realm through Keycloak's admin
 * API when the mail is sent: only enabled accounts with a verified address (an address nobody
 * confirmed could be anyone's).
 */
@ApplicationScoped
public class KeycloakRecipientDirectory implements RecipientDirectory {

  @Inject KeycloakAdminApi keycloak;
  @Inject OrganisationRepository organisations;

  @Override
  public List<Recipient> recipients(String organisationCode, Optional<String> username, Optional<String> role) {
    Optional<Organisation> organisation = organisations.findByCode(OrganisationCode.parse(organisationCode));
    if (organisation.isEmpty()) {
      return List.of();
    }
    String realm = "/admin/realms/" + segment(organisation.get().realm());
    String path = username.isPresent()
        ? realm + "/users?exact=true&briefRepresentation=false&username=" + segment(username.get())
        : realm + "/roles/" + segment(role.orElseThrow()) + "/users?briefRepresentation=false&max=1000";
    HttpResponse<String> response = keycloak.get(path);
    if (response.statusCode() == 404) {
      return List.of(); // the role does not exist in that realm
    }
    if (response.statusCode() >= 300) {
      throw new IllegalStateException("Keycloak refused to list the recipients: HTTP " + response.statusCode());
    }
    List<Recipient> recipients = new ArrayList<>();
    for (JsonValue value : Json.createReader(new StringReader(response.body())).readArray()) {
      JsonObject user = value.asJsonObject();
      String email = user.getString("email", "");
      if (user.getBoolean("enabled", false) && user.getBoolean("emailVerified", false) && !email.isBlank()
          && !user.getString("username", "").startsWith("service-account-")) {
        recipients.add(new Recipient(user.getString("username"), email));
      }
    }
    return recipients;
  }
}
