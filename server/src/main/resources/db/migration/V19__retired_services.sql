-- A service the center no longer offers is retired, never deleted: its tickets, numbers and reports keep pointing at
-- it. The kiosk and the API offer only services that are not retired; counters still call its waiting tickets.
alter table center_service add column retired boolean default false not null;
