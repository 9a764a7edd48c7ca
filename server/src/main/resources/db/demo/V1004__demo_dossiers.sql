-- Demo dossiers as if imported from the province's one-stop information system (source PROVINCE): codes of the
-- commune's agency (000.00.23.H22), received 16/11 to 02/12/2026, due from late November to mid December, so a demo at
-- 02/12/2026 has dossiers on time, due today and already late. The procedure is matched to the catalogue when it has
-- that national code (else left for a later import to match). import_digest is empty: the first real import of the
-- same code updates it. Names and phone numbers are made up.

insert into dossier (center_id, code, procedure_code, procedure_id, owner_name, phone, received_at, due_at, status,
                     processed_at, returned_at, unit_name, unit_id, source, tracking_token)
select 1, d.code, d.procedure_code,
       (select p.id from admin_procedure p where p.center_id = 1 and p.code = d.procedure_code),
       d.owner_name, d.phone, d.received_at, d.due_at, d.status, d.processed_at, d.returned_at,
       u.name, u.id, 'PROVINCE', d.tracking_token
from (values
  ('000.00.23.H22-261116-0001', '1.012753', 'Nguyễn Văn Bình', '0912345601', timestamp with time zone '2026-11-16 08:12:00+07:00',
   timestamp with time zone '2026-11-30 16:00:00+07:00', 'PROCESSING', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'KT', 'WNPuFbuhphUOxokksS8pHQ'),
  ('000.00.23.H22-261116-0002', '1.000894', 'Trần Thị Mai', '0987650102', timestamp with time zone '2026-11-16 09:05:00+07:00',
   timestamp with time zone '2026-11-19 16:00:00+07:00', 'RETURNED', timestamp with time zone '2026-11-18 15:20:00+07:00', timestamp with time zone '2026-11-19 09:40:00+07:00', 'TP', 'B__Y9LEpdzJEdy8JTqpBCw'),
  ('000.00.23.H22-261117-0001', '1.004227', 'Lê Hoàng Nam', '0905123403', timestamp with time zone '2026-11-17 08:40:00+07:00',
   timestamp with time zone '2026-11-20 16:00:00+07:00', 'DONE', timestamp with time zone '2026-11-20 10:15:00+07:00', cast(null as timestamp with time zone), 'KT', '7dQKHvOIbyMoDLDoe00r3g'),
  ('000.00.23.H22-261117-0002', '1.012753', 'Phạm Thị Hoa', '0936222304', timestamp with time zone '2026-11-17 10:22:00+07:00',
   timestamp with time zone '2026-12-01 16:00:00+07:00', 'PROCESSING', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'KT', 'ELMdGBexUs3vvC4pLLn3lA'),
  ('000.00.23.H22-261118-0001', '1.001776', 'Hoàng Văn Sơn', '0977881205', timestamp with time zone '2026-11-18 08:15:00+07:00',
   timestamp with time zone '2026-12-02 16:00:00+07:00', 'PROCESSING', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'VHXH', 'W3tUyswTe8q58mguufJWUA'),
  ('000.00.23.H22-261118-0002', '1.000656', 'Đỗ Thị Lan', '0868123406', timestamp with time zone '2026-11-18 14:10:00+07:00',
   timestamp with time zone '2026-11-19 16:00:00+07:00', 'RETURNED', timestamp with time zone '2026-11-19 09:00:00+07:00', timestamp with time zone '2026-11-19 15:30:00+07:00', 'TP', 'EiepmN2TlGXbRCGt_DplyQ'),
  ('000.00.23.H22-261119-0001', '1.012753', 'Vũ Đức Thắng', '0915456707', timestamp with time zone '2026-11-19 09:30:00+07:00',
   timestamp with time zone '2026-12-03 16:00:00+07:00', 'AWAITING_SUPPLEMENT', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'KT', 'HAxS2aIbf6sPfiJuKzaAmw'),
  ('000.00.23.H22-261120-0001', '1.000894', 'Bùi Thị Ngọc', '0934567808', timestamp with time zone '2026-11-20 10:05:00+07:00',
   timestamp with time zone '2026-11-25 16:00:00+07:00', 'DONE', timestamp with time zone '2026-11-24 16:10:00+07:00', cast(null as timestamp with time zone), 'TP', 'GN7IapI9gkT4ra0jjboSZw'),
  ('000.00.23.H22-261120-0002', '1.004227', 'Đặng Minh Quân', '0909876509', timestamp with time zone '2026-11-20 15:40:00+07:00',
   timestamp with time zone '2026-11-26 16:00:00+07:00', 'RETURNED', timestamp with time zone '2026-11-25 14:00:00+07:00', timestamp with time zone '2026-11-26 08:45:00+07:00', 'KT', 'uvHdZt42iBvATTFd9lttsg'),
  ('000.00.23.H22-261123-0001', '1.012753', 'Ngô Thị Thu', '0983456710', timestamp with time zone '2026-11-23 08:05:00+07:00',
   timestamp with time zone '2026-12-07 16:00:00+07:00', 'PROCESSING', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'KT', 'ShqJvs94jryRE0hQONvsQA'),
  ('000.00.23.H22-261123-0002', '1.001776', 'Lý Văn Hải', '0398765411', timestamp with time zone '2026-11-23 09:50:00+07:00',
   timestamp with time zone '2026-12-07 16:00:00+07:00', 'RECEIVED', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'VHXH', 'c9OhCBmf9otJ8GjRiYKj4w'),
  ('000.00.23.H22-261124-0001', '1.000894', 'Trịnh Thị Yến', '0356789012', timestamp with time zone '2026-11-24 08:30:00+07:00',
   timestamp with time zone '2026-11-27 16:00:00+07:00', 'PROCESSING', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'TP', 'ETqbvrpZ9X3yd8W3X1DLeQ'),
  ('000.00.23.H22-261124-0002', '1.004227', 'Mai Văn Tùng', '0868901213', timestamp with time zone '2026-11-24 13:45:00+07:00',
   timestamp with time zone '2026-11-27 16:00:00+07:00', 'PROCESSING', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'KT', '_hicaL2DP2N-atpkphctHw'),
  ('000.00.23.H22-261125-0001', '1.012753', 'Phan Thị Hạnh', '0912001314', timestamp with time zone '2026-11-25 08:55:00+07:00',
   timestamp with time zone '2026-12-09 16:00:00+07:00', 'PROCESSING', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'KT', '6HoXhySkf018XSlJ5gg0rw'),
  ('000.00.23.H22-261125-0002', '1.000894', 'Cao Văn Long', '0947002315', timestamp with time zone '2026-11-25 10:35:00+07:00',
   timestamp with time zone '2026-12-01 16:00:00+07:00', 'AWAITING_SUPPLEMENT', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'TP', 'MfSKnFqHuhuungfyJ4anHw'),
  ('000.00.23.H22-261126-0001', '1.004222', 'Đinh Thị Thảo', '0988003416', timestamp with time zone '2026-11-26 09:10:00+07:00',
   timestamp with time zone '2026-12-03 16:00:00+07:00', 'PROCESSING', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'CA', 'Ea6SzwkVN9LLHRs7jChYag'),
  ('000.00.23.H22-261126-0002', '1.004227', 'Hồ Văn Phúc', '0976004517', timestamp with time zone '2026-11-26 14:20:00+07:00',
   timestamp with time zone '2026-12-01 16:00:00+07:00', 'RECEIVED', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'KT', 'mihmLQSMpLtgqC1SLN2cLQ'),
  ('000.00.23.H22-261127-0001', '1.012753', 'Lương Thị Nhung', '0915005618', timestamp with time zone '2026-11-27 08:20:00+07:00',
   timestamp with time zone '2026-12-11 16:00:00+07:00', 'RECEIVED', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'KT', 'Kc0XNrKAgWsH16SLIOzP3g'),
  ('000.00.23.H22-261127-0002', '1.001776', 'Tạ Văn Kiên', '0339006719', timestamp with time zone '2026-11-27 10:40:00+07:00',
   timestamp with time zone '2026-12-11 16:00:00+07:00', 'PROCESSING', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'VHXH', '4Zyiglw6EnnqRIL1LJDgNw'),
  ('000.00.23.H22-261130-0001', '1.000894', 'Nguyễn Thị Hằng', '0904007820', timestamp with time zone '2026-11-30 08:45:00+07:00',
   timestamp with time zone '2026-12-03 16:00:00+07:00', 'PROCESSING', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'TP', 'qUFB_9krXG_xvm0wk75J6w'),
  ('000.00.23.H22-261130-0002', '1.004222', 'Trần Văn Dũng', '0965008921', timestamp with time zone '2026-11-30 09:25:00+07:00',
   timestamp with time zone '2026-12-07 16:00:00+07:00', 'RECEIVED', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'CA', 'ikk8n5Y0aoxE30kbctUynA'),
  ('000.00.23.H22-261201-0001', '1.012753', 'Lê Thị Phương', '0918009022', timestamp with time zone '2026-12-01 08:10:00+07:00',
   timestamp with time zone '2026-12-15 16:00:00+07:00', 'RECEIVED', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'KT', '5kN325lLiYCzCykemTwtkg'),
  ('000.00.23.H22-261201-0002', '1.004227', 'Phạm Văn Toàn', '0986010123', timestamp with time zone '2026-12-01 13:30:00+07:00',
   timestamp with time zone '2026-12-04 16:00:00+07:00', 'RECEIVED', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'KT', 'g2qImHe6VI8L40_3p7HTyw'),
  ('000.00.23.H22-261202-0001', '1.000894', 'Võ Thị Kim', '0937011224', timestamp with time zone '2026-12-02 07:45:00+07:00',
   timestamp with time zone '2026-12-07 16:00:00+07:00', 'RECEIVED', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'TP', '1YqR9rJnkrosBjQVWEPjNQ'),
  ('000.00.23.H22-261202-0002', '1.001776', 'Đoàn Văn Lợi', '0392012325', timestamp with time zone '2026-12-02 08:05:00+07:00',
   timestamp with time zone '2026-12-15 16:00:00+07:00', 'RECEIVED', cast(null as timestamp with time zone), cast(null as timestamp with time zone), 'VHXH', 'tyGnwP9cDw0srx_-G1qWkw')
) as d (code, procedure_code, owner_name, phone, received_at, due_at, status, processed_at, returned_at,
          unit_code, tracking_token)
join unit u on u.code = d.unit_code;

-- Each was first seen by the import, a few minutes after its reception in the province's system.
insert into dossier_event (center_id, dossier_id, at, kind, actor, detail)
select d.center_id, d.id, d.received_at + interval '10' minute, 'IMPORTED', 'import',
       'Mã TTHC ' || d.procedure_code || ', trạng thái ' || case d.status when 'RECEIVED' then '2'
           when 'PROCESSING' then '4' when 'AWAITING_SUPPLEMENT' then '5' when 'DONE' then '9' else '10' end
from dossier d
where d.center_id = 1 and d.source = 'PROVINCE' and d.code like '000.00.23.H22-%';

