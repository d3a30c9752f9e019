-- Cooperation statistics (issue 9, docs/statistics.md, docs/benchmarks.md): a version of the
-- data the figures are computed from, so that computed figures can be reused until that data
-- changes, and never after.
--
-- The figures stay computed by queries over the live rows (cooperation_request, cooperation_asset,
-- cooperation_challenge, un_regional_group); nothing here is a figure. The triggers below bump
-- `version` inside the statement, hence inside the transaction, of every write that changes a
-- column the statistics read: the requests feature (JPA), the generated history writer
-- (HistoryWriter), tests that insert raw rows, a DBA's manual fix alike. A cached figure is served
-- only while the version it was computed at is still the current one (SqlStatisticsRepository),
-- so it cannot outlive a change, and there is no counter maintained by hand that could drift.
--
-- `max_event_at` is the latest acknowledgement or closing time ever written: a table whose
-- cut-off is "now" (period ending today) stays exact while time passes only if no stored
-- timestamp lies between the moment it was computed and the moment it is served (and the UTC
-- day, which decides "deadline day ended", is the same). Deleting rows leaves it as an upper
-- bound, which is safe.
--
-- One row: every write that changes statistics data updates it, so such writes are serialised on
-- it until they commit. Requests for cooperation change a few hundred times a year (seed 004
-- footnote 2); updates of other columns (reminders, overdue marks, optimistic lock versions) do
-- not touch it.

CREATE TABLE statistics_version (
  id            TINYINT     NOT NULL COMMENT 'Always 1: a single row',
  version       BIGINT      NOT NULL COMMENT 'Bumped by the triggers on every change of data the statistics read',
  max_event_at  DATETIME(3) NOT NULL COMMENT 'UTC; latest acknowledged_at or closed_at ever written to cooperation_request',
  PRIMARY KEY (id),
  CONSTRAINT ck_statistics_version_single CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Version of the data the cooperation statistics are computed from (V70); not a figure';

-- Rebuilt from the live rows.
INSERT INTO statistics_version (id, version, max_event_at)
SELECT 1, 1, GREATEST(COALESCE(MAX(acknowledged_at), TIMESTAMP'1970-01-01 00:00:00'),
                      COALESCE(MAX(closed_at), TIMESTAMP'1970-01-01 00:00:00'))
  FROM cooperation_request;

CREATE TRIGGER tr_statistics_request_insert AFTER INSERT ON cooperation_request FOR EACH ROW
  UPDATE statistics_version
     SET version = version + 1,
         max_event_at = GREATEST(max_event_at, COALESCE(NEW.acknowledged_at, max_event_at), COALESCE(NEW.closed_at, max_event_at))
   WHERE id = 1;

-- Only the columns the statistics read (docs/statistics.md); thread_id and request_group for
-- completeness of the join keys and generated-data markers.
CREATE TRIGGER tr_statistics_request_update AFTER UPDATE ON cooperation_request FOR EACH ROW
  UPDATE statistics_version
     SET version = version + 1,
         max_event_at = GREATEST(max_event_at, COALESCE(NEW.acknowledged_at, max_event_at), COALESCE(NEW.closed_at, max_event_at))
   WHERE id = 1
     AND NOT (OLD.thread_id <=> NEW.thread_id AND OLD.requested_org <=> NEW.requested_org
              AND OLD.request_type <=> NEW.request_type AND OLD.status <=> NEW.status
              AND OLD.submitted_at <=> NEW.submitted_at AND OLD.acknowledged_at <=> NEW.acknowledged_at
              AND OLD.closed_at <=> NEW.closed_at AND OLD.deadline <=> NEW.deadline);

CREATE TRIGGER tr_statistics_request_delete AFTER DELETE ON cooperation_request FOR EACH ROW
  UPDATE statistics_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_statistics_asset_insert AFTER INSERT ON cooperation_asset FOR EACH ROW
  UPDATE statistics_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_statistics_asset_update AFTER UPDATE ON cooperation_asset FOR EACH ROW
  UPDATE statistics_version SET version = version + 1
   WHERE id = 1
     AND NOT (OLD.request_id <=> NEW.request_id AND OLD.status <=> NEW.status
              AND OLD.currency <=> NEW.currency AND OLD.estimated_value <=> NEW.estimated_value);

CREATE TRIGGER tr_statistics_asset_delete AFTER DELETE ON cooperation_asset FOR EACH ROW
  UPDATE statistics_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_statistics_challenge_insert AFTER INSERT ON cooperation_challenge FOR EACH ROW
  UPDATE statistics_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_statistics_challenge_update AFTER UPDATE ON cooperation_challenge FOR EACH ROW
  UPDATE statistics_version SET version = version + 1
   WHERE id = 1
     AND NOT (OLD.request_id <=> NEW.request_id AND OLD.code <=> NEW.code AND OLD.recorded_at <=> NEW.recorded_at);

CREATE TRIGGER tr_statistics_challenge_delete AFTER DELETE ON cooperation_challenge FOR EACH ROW
  UPDATE statistics_version SET version = version + 1 WHERE id = 1;

-- Reference data (the region of a State): changed by migrations only, covered all the same.
CREATE TRIGGER tr_statistics_region_insert AFTER INSERT ON un_regional_group FOR EACH ROW
  UPDATE statistics_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_statistics_region_update AFTER UPDATE ON un_regional_group FOR EACH ROW
  UPDATE statistics_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_statistics_region_delete AFTER DELETE ON un_regional_group FOR EACH ROW
  UPDATE statistics_version SET version = version + 1 WHERE id = 1;
