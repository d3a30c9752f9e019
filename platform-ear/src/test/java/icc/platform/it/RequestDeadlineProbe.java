package icc.platform.it;

import icc.platform.web.exchange.domain.Viewer;
import icc.platform.web.request.domain.ActionInput;
import icc.platform.web.request.domain.AssetData;
import icc.platform.web.request.domain.AssetKind;
import icc.platform.web.request.domain.CooperationRequest;
import icc.platform.web.request.domain.RequestAction;
import icc.platform.web.request.domain.RequestContent;
import icc.platform.web.request.domain.RequestType;
import icc.platform.web.request.domain.SubjectData;
import icc.platform.web.request.domain.SubjectKind;
import icc.platform.web.request.domain.Urgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Test data for the deadline scan, inside the container: a request the Court submitted to the
 * Netherlands (its thread row by SQL, the request through the domain), and the request as stored.
 */
@ApplicationScoped
public class RequestDeadlineProbe {

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  /** A submitted tracing request due on {@code deadline}, submitted 30 days before. */
  @Transactional
  public String submitted(LocalDate deadline) {
    String id = UUID.randomUUID().toString();
    Instant submitted = deadline.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC);
    em.createNativeQuery("INSERT INTO exchange_thread (id, kind, subject, classification, handling_code, originator_org,"
            + " originator_username, created_at, last_activity_at, version) VALUES (?, 'COOPERATION_REQUEST', 'Deadline probe',"
            + " 'RESTRICTED', 'H2', 'COURT', 'otp.investigator', ?, ?, 0)")
        .setParameter(1, id).setParameter(2, Timestamp.from(submitted)).setParameter(3, Timestamp.from(submitted)).executeUpdate();
    for (String org : List.of("COURT", "NL")) {
      em.createNativeQuery("INSERT INTO exchange_participant (thread_id, organisation_code, added_at, added_by) VALUES (?, ?, ?, ?)")
          .setParameter(1, id).setParameter(2, org).setParameter(3, Timestamp.from(submitted)).setParameter(4, "otp.investigator")
          .executeUpdate();
    }
    Viewer otp = new Viewer("COURT", "otp.investigator", Set.of("court-requester"));
    RequestContent content = new RequestContent(RequestType.TRACE_ASSETS, "", "93(1)(k)", "ICC-01/04", "", "", null, "OTP",
        Urgency.ROUTINE, deadline, "Trace proceeds", "Transfers 2019-2021", "", "en",
        List.of(new SubjectData(SubjectKind.NATURAL_PERSON, "Probe Person", "", LocalDate.of(1970, 1, 1), "", List.of("CD"), "", "",
            null, "")),
        List.of(new AssetData(AssetKind.BANK_ACCOUNT, "", 0, "NL91ABNA0417164300", "", null, "ABN AMRO", "", "", "", "NL", null,
            null))).normalised();
    CooperationRequest r = CooperationRequest.draft(id, UUID.randomUUID().toString(), otp, "NL", content, submitted);
    r.perform(otp, RequestAction.SUBMIT, new ActionInput("", null, List.of()), deadline.minusDays(30), submitted);
    em.persist(r);
    return id;
  }

  /** The stored request, freshly read. */
  @Transactional
  public CooperationRequest stored(String id) {
    em.clear();
    return em.find(CooperationRequest.class, id);
  }

  @Transactional
  public long auditEvents(String action, String requestId) {
    return ((Number) em.createNativeQuery("SELECT count(*) FROM audit_event WHERE event_data LIKE ? AND event_data LIKE ?")
        .setParameter(1, "%\"" + action + "\"%").setParameter(2, "%" + requestId + "%").getSingleResult()).longValue();
  }
}
