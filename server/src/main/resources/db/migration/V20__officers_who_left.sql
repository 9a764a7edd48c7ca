-- An officer who left the center keeps their row: tickets, dossiers, ratings and reports name them for ever. The day
-- they left marks them gone (null: still working here); their account is locked by the application the same day.
alter table officer add column left_on date;
