-- Cooperation requests (issue 7, docs/requests.md): a request is an exchange thread of kind
-- COOPERATION_REQUEST (V11) with structure: type, legal basis, references, subjects, assets,
-- a lifecycle whose every transition is signed and kept, per-asset outcomes, challenge codes
-- and deadline explanations. These tables are also the raw record the cooperation statistics
-- (issue 9) are computed from, so the columns the statistics filter and group on are indexed.
--
-- One request has exactly one requesting and one requested organisation: the lifecycle is a
-- bilateral relation (Rome Statute art. 87(1): requests go to a State through its channel), and
-- a State must not learn which other States received the same request (art. 87(3)). A request
-- the Court sends to several States is several requests sharing a request_group, which only the
-- requesting side sees.

ALTER TABLE exchange_thread
  MODIFY kind VARCHAR(24) NOT NULL COMMENT 'DISCUSSION, NOTICE or COOPERATION_REQUEST';

CREATE TABLE cooperation_request (
  thread_id             CHAR(36)      CHARACTER SET ascii NOT NULL COMMENT 'The exchange thread of kind COOPERATION_REQUEST it lives in (same id)',
  request_group         CHAR(36)      CHARACTER SET ascii NOT NULL COMMENT 'Requests drafted together for several States share it; seen by the requesting side only',
  request_type          VARCHAR(32)   NOT NULL COMMENT 'IDENTIFY_ASSETS, TRACE_ASSETS, FREEZE_ASSETS, SEIZE_ASSETS (art. 93(1)(k)), the other art. 93(1) letters, OTHER (93(1)(l))',
  other_assistance      VARCHAR(500)  NULL     COMMENT 'OTHER only: the assistance sought, in words',
  legal_basis           VARCHAR(500)  NOT NULL DEFAULT '' COMMENT 'Articles relied on, e.g. "93(1)(k), 57(3)(e)" (art. 96(2)(a))',
  situation_ref         VARCHAR(100)  NOT NULL DEFAULT '' COMMENT 'Situation reference, e.g. ICC-01/04',
  case_ref              VARCHAR(100)  NOT NULL DEFAULT '' COMMENT 'Case reference, e.g. ICC-01/04-01/06',
  decision_ref          VARCHAR(200)  NOT NULL DEFAULT '' COMMENT 'Chamber decision implemented (freezing/seizure, art. 57(3)(e))',
  decision_date         DATE          NULL     COMMENT 'Date of that decision',
  requesting_org        VARCHAR(16)   NOT NULL COMMENT 'Organisation asking (the Court, or a State under art. 93(10))',
  requesting_unit       VARCHAR(100)  NOT NULL DEFAULT '' COMMENT 'Unit within it, e.g. Office of the Prosecutor, Registry',
  requested_org         VARCHAR(16)   NOT NULL COMMENT 'Organisation asked to execute',
  urgency               VARCHAR(16)   NOT NULL COMMENT 'ROUTINE, URGENT or IMMEDIATE (art. 96(1) urgent cases)',
  deadline              DATE          NULL     COMMENT 'Date by which execution is sought',
  purpose               TEXT          NOT NULL COMMENT 'Purpose and assistance sought, with grounds (art. 96(2)(a))',
  facts                 TEXT          NOT NULL COMMENT 'Essential facts (art. 96(2)(c))',
  procedure_notes       TEXT          NOT NULL COMMENT 'Procedure or requirement to follow (art. 96(2)(d)), third-party rights to respect',
  language              CHAR(2)       CHARACTER SET ascii NOT NULL DEFAULT 'en' COMMENT 'ISO 639-1 language of the request (art. 87(2))',
  status                VARCHAR(32)   NOT NULL COMMENT 'DRAFT, SUBMITTED, ACKNOWLEDGED, IN_PROGRESS, CLARIFICATION_REQUESTED, PARTIALLY_EXECUTED, EXECUTED, DECLINED, WITHDRAWN',
  side_state            VARCHAR(32)   NULL     COMMENT 'CONSULTATION (art. 97), CONDITIONS_PROPOSED (art. 93(5)) or POSTPONED (art. 94), beside the main status',
  created_at            DATETIME(3)   NOT NULL COMMENT 'UTC',
  submitted_at          DATETIME(3)   NULL     COMMENT 'UTC; first submission: the request is received by the requested State from then on',
  acknowledged_at       DATETIME(3)   NULL     COMMENT 'UTC; first acknowledgement',
  closed_at             DATETIME(3)   NULL     COMMENT 'UTC; when it reached EXECUTED, PARTIALLY_EXECUTED, DECLINED or WITHDRAWN',
  status_changed_at     DATETIME(3)   NOT NULL COMMENT 'UTC',
  estimated_completion  DATE          NULL     COMMENT 'The requested State''s latest estimate after a missed deadline',
  reminder_sent_at      DATETIME(3)   NULL     COMMENT 'When the "deadline approaching" reminder went out',
  overdue_since         DATETIME(3)   NULL     COMMENT 'When the deadline timer found it past its deadline and still open',
  overdue_explained_at  DATETIME(3)   NULL     COMMENT 'When the requested State gave reasons and a new estimate for the missed deadline',
  version               BIGINT        NOT NULL COMMENT 'Optimistic lock',
  PRIMARY KEY (thread_id),
  KEY ix_cooperation_request_requested (requested_org, status, submitted_at),
  KEY ix_cooperation_request_requesting (requesting_org, status, created_at),
  KEY ix_cooperation_request_submitted (submitted_at, request_type),
  KEY ix_cooperation_request_deadline (status, deadline),
  KEY ix_cooperation_request_group (request_group),
  CONSTRAINT fk_cooperation_request_thread FOREIGN KEY (thread_id) REFERENCES exchange_thread (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Requests for cooperation (art. 93): the structure of a COOPERATION_REQUEST thread';

CREATE TABLE cooperation_subject (
  id                    CHAR(36)      CHARACTER SET ascii NOT NULL,
  request_id            CHAR(36)      CHARACTER SET ascii NOT NULL,
  position              INT           NOT NULL COMMENT 'Order in the request',
  kind                  VARCHAR(16)   NOT NULL COMMENT 'NATURAL_PERSON or LEGAL_ENTITY',
  name                  VARCHAR(300)  NOT NULL COMMENT 'Full name (person) or registered name (entity)',
  aliases               VARCHAR(1000) NOT NULL DEFAULT '' COMMENT 'Other names, one per line',
  birth_date            DATE          NULL     COMMENT 'Person',
  birth_place           VARCHAR(200)  NOT NULL DEFAULT '' COMMENT 'Person',
  nationalities         VARCHAR(100)  CHARACTER SET ascii NOT NULL DEFAULT '' COMMENT 'Person: ISO 3166-1 alpha-2 codes, comma separated',
  document_numbers      VARCHAR(500)  NOT NULL DEFAULT '' COMMENT 'Person: passport / identity document numbers with issuing country, one per line',
  registration_number   VARCHAR(100)  NOT NULL DEFAULT '' COMMENT 'Entity: company registration number',
  jurisdiction          CHAR(2)       CHARACTER SET ascii NULL COMMENT 'Entity: ISO 3166-1 alpha-2 of registration',
  notes                 VARCHAR(2000) NOT NULL DEFAULT '',
  PRIMARY KEY (id),
  KEY ix_cooperation_subject_request (request_id, position),
  CONSTRAINT fk_cooperation_subject_request FOREIGN KEY (request_id) REFERENCES cooperation_request (thread_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Persons and legal entities a request concerns (art. 96(2)(b))';

CREATE TABLE cooperation_asset (
  id                    CHAR(36)      CHARACTER SET ascii NOT NULL,
  request_id            CHAR(36)      CHARACTER SET ascii NOT NULL,
  position              INT           NOT NULL,
  kind                  VARCHAR(24)   NOT NULL COMMENT 'BANK_ACCOUNT, REAL_ESTATE, VEHICLE, VESSEL, AIRCRAFT, COMPANY_SHARES, VIRTUAL_ASSET, OTHER',
  description           VARCHAR(1000) NOT NULL DEFAULT '',
  subject_id            CHAR(36)      CHARACTER SET ascii NULL COMMENT 'Holder or owner, if known',
  iban                  VARCHAR(34)   CHARACTER SET ascii NULL COMMENT 'Bank account: ISO 13616 IBAN, electronic form (checked)',
  account_number        VARCHAR(64)   NOT NULL DEFAULT '' COMMENT 'Bank account without IBAN',
  bic                   VARCHAR(11)   CHARACTER SET ascii NULL COMMENT 'ISO 9362 BIC (checked)',
  institution           VARCHAR(200)  NOT NULL DEFAULT '' COMMENT 'Bank or registry holding it',
  registry_reference    VARCHAR(200)  NOT NULL DEFAULT '' COMMENT 'Land/company/vehicle/ship/aircraft registry reference, VIN, IMO number',
  virtual_address       VARCHAR(200)  NOT NULL DEFAULT '' COMMENT 'Virtual asset: address or wallet',
  virtual_network       VARCHAR(50)   NOT NULL DEFAULT '' COMMENT 'Virtual asset: network, e.g. Bitcoin, Ethereum',
  country               CHAR(2)       CHARACTER SET ascii NULL COMMENT 'ISO 3166-1 alpha-2 where it is located or registered',
  estimated_value       DECIMAL(19,2) NULL     COMMENT 'Estimate when requested',
  currency              CHAR(3)       CHARACTER SET ascii NULL COMMENT 'ISO 4217 of estimated_value',
  added_by_side         VARCHAR(16)   NOT NULL COMMENT 'REQUESTING (in the request) or REQUESTED (found during execution)',
  status                VARCHAR(16)   NOT NULL COMMENT 'REQUESTED, IDENTIFIED, TRACED, FROZEN, SEIZED, RELEASED, TRANSFERRED, NOT_FOUND',
  status_changed_at     DATETIME(3)   NOT NULL,
  executed_value        DECIMAL(19,2) NULL     COMMENT 'Value frozen/seized as reported by the requested State',
  executed_currency     CHAR(3)       CHARACTER SET ascii NULL,
  executing_authority   VARCHAR(200)  NOT NULL DEFAULT '',
  PRIMARY KEY (id),
  KEY ix_cooperation_asset_request (request_id, position),
  KEY ix_cooperation_asset_status (status, kind),
  CONSTRAINT fk_cooperation_asset_request FOREIGN KEY (request_id) REFERENCES cooperation_request (thread_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Assets a request concerns or its execution found, with their current execution status';

CREATE TABLE cooperation_asset_event (
  id                    CHAR(36)      CHARACTER SET ascii NOT NULL,
  asset_id              CHAR(36)      CHARACTER SET ascii NOT NULL,
  request_id            CHAR(36)      CHARACTER SET ascii NOT NULL,
  status                VARCHAR(16)   NOT NULL COMMENT 'Status the asset reached',
  effective_date        DATE          NOT NULL COMMENT 'Date of the measure (e.g. date of the freezing order)',
  value                 DECIMAL(19,2) NULL,
  currency              CHAR(3)       CHARACTER SET ascii NULL,
  executing_authority   VARCHAR(200)  NOT NULL DEFAULT '',
  report_text           TEXT          NOT NULL COMMENT 'Execution report for this item',
  document_id           CHAR(36)      CHARACTER SET ascii NULL COMMENT 'Supporting document in the request thread (exchange_document, encrypted)',
  recorded_org          VARCHAR(16)   NOT NULL,
  recorded_by           VARCHAR(255)  NOT NULL,
  recorded_at           DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_cooperation_asset_event_asset (asset_id, recorded_at),
  KEY ix_cooperation_asset_event_request (request_id, recorded_at),
  KEY ix_cooperation_asset_event_status (status, recorded_at),
  CONSTRAINT fk_cooperation_asset_event_asset FOREIGN KEY (asset_id) REFERENCES cooperation_asset (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Per-asset execution reports: identified, traced, frozen, seized, released, transferred';

CREATE TABLE cooperation_transition (
  id                    CHAR(36)      CHARACTER SET ascii NOT NULL,
  request_id            CHAR(36)      CHARACTER SET ascii NOT NULL,
  action                VARCHAR(32)   NOT NULL COMMENT 'SUBMIT, ACKNOWLEDGE, START, REQUEST_CLARIFICATION, ANSWER_CLARIFICATION, REPORT_PARTIAL, REPORT_EXECUTED, DECLINE, WITHDRAW, OPEN_CONSULTATION, PROPOSE_CONDITIONS, POSTPONE, RESUME, EXPLAIN_DELAY',
  from_status           VARCHAR(32)   NOT NULL,
  to_status             VARCHAR(32)   NOT NULL,
  side_state            VARCHAR(32)   NULL     COMMENT 'Side state after the transition',
  reason                TEXT          NOT NULL COMMENT 'Reasons, clarification, conditions (mandatory where the law asks for reasons, e.g. art. 93(6))',
  actor_org             VARCHAR(16)   NOT NULL,
  actor_username        VARCHAR(255)  NOT NULL,
  at                    DATETIME(3)   NOT NULL,
  signed_sha256         BINARY(32)    NOT NULL COMMENT 'SHA-256 of the canonical statement signed (docs/requests.md)',
  signature             BLOB          NOT NULL COMMENT 'Detached CMS SignedData with RFC 3161 timestamp, by the acting organisation''s signing key',
  PRIMARY KEY (id),
  KEY ix_cooperation_transition_request (request_id, at),
  KEY ix_cooperation_transition_action (action, at),
  CONSTRAINT fk_cooperation_transition_request FOREIGN KEY (request_id) REFERENCES cooperation_request (thread_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Every lifecycle step of a request, signed by the acting organisation (the timeline)';

CREATE TABLE cooperation_challenge (
  id                    CHAR(36)      CHARACTER SET ascii NOT NULL,
  request_id            CHAR(36)      CHARACTER SET ascii NOT NULL,
  asset_id              CHAR(36)      CHARACTER SET ascii NULL COMMENT 'The item concerned, or NULL for the request as a whole',
  code                  VARCHAR(32)   NOT NULL COMMENT 'LEGAL_IMPEDIMENT, NO_DOMESTIC_PROCEDURE, INSUFFICIENT_IDENTIFIERS, BANK_SECRECY, ASSET_NOT_FOUND, CAPACITY, TRANSLATION, DEADLINE_TOO_SHORT, OTHER',
  details               TEXT          NOT NULL,
  transition_id         CHAR(36)      CHARACTER SET ascii NULL COMMENT 'Transition it was recorded with (e.g. DECLINE), if any',
  recorded_org          VARCHAR(16)   NOT NULL COMMENT 'The requested organisation',
  recorded_by           VARCHAR(255)  NOT NULL,
  recorded_at           DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_cooperation_challenge_request (request_id),
  KEY ix_cooperation_challenge_code (code, recorded_at),
  CONSTRAINT fk_cooperation_challenge_request FOREIGN KEY (request_id) REFERENCES cooperation_request (thread_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Structured reasons a request or item was not (fully) executed (ICC-ASP/18/Res.3 para 36)';

CREATE TABLE cooperation_deadline_explanation (
  id                    CHAR(36)      CHARACTER SET ascii NOT NULL,
  request_id            CHAR(36)      CHARACTER SET ascii NOT NULL,
  reason                TEXT          NOT NULL,
  new_estimate          DATE          NOT NULL,
  recorded_org          VARCHAR(16)   NOT NULL,
  recorded_by           VARCHAR(255)  NOT NULL,
  recorded_at           DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_cooperation_deadline_explanation_request (request_id, recorded_at),
  CONSTRAINT fk_cooperation_deadline_explanation_request FOREIGN KEY (request_id) REFERENCES cooperation_request (thread_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Reasons and new estimate the requested State gives for a missed deadline';
