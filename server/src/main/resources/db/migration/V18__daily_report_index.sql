-- The daily report's numbers issued, read day by day over a month for the reports hub's chart: without it each day
-- read every ticket of the year (./bench.sh reports). Runs unchanged on H2 and PostgreSQL.
create index ticket_issued on ticket (issued_at);
