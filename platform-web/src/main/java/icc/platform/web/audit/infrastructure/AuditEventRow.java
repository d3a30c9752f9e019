package icc.platform.web.audit.infrastructure;

import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditObject;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code audit_event}: the leaf data of one event and the columns to search by. Insert
 * only; the mapping has no setters and every column is {@code updatable = false}.
 */
@Entity
@Table(name = "audit_event")
public class AuditEventRow {

  /** Largest canonical event accepted (BLOB holds 64 KiB); events are small by construction. */
  public static final int MAX_EVENT_BYTES = 65_535;

  @Id
  @Column(name = "leaf_index", updatable = false)
  private long leafIndex;

  @Column(name = "event_data", nullable = false, updatable = false, length = MAX_EVENT_BYTES)
  private byte[] eventData;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "action", nullable = false, updatable = false, length = AuditAction.MAX_LENGTH)
  private String action;

  @Column(name = "outcome", nullable = false, updatable = false, length = 16)
  private String outcome;

  @Column(name = "organisation_code", updatable = false, length = OrganisationCode.MAX_LENGTH)
  private String organisationCode;

  @Column(name = "realm", updatable = false, length = Organisation.REALM_MAX)
  private String realm;

  @Column(name = "subject", updatable = false, length = Actor.MAX_FIELD_LENGTH)
  private String subject;

  @Column(name = "username", updatable = false, length = Actor.MAX_FIELD_LENGTH)
  private String username;

  @Column(name = "object_type", updatable = false, length = AuditObject.MAX_TYPE_LENGTH)
  private String objectType;

  @Column(name = "object_id", updatable = false, length = AuditObject.MAX_ID_LENGTH)
  private String objectId;

  protected AuditEventRow() {
    // for JPA
  }

  AuditEventRow(long leafIndex, byte[] eventData, AuditEvent event) {
    this.leafIndex = leafIndex;
    this.eventData = eventData.clone();
    this.occurredAt = event.occurredAt();
    this.action = event.action().name();
    this.outcome = event.outcome().code();
    this.organisationCode = event.organisationCode();
    this.realm = event.actor().realm();
    this.subject = event.actor().subject();
    this.username = event.actor().username();
    if (event.object() != null) {
      this.objectType = event.object().type();
      this.objectId = event.object().id();
    }
  }

  long leafIndex() {
    return leafIndex;
  }

  byte[] eventData() {
    return eventData.clone();
  }
}
