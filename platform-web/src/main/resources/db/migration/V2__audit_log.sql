-- The tamper-evident audit log (DESIGN.md section 5, docs/audit.md): an RFC 6962 / RFC 9162
-- Merkle tree over the canonical bytes of each audit event. Rows are only ever inserted (and the
-- tree head's size only grows): nothing here is updated in place or deleted by the application.

-- The head of the one log: its size. Every append locks this row (SELECT ... FOR UPDATE) in the
-- transaction of the audited action, so appends are serialised by the database on every node of
-- a cluster and leaf indexes have no gaps; the checkpoint signer takes the same lock.
CREATE TABLE audit_tree_head (
  id        TINYINT NOT NULL COMMENT 'Always 1: the platform keeps one log',
  tree_size BIGINT  NOT NULL COMMENT 'Number of leaves (events) in the log',
  PRIMARY KEY (id),
  CONSTRAINT ck_audit_tree_head_single CHECK (id = 1),
  CONSTRAINT ck_audit_tree_head_size CHECK (tree_size >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Size of the audit Merkle log; its row lock serialises appends';

INSERT INTO audit_tree_head (id, tree_size) VALUES (1, 0);

-- Hashes of the complete subtrees only (RFC 6962 section 2.1: a perfect subtree's hash never
-- changes once its leaves exist). Appending leaf n writes 1 + (trailing 1-bits of n) rows; any
-- root or proof is folded from at most ~2 log2(n) of them, read in one query.
CREATE TABLE audit_node (
  level TINYINT UNSIGNED NOT NULL COMMENT 'Height of the subtree: 0 for a leaf hash SHA-256(0x00||event)',
  idx   BIGINT           NOT NULL COMMENT 'Position on its level; covers leaves [idx*2^level, (idx+1)*2^level)',
  hash  BINARY(32)       NOT NULL COMMENT 'SHA-256 leaf hash (level 0) or node hash SHA-256(0x01||left||right)',
  PRIMARY KEY (level, idx)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Hashes of the complete subtrees of the audit Merkle log';

-- One row per event, keyed by its leaf index. event_data is the leaf data exactly as hashed; the
-- other columns are copies of some of its members, to search and to filter by organisation.
CREATE TABLE audit_event (
  leaf_index        BIGINT       NOT NULL COMMENT 'Position of the event in the log, 0-based, gap-free',
  event_data        BLOB         NOT NULL COMMENT 'RFC 8785 canonical UTF-8 JSON of the event: the leaf data',
  occurred_at       DATETIME(3)  NOT NULL COMMENT 'When it happened (UTC; DATETIME, not TIMESTAMP, which ends in 2038)',
  action            VARCHAR(64)  NOT NULL COMMENT 'What was done, e.g. auth.web-login, api.call',
  outcome           VARCHAR(16)  NOT NULL COMMENT 'success, failure or denied',
  organisation_code VARCHAR(16)  NULL     COMMENT 'Organisation the event concerns (the actor''s); NULL when unknown',
  realm             VARCHAR(64)  NULL     COMMENT 'Keycloak realm of the actor, if known',
  subject           VARCHAR(255) NULL     COMMENT 'sub claim of the actor, if known',
  PRIMARY KEY (leaf_index),
  KEY ix_audit_event_organisation (organisation_code, leaf_index),
  KEY ix_audit_event_occurred (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Audit events, the leaves of the audit Merkle log';

-- Every checkpoint the platform signed. C2SP tlog-checkpoint: "A log MUST not sign any checkpoint
-- which is inconsistent with any checkpoint it previously signed": the signer checks a
-- consistency proof from the latest row here before signing, also after a restart.
CREATE TABLE audit_checkpoint (
  tree_size   BIGINT       NOT NULL COMMENT 'Tree size of the checkpoint',
  root_hash   BINARY(32)   NOT NULL COMMENT 'RFC 6962 root hash at that size',
  signed_at   DATETIME     NOT NULL COMMENT 'The time in the checkpoint''s timestamp extension line (UTC, seconds)',
  signed_note TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT 'The C2SP signed note exactly as published',
  PRIMARY KEY (tree_size)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Signed checkpoints (tree heads) of the audit Merkle log';
