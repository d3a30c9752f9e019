-- Country profiles (issue 8, DESIGN.md section 6; Rome Statute art. 87(1)-(2); seed 000 para 9,
-- seed 004 paras 27-40): one per State, kept by its own focal points, read by every organisation.
-- Every edit is a new version; the content of a version is one JSON document (docs/library.md).

CREATE TABLE country_profile (
  state_code        VARCHAR(16) NOT NULL COMMENT 'Organisation code of the State (ISO 3166-1 alpha-2)',
  current_version   INT         NOT NULL COMMENT 'Number of the latest version',
  last_confirmed_at DATETIME(3) NOT NULL COMMENT 'When a focal point last saved or confirmed the profile as current (UTC); a yearly reminder is due after a year',
  last_confirmed_by VARCHAR(255) NOT NULL COMMENT 'User name of who confirmed it',
  PRIMARY KEY (state_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Country profiles of States: pointer to the current version and confirmation date';

CREATE TABLE country_profile_version (
  state_code     VARCHAR(16)  NOT NULL COMMENT 'The State',
  version_no     INT          NOT NULL COMMENT '1, 2, 3... in order of editing',
  content        LONGTEXT     NOT NULL COMMENT 'JSON: focal points, competent authorities, channel, languages, procedures, agreements, legislation status',
  editor_realm   VARCHAR(64)  NOT NULL COMMENT 'Keycloak realm of the editor',
  editor_subject VARCHAR(255) NOT NULL COMMENT 'sub claim of the editor',
  editor_name    VARCHAR(255) NOT NULL COMMENT 'User name of the editor',
  edited_at      DATETIME(3)  NOT NULL COMMENT 'When saved (UTC)',
  PRIMARY KEY (state_code, version_no),
  CONSTRAINT ck_country_profile_json CHECK (JSON_VALID(content)),
  CONSTRAINT fk_country_profile_version FOREIGN KEY (state_code) REFERENCES country_profile (state_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Every version of every country profile, never updated or deleted';
