-- Accounts that an organisation's administrator disabled. Keycloak stops issuing tokens to a
-- disabled user, but tokens already issued stay valid until they expire; the platform refuses
-- them at once by checking this table on every request (DESIGN.md section 2).
CREATE TABLE account_block (
  issuer     VARCHAR(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL COMMENT 'Realm issuer of the account',
  subject    VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL COMMENT 'Keycloak user id (sub claim)',
  blocked_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  blocked_by VARCHAR(255) NOT NULL COMMENT 'User name of the administrator who disabled the account',
  PRIMARY KEY (issuer, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Disabled accounts whose still-valid tokens and sessions are refused';
