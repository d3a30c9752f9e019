-- Cooperation requests (issue 7, docs/requests.md): the dates two lifecycle steps carry.
-- V30 keeps its meaning; these columns only add what POSTPONE and EXPLAIN_DELAY need.

ALTER TABLE cooperation_request
  ADD COLUMN postponed_until DATE NULL COMMENT 'POSTPONED (art. 94): the date execution is expected to resume; NULL otherwise'
  AFTER overdue_explained_at;

ALTER TABLE cooperation_transition
  ADD COLUMN new_date DATE NULL COMMENT 'POSTPONE: expected date; EXPLAIN_DELAY: the new estimate (also in cooperation_deadline_explanation); signed with the rest'
  AFTER reason;
