-- After closing time (or on a day off) the kiosk issues no ticket unless the center allows tickets for the next
-- working day: then a ticket taken now is numbered and queued for that day. Off unless the administrator turns it on.
alter table center add column next_day_tickets boolean default false not null;
