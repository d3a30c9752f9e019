-- Cooperation statistics (issue 9, docs/statistics.md): indexes that let the dashboard's queries
-- answer from indexes alone, measured with 100,000 requests (docs/benchmarks.md, statistics).
--
-- un_regional_group.state_code had the ASCII character set while cooperation_request.requested_org
-- (and every organisation code) is utf8mb4: MariaDB cannot use an index to join columns of
-- different character sets, so every request was compared with every State (a block nested loop,
-- 20 s for 100,000 requests). The code takes the type of the organisation codes.
ALTER TABLE un_regional_group
  MODIFY state_code VARCHAR(16) NOT NULL COMMENT 'ISO 3166-1 alpha-2 code, typed as organisation codes for the join with requested_org';

-- Everything the requests table reads, in the order of the period filter: an index-only range scan.
CREATE INDEX ix_cooperation_request_statistics
  ON cooperation_request (submitted_at, requested_org, request_type, status, acknowledged_at, closed_at, deadline);

-- The assets of the selected requests, with the columns the statistics sum.
CREATE INDEX ix_cooperation_asset_statistics
  ON cooperation_asset (request_id, status, currency, estimated_value);

-- Challenges by the period they were recorded in.
CREATE INDEX ix_cooperation_challenge_recorded
  ON cooperation_challenge (recorded_at, request_id, code);
