package icc.platform.web.api;

import jakarta.ws.rs.ApplicationPath;
import java.util.Map;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The platform API for national systems and the Court. Every operation needs a bearer token. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Secure information-exchange platform for States and the ICC",
            version = "1",
            description =
                "API for national focal points' systems and the Court (ICC-ASP/18/Res.3, para 15)."
                    + " Send an access token from your organisation's realm as"
                    + " 'Authorization: Bearer <token>'. Errors are JSON: {\"status\", \"error\","
                    + " \"message\"}."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "An access token issued by the Keycloak realm of your organisation")
public class PlatformApi extends Application {

  @Override
  public Map<String, Object> getProperties() {
    // Jersey would otherwise answer 4xx/5xx through HttpServletResponse.sendError, and Payara
    // replaces our JSON error body with its HTML error page.
    return Map.of("jersey.config.server.response.setStatusOverSendError", true);
  }
}
