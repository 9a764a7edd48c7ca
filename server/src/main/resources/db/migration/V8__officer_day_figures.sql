-- Every console shows its officer's own figures of the day and refreshes them on every change in the center:
-- find an officer's finished tickets and ratings of one day without reading the whole day.
create index ticket_officer_finished on ticket (officer_id, finished_at);
create index rating_officer_rated on rating (officer_id, rated_at);
