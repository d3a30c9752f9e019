-- The organisation registry (DESIGN.md sections 2-3): who takes part in the platform and which
-- Keycloak realm each one trusts. It is the only source of trusted token issuers.
CREATE TABLE organisation (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  code             VARCHAR(16)  NOT NULL COMMENT 'ISO 3166-1 alpha-2 for a State (NL); COURT, PLATFORM, or an upper-case name otherwise',
  name             VARCHAR(200) NOT NULL COMMENT 'Name shown to people, e.g. Netherlands',
  kind             VARCHAR(32)  NOT NULL COMMENT 'STATE, COURT, PLATFORM_OPERATOR or INTERNATIONAL_ORGANISATION',
  party_to_statute BOOLEAN      NULL     COMMENT 'States only: party to the Rome Statute (art. 87(5) covers the others)',
  realm            VARCHAR(64)  NOT NULL COMMENT 'Keycloak realm of its users and national systems, e.g. state-nl',
  -- nopad_bin: the iss claim must match byte for byte; the default collations ignore case and
  -- trailing spaces, which would let https://KC/realms/State-NL pass for https://kc/realms/state-nl.
  issuer           VARCHAR(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL COMMENT 'Exact iss claim of tokens from that realm',
  status           VARCHAR(16)  NOT NULL COMMENT 'ACTIVE or SUSPENDED (every request refused at once, data kept)',
  created_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  UNIQUE KEY uk_organisation_code (code),
  UNIQUE KEY uk_organisation_realm (realm),
  UNIQUE KEY uk_organisation_issuer (issuer)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Organisations taking part in the platform and the realm each one trusts';
