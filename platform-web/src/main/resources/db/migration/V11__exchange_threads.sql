-- Secure exchange (issue 6, docs/exchange.md): threads between organisations, their messages,
-- documents, consent requests for handling code H2, and read/download receipts.
-- Identifiers are random UUIDs (text form): they appear in URLs and must not be guessable or
-- reveal how many threads another State has.

CREATE TABLE exchange_thread (
  id                   CHAR(36)      CHARACTER SET ascii NOT NULL COMMENT 'Random UUID',
  kind                 VARCHAR(16)   NOT NULL COMMENT 'DISCUSSION or NOTICE',
  subject              VARCHAR(200)  NOT NULL COMMENT 'Subject line, visible to participants only',
  classification       VARCHAR(16)   NOT NULL COMMENT 'UNCLASSIFIED, RESTRICTED or CONFIDENTIAL',
  handling_code        CHAR(2)       NOT NULL COMMENT 'H0 purpose only, H1 not in proceedings without consent, H2 not passed on without consent, H3 conditions in text',
  handling_conditions  VARCHAR(2000) NULL     COMMENT 'H3 only: the originator''s conditions',
  originator_org       VARCHAR(16)   NOT NULL COMMENT 'Organisation that opened the thread and answers consent requests',
  originator_username  VARCHAR(255)  NOT NULL COMMENT 'User who opened it',
  created_at           DATETIME(3)   NOT NULL COMMENT 'UTC',
  last_activity_at     DATETIME(3)   NOT NULL COMMENT 'UTC; inbox order',
  notice_type          VARCHAR(40)   NULL     COMMENT 'NOTICE only: WARRANT_SUBJECT_TRAVEL (ICC-ASP/17/Res.5 para 35) or VOLUNTARY_CONTACT_ADVISORY (ICC-ASP/18/Res.3 para 6)',
  notice_person_ref    VARCHAR(200)  NULL     COMMENT 'NOTICE: reference of the person (warrant or case reference, not a biography)',
  notice_from          DATE          NULL     COMMENT 'NOTICE: first date concerned',
  notice_to            DATE          NULL     COMMENT 'NOTICE: last date concerned',
  notice_places        VARCHAR(1000) NULL     COMMENT 'NOTICE: places (e.g. departure, transit, destination)',
  notice_source        VARCHAR(500)  NULL     COMMENT 'NOTICE: source of the information',
  version              BIGINT        NOT NULL COMMENT 'Optimistic lock; participant changes bump it',
  PRIMARY KEY (id),
  KEY ix_exchange_thread_activity (last_activity_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Exchange threads: the unit of exchange between organisations';

CREATE TABLE exchange_participant (
  thread_id          CHAR(36)     CHARACTER SET ascii NOT NULL,
  organisation_code  VARCHAR(16)  NOT NULL COMMENT 'A participant organisation: its users may see the content as their role allows',
  added_at           DATETIME(3)  NOT NULL COMMENT 'UTC',
  added_by           VARCHAR(255) NOT NULL COMMENT 'User name (and organisation) who added it',
  consent_id         CHAR(36)     CHARACTER SET ascii NULL COMMENT 'The granted H2 consent that allowed it, if one was needed',
  PRIMARY KEY (thread_id, organisation_code),
  KEY ix_exchange_participant_org (organisation_code, thread_id),
  CONSTRAINT fk_exchange_participant_thread FOREIGN KEY (thread_id) REFERENCES exchange_thread (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Organisations taking part in a thread';

CREATE TABLE exchange_member (
  thread_id          CHAR(36)     CHARACTER SET ascii NOT NULL,
  organisation_code  VARCHAR(16)  NOT NULL COMMENT 'Organisation of the member (a participant)',
  username           VARCHAR(255) NOT NULL COMMENT 'User name in that organisation''s realm (an officer)',
  added_at           DATETIME(3)  NOT NULL,
  added_by           VARCHAR(255) NOT NULL COMMENT 'The focal point who added the member',
  PRIMARY KEY (thread_id, organisation_code, username),
  KEY ix_exchange_member_user (organisation_code, username),
  CONSTRAINT fk_exchange_member_thread FOREIGN KEY (thread_id) REFERENCES exchange_thread (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Officers added to a thread by their focal point (officers see only these threads)';

CREATE TABLE exchange_message (
  id                 CHAR(36)     CHARACTER SET ascii NOT NULL,
  thread_id          CHAR(36)     CHARACTER SET ascii NOT NULL,
  sender_org         VARCHAR(16)  NOT NULL,
  sender_username    VARCHAR(255) NOT NULL,
  sent_at            DATETIME(3)  NOT NULL COMMENT 'UTC',
  body               TEXT         NOT NULL COMMENT 'Message text (at most 20,000 characters)',
  body_sha256        BINARY(32)   NOT NULL COMMENT 'SHA-256 of the signed bytes (docs/exchange.md "Message signatures")',
  signature          BLOB         NOT NULL COMMENT 'Detached CMS SignedData with RFC 3161 timestamp, by the sender organisation''s signing key',
  PRIMARY KEY (id),
  KEY ix_exchange_message_thread (thread_id, sent_at),
  CONSTRAINT fk_exchange_message_thread FOREIGN KEY (thread_id) REFERENCES exchange_thread (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Messages of a thread, signed by the sender organisation';

CREATE TABLE exchange_document (
  id                 CHAR(36)      CHARACTER SET ascii NOT NULL,
  thread_id          CHAR(36)      CHARACTER SET ascii NOT NULL,
  file_name          VARCHAR(255)  NOT NULL COMMENT 'Name given by the uploader (checked: no path, no control characters)',
  media_type         VARCHAR(100)  NOT NULL COMMENT 'Declared media type, informative',
  length             BIGINT        NOT NULL COMMENT 'Plaintext length in bytes',
  sha256             BINARY(32)    NOT NULL COMMENT 'SHA-256 of the plaintext (signed)',
  key_envelope       BLOB          NOT NULL COMMENT 'CMS AuthEnvelopedData: the data key wrapped for each participant organisation',
  signature          BLOB          NOT NULL COMMENT 'Detached CMS SignedData with RFC 3161 timestamp',
  storage_key        VARCHAR(100)  CHARACTER SET ascii NOT NULL COMMENT 'Relative path of the segmented ciphertext under PLATFORM_DATA_DIR/exchange/documents',
  uploader_org       VARCHAR(16)   NOT NULL,
  uploader_username  VARCHAR(255)  NOT NULL,
  uploaded_at        DATETIME(3)   NOT NULL COMMENT 'UTC',
  handling_code      CHAR(2)       NOT NULL COMMENT 'Handling code of the material (from its thread of origin)',
  origin_thread_id   CHAR(36)      CHARACTER SET ascii NOT NULL COMMENT 'Thread where it was first shared (differs when forwarded)',
  origin_org         VARCHAR(16)   NOT NULL COMMENT 'Originator organisation of that thread: whose consent H2 needs',
  forwarded_from     CHAR(36)      CHARACTER SET ascii NULL COMMENT 'Document it was forwarded from (same ciphertext, new key envelope)',
  PRIMARY KEY (id),
  KEY ix_exchange_document_thread (thread_id, uploaded_at),
  KEY ix_exchange_document_storage (storage_key),
  CONSTRAINT fk_exchange_document_thread FOREIGN KEY (thread_id) REFERENCES exchange_thread (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Encrypted, signed documents; the ciphertext is a file, this row is its only index';

CREATE TABLE exchange_consent (
  id                  CHAR(36)      CHARACTER SET ascii NOT NULL,
  thread_id           CHAR(36)      CHARACTER SET ascii NOT NULL COMMENT 'The thread whose material would be passed on',
  organisation_code   VARCHAR(16)   NOT NULL COMMENT 'Organisation it would be passed on to',
  reason              VARCHAR(1000) NOT NULL COMMENT 'Why, in the requester''s words',
  requested_by_org    VARCHAR(16)   NOT NULL,
  requested_by        VARCHAR(255)  NOT NULL,
  requested_at        DATETIME(3)   NOT NULL,
  status              VARCHAR(16)   NOT NULL COMMENT 'PENDING, GRANTED or REFUSED',
  answered_by         VARCHAR(255)  NULL     COMMENT 'User of the originator organisation who answered',
  answered_at         DATETIME(3)   NULL,
  PRIMARY KEY (id),
  KEY ix_exchange_consent_thread (thread_id, organisation_code),
  CONSTRAINT fk_exchange_consent_thread FOREIGN KEY (thread_id) REFERENCES exchange_thread (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Requests for the originator''s consent to pass H2 material on, and the answers';

CREATE TABLE exchange_receipt (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  thread_id          CHAR(36)     CHARACTER SET ascii NOT NULL,
  document_id        CHAR(36)     CHARACTER SET ascii NULL COMMENT 'NULL for a read of the thread',
  kind               VARCHAR(16)  NOT NULL COMMENT 'READ (thread opened) or DOWNLOAD (plaintext, package or export served)',
  organisation_code  VARCHAR(16)  NOT NULL,
  username           VARCHAR(255) NOT NULL,
  at                 DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_exchange_receipt_thread (thread_id, at),
  CONSTRAINT fk_exchange_receipt_thread FOREIGN KEY (thread_id) REFERENCES exchange_thread (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Who read a thread and who downloaded which document, when (shown to the originator)';
