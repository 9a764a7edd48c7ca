-- The reasons in a ticket's history are words now (service and counter names, and the officer's own reason of up to
-- 400 characters): room for both. Runs unchanged on H2 and PostgreSQL.
alter table ticket_event alter column reason set data type varchar(1000);
