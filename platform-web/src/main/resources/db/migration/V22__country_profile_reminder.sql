-- The yearly "please confirm your country profile" reminder (issue 8: "Profiles show when they
-- were last confirmed, and remind the State yearly"; docs/library.md). The daily job sends one
-- reminder per overdue period: it sets this column under the profile's row lock, so that in a
-- cluster only one node reminds, once.
ALTER TABLE country_profile
  ADD COLUMN reminder_sent_at DATETIME(3) NULL
    COMMENT 'When the State was last reminded to confirm its profile (UTC); NULL if never';
