-- The best-practice library (issue 8, DESIGN.md section 6; seeds 000 para 8, 002 para 12):
-- entries contributed by State focal points and Court users, moderated before publication, every
-- change a new immutable version, searchable in full text (docs/library.md).

-- One row per entry: who owns it and which of its versions is published.
CREATE TABLE library_entry (
  id                   BIGINT      NOT NULL AUTO_INCREMENT,
  owner_organisation   VARCHAR(16) NOT NULL COMMENT 'Organisation code of the contributor of version 1 (NL, COURT); only its contributors propose new versions',
  current_version_id   BIGINT      NULL     COMMENT 'The latest approved version, the one others see and search; NULL until one is approved',
  created_at           DATETIME(3) NOT NULL COMMENT 'When version 1 was submitted (UTC)',
  PRIMARY KEY (id),
  KEY ix_library_entry_owner (owner_organisation),
  KEY ix_library_entry_current (current_version_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Library entries; their content lives in library_entry_version';

-- Each version is a full snapshot, written once when submitted; only its moderation columns
-- change afterwards (PENDING -> APPROVED or REJECTED, once).
CREATE TABLE library_entry_version (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  entry_id              BIGINT        NOT NULL COMMENT 'The entry this is a version of',
  version_no            INT           NOT NULL COMMENT '1, 2, 3... in order of submission',
  status                VARCHAR(16)   NOT NULL COMMENT 'PENDING, APPROVED or REJECTED (moderation, docs/library.md)',
  title                 VARCHAR(300)  NOT NULL COMMENT 'Title in the document''s language',
  summary               TEXT          NOT NULL COMMENT 'Summary in the first of the document''s languages',
  document_type         VARCHAR(32)   NOT NULL COMMENT 'LEGISLATION, PROCEDURE, GUIDELINE, MODEL_AGREEMENT, CASE_STUDY, TRAINING_MATERIAL',
  source                VARCHAR(500)  NULL     COMMENT 'Where the document comes from (gazette, ministry, Court unit)',
  document_date         DATE          NULL     COMMENT 'Date of the document itself (adoption, publication)',
  visibility            VARCHAR(20)   NOT NULL COMMENT 'ALL_ORGANISATIONS, COURT_ONLY or PUBLIC',
  search_text           MEDIUMTEXT    NOT NULL COMMENT 'Summaries in other languages and text extracted from attachments: indexed, never shown whole',
  contributor_org       VARCHAR(16)   NOT NULL COMMENT 'Organisation code of the contributor',
  contributor_realm     VARCHAR(64)   NOT NULL COMMENT 'Keycloak realm of the contributor',
  contributor_subject   VARCHAR(255)  NOT NULL COMMENT 'sub claim of the contributor',
  contributor_name      VARCHAR(255)  NOT NULL COMMENT 'User name of the contributor, for people',
  submitted_at          DATETIME(3)   NOT NULL COMMENT 'When submitted for moderation (UTC)',
  change_note           VARCHAR(1000) NULL     COMMENT 'What changed from the previous version, in the contributor''s words',
  reviewer_realm        VARCHAR(64)   NULL     COMMENT 'Realm of the reviewer who decided',
  reviewer_subject      VARCHAR(255)  NULL     COMMENT 'sub claim of the reviewer who decided',
  reviewer_name         VARCHAR(255)  NULL     COMMENT 'User name of the reviewer who decided',
  reviewed_at           DATETIME(3)   NULL     COMMENT 'When approved or rejected (UTC)',
  review_note           VARCHAR(1000) NULL     COMMENT 'Reason for a rejection (mandatory) or note on an approval',
  PRIMARY KEY (id),
  UNIQUE KEY uk_library_version_no (entry_id, version_no),
  KEY ix_library_version_status (status, submitted_at),
  KEY ix_library_version_type (document_type),
  KEY ix_library_version_date (document_date),
  CONSTRAINT fk_library_version_entry FOREIGN KEY (entry_id) REFERENCES library_entry (id),
  -- Ranking weighs a title match more: MATCH() needs an index on exactly its columns.
  FULLTEXT KEY ft_library_version_title (title),
  FULLTEXT KEY ft_library_version_all (title, summary, search_text)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Immutable versions of library entries, with their moderation decision';

ALTER TABLE library_entry
  ADD CONSTRAINT fk_library_entry_current FOREIGN KEY (current_version_id) REFERENCES library_entry_version (id);

CREATE TABLE library_version_summary (
  version_id BIGINT     NOT NULL COMMENT 'The version',
  language   VARCHAR(8) NOT NULL COMMENT 'ISO 639-1 code of the summary''s language (fr, es)',
  summary    TEXT       NOT NULL COMMENT 'The summary in that language (journey 5: a French summary of a Dutch note)',
  PRIMARY KEY (version_id, language),
  CONSTRAINT fk_library_summary_version FOREIGN KEY (version_id) REFERENCES library_entry_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Summaries of a version in other languages';

CREATE TABLE library_version_jurisdiction (
  version_id   BIGINT     NOT NULL COMMENT 'The version',
  jurisdiction VARCHAR(8) NOT NULL COMMENT 'ISO 3166-1 alpha-2 code, or ICC (the Court) or INT (international)',
  PRIMARY KEY (version_id, jurisdiction),
  KEY ix_library_jurisdiction (jurisdiction, version_id),
  CONSTRAINT fk_library_jurisdiction_version FOREIGN KEY (version_id) REFERENCES library_entry_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Jurisdictions a version concerns (search filter and facet)';

CREATE TABLE library_version_topic (
  version_id BIGINT      NOT NULL COMMENT 'The version',
  topic      VARCHAR(40) NOT NULL COMMENT 'ASSET_RECOVERY, FINANCIAL_INVESTIGATION, ... (issue 8''s list)',
  PRIMARY KEY (version_id, topic),
  KEY ix_library_topic (topic, version_id),
  CONSTRAINT fk_library_topic_version FOREIGN KEY (version_id) REFERENCES library_entry_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Topics of a version (search filter and facet)';

CREATE TABLE library_version_language (
  version_id BIGINT     NOT NULL COMMENT 'The version',
  language   VARCHAR(8) NOT NULL COMMENT 'ISO 639-1 code of a language the document is in',
  PRIMARY KEY (version_id, language),
  KEY ix_library_language (language, version_id),
  CONSTRAINT fk_library_language_version FOREIGN KEY (version_id) REFERENCES library_entry_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Languages of the document (search filter and facet)';

-- File contents, stored once per SHA-256 whatever the number of versions that carry them. In the
-- database, not on a node's disk, so every node of a cluster serves them (docs/library.md: limit
-- 10 MiB per file).
CREATE TABLE library_file (
  sha256         CHAR(64)     NOT NULL COMMENT 'Lower-case hex SHA-256 of the content',
  media_type     VARCHAR(100) NOT NULL COMMENT 'Type found by reading the content (never the client''s word)',
  size_bytes     BIGINT       NOT NULL COMMENT 'Length of the content',
  content        LONGBLOB     NOT NULL COMMENT 'The file',
  extracted_text MEDIUMTEXT   NOT NULL COMMENT 'Text extracted for search (first 1 MiB characters)',
  created_at     DATETIME(3)  NOT NULL COMMENT 'When first uploaded (UTC)',
  PRIMARY KEY (sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Contents of library attachments, deduplicated by hash';

CREATE TABLE library_attachment (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  version_id  BIGINT       NOT NULL COMMENT 'The version that carries the file',
  file_name   VARCHAR(200) NOT NULL COMMENT 'Name to download it under (cleaned of paths and control characters)',
  sha256      CHAR(64)     NOT NULL COMMENT 'The content, in library_file',
  added_at    DATETIME(3)  NOT NULL COMMENT 'When attached (UTC)',
  PRIMARY KEY (id),
  KEY ix_library_attachment_version (version_id),
  CONSTRAINT fk_library_attachment_version FOREIGN KEY (version_id) REFERENCES library_entry_version (id),
  CONSTRAINT fk_library_attachment_file FOREIGN KEY (sha256) REFERENCES library_file (sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Files attached to a version; a new version carries its predecessor''s files forward';
