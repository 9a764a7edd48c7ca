-- A broker (cò giấy tờ) for the demo's broker watch (/canh-bao-co), relative to the demo clock (Wed 02/12/2026): one
-- phone number on dossiers of six different owners from 20/11 to 01/12 (received through a neighbouring agency's
-- code, so the center's own demo dossiers stay as they are), and on the morning of 01/12 a burst of five tickets for
-- five services within two minutes at the hall kiosk, none of them come when called. Names and numbers are made up.

insert into dossier (center_id, code, procedure_code, procedure_id, owner_name, phone, applicant_id_number,
                     received_at, due_at, status, unit_name, unit_id, source, tracking_token)
select 1, d.code, d.procedure_code, (select p.id from admin_procedure p where p.center_id = 1 and p.code = d.procedure_code),
       d.owner_name, '0966123789', '001080011223', d.received_at, d.due_at, 'PROCESSING', u.name, u.id, 'PROVINCE',
       d.tracking_token
from (values
  ('000.00.24.H22-261120-0101', '1.012753', 'Nguyễn Văn Khánh', timestamp with time zone '2026-11-20 08:40:00+07:00',
   timestamp with time zone '2026-12-04 16:00:00+07:00', 'KT', 'cgt1Xw8bq2MZpV0aLr4sNA'),
  ('000.00.24.H22-261123-0102', '1.004227', 'Trần Thị Huệ', timestamp with time zone '2026-11-23 09:10:00+07:00',
   timestamp with time zone '2026-12-07 16:00:00+07:00', 'KT', 'cgt2Kd7Rm1YxQe5bHs9uPw'),
  ('000.00.24.H22-261125-0103', '1.012753', 'Lê Văn Thịnh', timestamp with time zone '2026-11-25 08:20:00+07:00',
   timestamp with time zone '2026-12-09 16:00:00+07:00', 'KT', 'cgt3Vn4Lp8TzWc2jGf6yRe'),
  ('000.00.24.H22-261126-0104', '1.001776', 'Phạm Thị Duyên', timestamp with time zone '2026-11-26 10:05:00+07:00',
   timestamp with time zone '2026-12-10 16:00:00+07:00', 'VHXH', 'cgt4Bq9Xs3NhUd7kEa1mTo'),
  ('000.00.24.H22-261130-0105', '1.012753', 'Hoàng Văn Quyết', timestamp with time zone '2026-11-30 08:35:00+07:00',
   timestamp with time zone '2026-12-14 16:00:00+07:00', 'KT', 'cgt5Hr2Cw6JvLb8nDz4qXi'),
  ('000.00.24.H22-261201-0106', '1.004227', 'Vũ Thị Nhàn', timestamp with time zone '2026-12-01 09:15:00+07:00',
   timestamp with time zone '2026-12-04 16:00:00+07:00', 'KT', 'cgt6Ty5Gk1PmSa3rFw7eVu')
) as d (code, procedure_code, owner_name, received_at, due_at, unit_code, tracking_token)
join unit u on u.code = d.unit_code;

insert into ticket (service_id, numbered_service_id, service_day, seq, number, priority, status, tracking_code,
                    issued_at, queue_day, queue_rank, queued_at, origin, called_at, finished_at, recalls, kiosk)
select s.id, s.id, date '2026-12-01', 1, s.letter || '001', 'NONE', 'NO_SHOW', t.tracking_code, t.issued_at,
       date '2026-12-01', 3, t.issued_at, 'KIOSK', t.issued_at + interval '40' minute,
       t.issued_at + interval '45' minute, 2, 'Kiosk sảnh'
from (values
  ('HT-KS',  'brkdemo2a7x1', timestamp with time zone '2026-12-01 07:31:05+07:00'),
  ('TP-CT',  'brkdemo2a7x2', timestamp with time zone '2026-12-01 07:31:30+07:00'),
  ('DD-GCN', 'brkdemo2a7x3', timestamp with time zone '2026-12-01 07:31:58+07:00'),
  ('KD-HKD', 'brkdemo2a7x4', timestamp with time zone '2026-12-01 07:32:31+07:00'),
  ('CA-CT',  'brkdemo2a7x5', timestamp with time zone '2026-12-01 07:33:02+07:00')
) as t (service_code, tracking_code, issued_at)
join center_service s on s.code = t.service_code;
