-- Issue 5, auditor UI: search audit events by user name and by object as well as by organisation,
-- subject, action and time. Copies of members of the event (event_data stays the only record
-- that is hashed into the log; these columns only serve searching and are never trusted for
-- verification). Existing rows are filled from their event JSON.
ALTER TABLE audit_event
  ADD COLUMN username    VARCHAR(255) NULL COMMENT 'who.username of the event, if known' AFTER subject,
  ADD COLUMN object_type VARCHAR(32)  NULL COMMENT 'object.type of the event, if any' AFTER username,
  ADD COLUMN object_id   VARCHAR(255) NULL COMMENT 'object.id of the event, if any' AFTER object_type,
  ADD KEY ix_audit_event_username (username, leaf_index),
  ADD KEY ix_audit_event_subject (subject, leaf_index),
  ADD KEY ix_audit_event_object (object_id, leaf_index),
  ADD KEY ix_audit_event_action (action, leaf_index);

UPDATE audit_event
   SET username    = JSON_VALUE(CONVERT(event_data USING utf8mb4), '$.who.username'),
       object_type = JSON_VALUE(CONVERT(event_data USING utf8mb4), '$.object.type'),
       object_id   = JSON_VALUE(CONVERT(event_data USING utf8mb4), '$.object.id');
