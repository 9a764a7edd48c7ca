-- Reports over a year of a large center (issue 17; ./bench.sh reports measures them over 10^6 tickets and 2x10^5
-- dossiers): each monthly figure reads the month it is about, not the whole year. Runs unchanged on H2 and PostgreSQL.

-- The monthly evaluation's waits and services: tickets called, and tickets finished, in the month.
create index ticket_called on ticket (called_at);
create index ticket_finished on ticket (finished_at);
-- A month's absences, and the boards' and scorecards' histories of tickets finished or transferred in a period: the
-- events of one kind in a time range.
create index ticket_event_kind_at on ticket_event (kind, at);
-- A scorecard: the tickets one officer acted on in the month.
create index ticket_event_officer_at on ticket_event (officer_id, at);
-- The dossiers each officer handled in a month: the hand-offs of the month.
create index dossier_hand_off_handed on dossier_hand_off (center_id, handed_at);
-- The daily overdue list: the open dossiers (a few thousand of a year's 200,000), then their latenesses and warnings.
-- The status first: H2 looks a list of values up only in an index's first column.
create index dossier_open on dossier (status, center_id);
