-- Organisation keys held by the platform (custodial, docs/exchange.md "Keys"): each
-- organisation's signing key and encryption key, certified by the platform CA. Private keys are
-- stored only wrapped by the master key (platform-crypto WrappedPrivateKey, AES-256-GCM with the
-- label 'org:<code>:<purpose>:<generation>' as AAD, so a row cannot be swapped for another).
CREATE TABLE organisation_key (
  organisation_code VARCHAR(16)  NOT NULL COMMENT 'Registry code of the owner, e.g. NL',
  purpose           VARCHAR(16)  NOT NULL COMMENT 'SIGNING or ENCRYPTION',
  generation        INT          NOT NULL COMMENT '1 at enrolment, +1 at each rotation; the highest is current',
  certificate       BLOB         NOT NULL COMMENT 'DER X.509 certificate issued by the platform CA',
  wrapped_key       BLOB         NOT NULL COMMENT 'Private key wrapped by the master key (never in clear)',
  created_at        DATETIME(3)  NOT NULL COMMENT 'When the key was generated (UTC)',
  -- The primary key also settles a race between two nodes enrolling the same organisation: the
  -- second insert fails and that node reads the winner's key.
  PRIMARY KEY (organisation_code, purpose, generation)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Organisation signing and encryption keys, private parts wrapped by the master key';
