-- The numbers a day's numbering skips because tickets carried into that day hold them. Kept when a ticket is carried,
-- so that issuing a number reads these few rows instead of scanning the day's tickets (10,000 on a busy day).
create table ticket_number_held (
    service_id   bigint   not null references center_service (id),
    service_day  date     not null,
    seq          integer  not null,
    primary key (service_id, service_day, seq)
);
insert into ticket_number_held (service_id, service_day, seq)
    select distinct numbered_service_id, queue_day, seq from ticket where carried_from is not null and seq is not null;
