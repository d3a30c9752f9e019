-- Cooperation statistics (issue 9, docs/statistics.md "Where the figures come from"): a log of
-- which rows the statistics read changed, at which data version, so that each server keeps an
-- exact in-memory copy of those few columns (StatisticsReplica) current by re-reading only the
-- changed rows, instead of recomputing every figure by a pass over up to 100,000 rows in MariaDB
-- (docs/benchmarks.md, statistics).
--
-- The V70 triggers are replaced (dropped and created again, V70 unchanged): each trigger, in the
-- statement (hence the transaction) that changes a row the statistics read, bumps
-- statistics_version.version and logs the row's id with the new version. The version row stays
-- locked by that transaction until it commits, so versions are given out in commit order: a
-- reader whose snapshot shows version V also sees every log row with a version <= V, and exactly
-- one log row (two if a primary key changed) per version. A reader checks that no version is
-- missing in the range it reads; if one is (the log was pruned past it), it reloads everything.
--
-- Nothing here is a figure: the log names rows, the copy holds the rows' own values, and the
-- figures are computed from that copy on every call.
--
-- max_event_at (V70) served the result cache that this copy replaces: dropped.
--
-- The new version reaches the log through a user variable assigned by the UPDATE itself
-- (@statistics_change_version, set and read in the same trigger, so in the same statement of the
-- same session). Measured on 50,000 single-row trigger runs (docs/benchmarks.md): the V70
-- trigger alone 1.7-1.9 s; with the log row read back by INSERT ... SELECT from
-- statistics_version 18-22 s; by SELECT ... INTO a local variable 4.3-4.9 s; this way 2.5-2.7 s.

CREATE TABLE statistics_change (
  version     BIGINT      NOT NULL COMMENT 'statistics_version.version given to the change',
  table_code  CHAR(1)     CHARACTER SET ascii NOT NULL COMMENT 'R cooperation_request, A cooperation_asset, C cooperation_challenge, G un_regional_group',
  row_id      VARCHAR(36) CHARACTER SET ascii NOT NULL COMMENT 'Primary key of the changed row (thread_id, id or state_code)',
  changed_at  DATETIME(3) NOT NULL COMMENT 'UTC; rows older than a day are pruned (StatisticsReplicaSchedule)',
  PRIMARY KEY (version, table_code, row_id),
  KEY ix_statistics_change_changed (changed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Rows whose statistics columns changed, by data version (V71); not a figure';

DROP TRIGGER tr_statistics_request_insert;
DROP TRIGGER tr_statistics_request_update;
DROP TRIGGER tr_statistics_request_delete;
DROP TRIGGER tr_statistics_asset_insert;
DROP TRIGGER tr_statistics_asset_update;
DROP TRIGGER tr_statistics_asset_delete;
DROP TRIGGER tr_statistics_challenge_insert;
DROP TRIGGER tr_statistics_challenge_update;
DROP TRIGGER tr_statistics_challenge_delete;
DROP TRIGGER tr_statistics_region_insert;
DROP TRIGGER tr_statistics_region_update;
DROP TRIGGER tr_statistics_region_delete;

ALTER TABLE statistics_version DROP COLUMN max_event_at;

DELIMITER //

CREATE TRIGGER tr_statistics_request_insert AFTER INSERT ON cooperation_request FOR EACH ROW
BEGIN
  UPDATE statistics_version SET version = (@statistics_change_version := version + 1) WHERE id = 1;
  INSERT INTO statistics_change (version, table_code, row_id, changed_at)
    VALUES (@statistics_change_version, 'R', NEW.thread_id, UTC_TIMESTAMP(3));
END//

-- Only the columns the statistics read (docs/statistics.md); thread_id as the key. A changed key
-- logs the old one too (its row is gone).
CREATE TRIGGER tr_statistics_request_update AFTER UPDATE ON cooperation_request FOR EACH ROW
BEGIN
  IF NOT (OLD.thread_id <=> NEW.thread_id AND OLD.requested_org <=> NEW.requested_org
          AND OLD.request_type <=> NEW.request_type AND OLD.status <=> NEW.status
          AND OLD.submitted_at <=> NEW.submitted_at AND OLD.acknowledged_at <=> NEW.acknowledged_at
          AND OLD.closed_at <=> NEW.closed_at AND OLD.deadline <=> NEW.deadline) THEN
    UPDATE statistics_version SET version = (@statistics_change_version := version + 1) WHERE id = 1;
    INSERT INTO statistics_change (version, table_code, row_id, changed_at)
      VALUES (@statistics_change_version, 'R', NEW.thread_id, UTC_TIMESTAMP(3));
    IF NOT (OLD.thread_id <=> NEW.thread_id) THEN
      INSERT INTO statistics_change (version, table_code, row_id, changed_at)
        VALUES (@statistics_change_version, 'R', OLD.thread_id, UTC_TIMESTAMP(3));
    END IF;
  END IF;
END//

CREATE TRIGGER tr_statistics_request_delete AFTER DELETE ON cooperation_request FOR EACH ROW
BEGIN
  UPDATE statistics_version SET version = (@statistics_change_version := version + 1) WHERE id = 1;
  INSERT INTO statistics_change (version, table_code, row_id, changed_at)
    VALUES (@statistics_change_version, 'R', OLD.thread_id, UTC_TIMESTAMP(3));
END//

CREATE TRIGGER tr_statistics_asset_insert AFTER INSERT ON cooperation_asset FOR EACH ROW
BEGIN
  UPDATE statistics_version SET version = (@statistics_change_version := version + 1) WHERE id = 1;
  INSERT INTO statistics_change (version, table_code, row_id, changed_at)
    VALUES (@statistics_change_version, 'A', NEW.id, UTC_TIMESTAMP(3));
END//

CREATE TRIGGER tr_statistics_asset_update AFTER UPDATE ON cooperation_asset FOR EACH ROW
BEGIN
  IF NOT (OLD.id <=> NEW.id AND OLD.request_id <=> NEW.request_id AND OLD.status <=> NEW.status
          AND OLD.currency <=> NEW.currency AND OLD.estimated_value <=> NEW.estimated_value) THEN
    UPDATE statistics_version SET version = (@statistics_change_version := version + 1) WHERE id = 1;
    INSERT INTO statistics_change (version, table_code, row_id, changed_at)
      VALUES (@statistics_change_version, 'A', NEW.id, UTC_TIMESTAMP(3));
    IF NOT (OLD.id <=> NEW.id) THEN
      INSERT INTO statistics_change (version, table_code, row_id, changed_at)
        VALUES (@statistics_change_version, 'A', OLD.id, UTC_TIMESTAMP(3));
    END IF;
  END IF;
END//

CREATE TRIGGER tr_statistics_asset_delete AFTER DELETE ON cooperation_asset FOR EACH ROW
BEGIN
  UPDATE statistics_version SET version = (@statistics_change_version := version + 1) WHERE id = 1;
  INSERT INTO statistics_change (version, table_code, row_id, changed_at)
    VALUES (@statistics_change_version, 'A', OLD.id, UTC_TIMESTAMP(3));
END//

CREATE TRIGGER tr_statistics_challenge_insert AFTER INSERT ON cooperation_challenge FOR EACH ROW
BEGIN
  UPDATE statistics_version SET version = (@statistics_change_version := version + 1) WHERE id = 1;
  INSERT INTO statistics_change (version, table_code, row_id, changed_at)
    VALUES (@statistics_change_version, 'C', NEW.id, UTC_TIMESTAMP(3));
END//

CREATE TRIGGER tr_statistics_challenge_update AFTER UPDATE ON cooperation_challenge FOR EACH ROW
BEGIN
  IF NOT (OLD.id <=> NEW.id AND OLD.request_id <=> NEW.request_id AND OLD.code <=> NEW.code
          AND OLD.recorded_at <=> NEW.recorded_at) THEN
    UPDATE statistics_version SET version = (@statistics_change_version := version + 1) WHERE id = 1;
    INSERT INTO statistics_change (version, table_code, row_id, changed_at)
      VALUES (@statistics_change_version, 'C', NEW.id, UTC_TIMESTAMP(3));
    IF NOT (OLD.id <=> NEW.id) THEN
      INSERT INTO statistics_change (version, table_code, row_id, changed_at)
        VALUES (@statistics_change_version, 'C', OLD.id, UTC_TIMESTAMP(3));
    END IF;
  END IF;
END//

CREATE TRIGGER tr_statistics_challenge_delete AFTER DELETE ON cooperation_challenge FOR EACH ROW
BEGIN
  UPDATE statistics_version SET version = (@statistics_change_version := version + 1) WHERE id = 1;
  INSERT INTO statistics_change (version, table_code, row_id, changed_at)
    VALUES (@statistics_change_version, 'C', OLD.id, UTC_TIMESTAMP(3));
END//

-- Reference data (the region of a State): changed by migrations only, covered all the same; the
-- copy rereads the whole (195-row) table on any change of it.
CREATE TRIGGER tr_statistics_region_insert AFTER INSERT ON un_regional_group FOR EACH ROW
BEGIN
  UPDATE statistics_version SET version = (@statistics_change_version := version + 1) WHERE id = 1;
  INSERT INTO statistics_change (version, table_code, row_id, changed_at)
    VALUES (@statistics_change_version, 'G', NEW.state_code, UTC_TIMESTAMP(3));
END//

CREATE TRIGGER tr_statistics_region_update AFTER UPDATE ON un_regional_group FOR EACH ROW
BEGIN
  UPDATE statistics_version SET version = (@statistics_change_version := version + 1) WHERE id = 1;
  INSERT INTO statistics_change (version, table_code, row_id, changed_at)
    VALUES (@statistics_change_version, 'G', NEW.state_code, UTC_TIMESTAMP(3));
END//

CREATE TRIGGER tr_statistics_region_delete AFTER DELETE ON un_regional_group FOR EACH ROW
BEGIN
  UPDATE statistics_version SET version = (@statistics_change_version := version + 1) WHERE id = 1;
  INSERT INTO statistics_change (version, table_code, row_id, changed_at)
    VALUES (@statistics_change_version, 'G', OLD.state_code, UTC_TIMESTAMP(3));
END//

DELIMITER ;
