-- Notifications by email (issue 6; reminders of issues 7 and 8): an outbox written in the same
-- transaction as the action that causes it, so that a notification exists exactly when the
-- action committed, and a delivery worker that sends it afterwards (retrying while the SMTP
-- server is unreachable). A mail says only that something is waiting: never a subject, a name
-- or any content (docs/notifications.md).

CREATE TABLE notification_outbox (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  organisation_code  VARCHAR(16)   NOT NULL COMMENT 'Organisation of the recipients',
  username           VARCHAR(255)  NULL     COMMENT 'One user of that organisation, or NULL for every holder of role',
  role               VARCHAR(32)   NULL     COMMENT 'Platform role whose holders are told (when username is NULL)',
  reason             VARCHAR(32)   NOT NULL COMMENT 'NEW_ACTIVITY, REQUEST_ATTENTION, DEADLINE, PROFILE_CONFIRMATION',
  created_at         DATETIME(3)   NOT NULL COMMENT 'UTC',
  status             VARCHAR(16)   NOT NULL COMMENT 'PENDING, SENT, or FAILED (gave up after the last attempt)',
  attempts           INT           NOT NULL DEFAULT 0,
  next_attempt_at    DATETIME(3)   NOT NULL COMMENT 'UTC; the worker takes PENDING rows due by now',
  sent_at            DATETIME(3)   NULL,
  recipients         INT           NULL     COMMENT 'How many addresses the mail went to (after preferences)',
  last_error         VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  KEY ix_notification_outbox_due (status, next_attempt_at),
  KEY ix_notification_outbox_target (organisation_code, username, role, reason, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Content-free notifications waiting to be mailed, and what happened to them';

CREATE TABLE notification_preference (
  organisation_code  VARCHAR(16)   NOT NULL,
  username           VARCHAR(255)  NOT NULL COMMENT 'User name in the organisation''s realm',
  email_enabled      BOOLEAN       NOT NULL COMMENT 'Whether the user wants the "something is waiting" mails',
  updated_at         DATETIME(3)   NOT NULL,
  PRIMARY KEY (organisation_code, username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Per-user choice about notification mails (absent row: mails on)';
