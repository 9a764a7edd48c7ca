-- Demo: ratings and dossiers of October and November 2026, so that at the demo clock (Wed 02/12/2026) the public page
-- /cong-khai, the wall TV and /bao-cao/xep-hang show last month's rankings with movement since October. In November
-- Nguyễn Thị Hương (CB01) and Phạm Thu Trang (CB04) tie at 100% satisfied; Lê Minh Tuấn (CB03) has too few ratings to
-- be ranked; Đặng Quốc Việt (CB06) is ranked for the first time. Two violations of November are confirmed in the
-- register. Written for H2 and PostgreSQL alike: no generate_series, intervals under 100 minutes.

-- Ratings per officer and month: counts of each level, at their own counter and service on one day.
create table demo_rating_plan (
    officer_code varchar(10), counter_no integer, service_code varchar(20), service_day date,
    first_at timestamp with time zone, very integer, satisfied integer, neutral integer, unhappy integer
);
insert into demo_rating_plan values
  ('CB01', 1, 'HT-KS',   date '2026-10-14', timestamp with time zone '2026-10-14 08:00:00+07:00', 5, 3, 1, 0),
  ('CB07', 2, 'TP-CT',   date '2026-10-14', timestamp with time zone '2026-10-14 08:00:00+07:00', 6, 2, 0, 0),
  ('CB02', 3, 'DD-GCN',  date '2026-10-15', timestamp with time zone '2026-10-15 08:00:00+07:00', 4, 2, 1, 0),
  ('CB04', 4, 'KD-HKD',  date '2026-10-15', timestamp with time zone '2026-10-15 08:00:00+07:00', 3, 2, 1, 1),
  ('CB05', 5, 'LD-TCXH', date '2026-10-16', timestamp with time zone '2026-10-16 08:00:00+07:00', 5, 1, 0, 0),
  ('CB06', 6, 'CA-CT',   date '2026-10-16', timestamp with time zone '2026-10-16 08:00:00+07:00', 2, 1, 0, 0),
  ('CB01', 1, 'HT-KS',   date '2026-11-10', timestamp with time zone '2026-11-10 08:00:00+07:00', 9, 3, 0, 0),
  ('CB07', 2, 'TP-CT',   date '2026-11-10', timestamp with time zone '2026-11-10 08:00:00+07:00', 6, 4, 1, 0),
  ('CB02', 3, 'DD-GCN',  date '2026-11-11', timestamp with time zone '2026-11-11 08:00:00+07:00', 5, 4, 1, 1),
  ('CB04', 4, 'KD-HKD',  date '2026-11-11', timestamp with time zone '2026-11-11 08:00:00+07:00', 7, 3, 0, 0),
  ('CB05', 5, 'LD-TCXH', date '2026-11-12', timestamp with time zone '2026-11-12 08:00:00+07:00', 4, 3, 2, 1),
  ('CB06', 6, 'CA-CT',   date '2026-11-12', timestamp with time zone '2026-11-12 08:00:00+07:00', 6, 2, 1, 0),
  ('CB03', 3, 'XD-GP',   date '2026-11-13', timestamp with time zone '2026-11-13 08:00:00+07:00', 2, 1, 0, 0);

-- The n-th visitor of a plan row, and when they came after the first.
create table demo_rating_slot (n integer, after_first interval minute);
insert into demo_rating_slot values
  (1, interval '0' minute), (2, interval '8' minute), (3, interval '16' minute), (4, interval '24' minute),
  (5, interval '32' minute), (6, interval '40' minute), (7, interval '48' minute), (8, interval '56' minute),
  (9, interval '64' minute), (10, interval '72' minute), (11, interval '80' minute), (12, interval '88' minute);

-- One served ticket per rating; the level is carried in the tracking code's last letter until the rating is written.
insert into ticket (service_id, numbered_service_id, service_day, seq, number, priority, status, tracking_code,
                    issued_at, queue_day, queue_rank, queued_at, origin, called_at, served_at, finished_at,
                    counter_id, officer_id)
select s.id, s.id, p.service_day, 600 + t.n, s.letter || cast(600 + t.n as varchar), 'NONE', 'DONE',
       'rkdemo-' || p.officer_code || '-' || cast(p.service_day as varchar) || '-' || cast(t.n as varchar) || '-'
           || case when t.n <= p.very then 'V'
                   when t.n <= p.very + p.satisfied then 'S'
                   when t.n <= p.very + p.satisfied + p.neutral then 'N'
                   else 'U' end,
       p.first_at + t.after_first, p.service_day, 3, p.first_at + t.after_first, 'KIOSK',
       p.first_at + t.after_first + interval '2' minute, p.first_at + t.after_first + interval '3' minute,
       p.first_at + t.after_first + interval '7' minute, c.id, o.id
from demo_rating_plan p
join demo_rating_slot t on t.n <= p.very + p.satisfied + p.neutral + p.unhappy
join center_service s on s.code = p.service_code
join counter c on c.number = p.counter_no
join officer o on o.code = p.officer_code;

insert into rating (ticket_id, officer_id, counter_id, level, rated_at)
select k.id, k.officer_id, k.counter_id,
       case when k.tracking_code like '%-V' then 'VERY_SATISFIED'
            when k.tracking_code like '%-S' then 'SATISFIED'
            when k.tracking_code like '%-N' then 'NEUTRAL'
            else 'UNSATISFIED' end,
       k.finished_at + interval '1' minute
from ticket k
where k.tracking_code like 'rkdemo-%';

-- Every dissatisfied rating opens a follow-up for the head of the rated officer's unit (managers where there is none,
-- or where the head is the one rated); these of past months were followed up and resolved the next day.
insert into rating_follow_up (center_id, rating_id, officer_id, unit_id, head_officer_id, opened_at, due_at,
                              contacted_at, contact_note, resolution, resolved_at, resolved_by)
select 1, r.id, r.officer_id, o.unit_id, h.id, r.rated_at, r.rated_at + interval '48' hour,
       r.rated_at + interval '1' day, 'Đã gọi điện lại cho người dân', 'Đã xin lỗi và hướng dẫn lại thủ tục',
       r.rated_at + interval '1' day, case when h.id is null then 'giamdoc' else 'CB02' end
from rating r
join ticket k on k.id = r.ticket_id
join officer o on o.id = r.officer_id
left join officer h on h.code = 'CB02' and o.unit_id = h.unit_id and o.id <> h.id
where k.tracking_code like 'rkdemo-%' and r.level = 'UNSATISFIED';

-- Dossiers received in person in November by each officer, all finished in the month: the first `late` of each were
-- finished after their due date. Names are a placeholder: nothing about citizens is ranked or published.
create table demo_dossier_plan (officer_code varchar(10), slot varchar(1), handled integer, late integer);
insert into demo_dossier_plan values
  ('CB01', '1', 6, 0), ('CB07', '2', 5, 1), ('CB02', '3', 6, 1), ('CB04', '4', 5, 0), ('CB05', '5', 5, 2),
  ('CB03', '6', 6, 1), ('CB06', '7', 2, 0);

insert into dossier (center_id, code, procedure_code, procedure_id, owner_name, received_at, due_at, status,
                     processed_at, unit_id, unit_name, source, tracking_token, channel, receiving_officer_id)
select 1, '000.00.23.H22-26110' || cast(t.n + 2 as varchar) || '-05' || p.slot || cast(t.n as varchar),
       '1.000894', (select a.id from admin_procedure a where a.center_id = 1 and a.code = '1.000894'),
       'Công dân (dữ liệu mẫu)',
       timestamp with time zone '2026-11-02 08:30:00+07:00' + interval '1' day * t.n,
       timestamp with time zone '2026-11-05 16:00:00+07:00' + interval '1' day * t.n, 'DONE',
       case when t.n <= p.late then timestamp with time zone '2026-11-07 10:00:00+07:00' + interval '1' day * t.n
            else timestamp with time zone '2026-11-04 10:00:00+07:00' + interval '1' day * t.n end,
       u.id, u.name, 'LOCAL', 'rkdemo-d-' || p.officer_code || '-' || cast(t.n as varchar), 'IN_PERSON', o.id
from demo_dossier_plan p
join demo_rating_slot t on t.n <= p.handled
join officer o on o.code = p.officer_code
join unit u on u.id = o.unit_id;

-- Two violations of November, confirmed: an explanation accepted as the officer's own fault, and a dossier returned
-- through the officer's fault, recorded by the head of Kinh tế.
insert into violation (center_id, kind, dossier_id, officer_id, unit_id, head_officer_id, occurred_at, recorded_by,
                       evidence)
select 1, v.kind, d.id, o.id, o.unit_id, h.id, v.occurred_at, v.recorded_by, v.evidence
from (values
  ('LATE_OWN_FAULT', 'rkdemo-d-CB05-1', timestamp with time zone '2026-11-20 09:00:00+07:00', 'giamdoc',
   'Giải trình được chấp nhận: trễ hạn do lỗi của cán bộ'),
  ('RETURNED_BY_FAULT', 'rkdemo-d-CB03-1', timestamp with time zone '2026-11-24 14:00:00+07:00', 'CB02',
   'Trả lại hồ sơ do thẩm định sai thành phần hồ sơ')
) as v (kind, token, occurred_at, recorded_by, evidence)
join dossier d on d.tracking_token = v.token
join officer o on o.id = d.receiving_officer_id
left join officer h on h.code = case when o.unit_id = (select id from unit where code = 'KT') then 'CB02' end;

drop table demo_rating_plan;
drop table demo_rating_slot;
drop table demo_dossier_plan;
