-- The pad draws 3, 4 or 5 faces and closes a ticket's rating after a positive number of seconds:
-- a setting outside that would leave the pad without faces or with a window that never opens.
alter table center add constraint center_rating_scale check (rating_scale between 3 and 5);
alter table center add constraint center_rating_window check (rating_window_seconds > 0);
