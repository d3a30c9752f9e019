package icc.platform.web.keys.api;

import icc.platform.crypto.CryptoException;
import icc.platform.crypto.pki.Pem;
import icc.platform.crypto.pki.Pkcs12Files;
import icc.platform.web.api.ApiError;
import icc.platform.web.api.Allowed;
import icc.platform.web.audit.application.AuditTrail;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditObject;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.keys.application.OrganisationKeyService;
import icc.platform.web.keys.domain.PlatformKeys;
import icc.platform.web.security.Caller;
import icc.platform.web.security.PlatformRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a State needs to verify and decrypt without the platform (user journey 7): the platform
 * CA's certificate, its organisation's certificates, and, for its focal point, its organisation's
 * private keys as a password-protected PKCS#12 file.
 */
@Path("/keys")
@RequestScoped
@Tag(name = "Keys", description = "Platform CA and organisation keys for offline verification and decryption")
public class KeysResource {

  static final int MIN_PASSWORD = 12;

  @Inject PlatformKeys platform;
  @Inject OrganisationKeyService keys;
  @Inject AuditTrail trail;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @GET
  @Path("/ca.pem")
  @Allowed
  @Produces("application/x-pem-file")
  @Operation(summary = "Platform CA certificate", description = "The only trust anchor of document signatures and timestamps"
      + " ('platform-verify --ca'). Compare its fingerprint with the one obtained out of band.")
  @APIResponse(responseCode = "200", description = "PEM certificate")
  public String caCertificate() {
    return Pem.write(platform.ca().certificate());
  }

  @GET
  @Path("/own/encryption.pem")
  @Allowed
  @Produces("application/x-pem-file")
  @Operation(summary = "Your organisation's current encryption certificate")
  @APIResponse(responseCode = "200", description = "PEM certificate")
  public String ownEncryptionCertificate() {
    return Pem.write(keys.encryptionCertificate(caller().organisationCode()));
  }

  /** Body of the export: the password that protects the PKCS#12 file. */
  public static class ExportRequest {
    public String password;
  }

  @POST
  @Path("/own/pkcs12")
  @Allowed({PlatformRole.FOCAL_POINT_NAME, PlatformRole.COURT_REQUESTER_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces("application/x-pkcs12")
  @Transactional
  @Operation(summary = "Export your organisation's keys", description = "Body {password} (at least " + MIN_PASSWORD
      + " characters). A PKCS#12 file with your organisation's signing key, every encryption key and the CA certificate,"
      + " for 'platform-verify decrypt' and 'openssl cms -decrypt' on your own machine. Audited.")
  @APIResponse(responseCode = "200", description = "The PKCS#12 file")
  @APIResponse(responseCode = "400", description = "Password missing or too short")
  public Response exportOwn(ExportRequest body) throws CryptoException, IOException {
    if (body == null || body.password == null || body.password.length() < MIN_PASSWORD) {
      return ApiError.response(Response.Status.BAD_REQUEST, "invalid_input",
          "password: at least " + MIN_PASSWORD + " characters, to protect the exported keys");
    }
    Caller caller = caller();
    char[] password = body.password.toCharArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Pkcs12Files.write(keys.credentials(caller.organisationCode()), platform.ca().certificate(), password, out);
    } finally {
      Arrays.fill(password, '\0');
    }
    trail.record(AuditEvent.of(AuditAction.KEYS_ORGANISATION_EXPORT, AuditOutcome.SUCCESS, Actor.of(caller))
        .about(new AuditObject("organisation", caller.organisationCode()))
        .from(request.getRemoteAddr())
        .build());
    return Response.ok(out.toByteArray(), "application/x-pkcs12")
        .header("Content-Disposition", "attachment; filename=\"" + caller.organisationCode().toLowerCase() + "-keys.p12\"")
        .build();
  }

  private Caller caller() {
    return (Caller) security.getUserPrincipal();
  }
}
