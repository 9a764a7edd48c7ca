-- Demo data for a commune-level center: loaded only when the demo location is on the Flyway path.

insert into center (id, name, address, hotline) values
  (1, 'Trung tâm Phục vụ hành chính công xã Bình Yên', 'Số 1 đường Trung tâm, xã Bình Yên', '0243 868 1900');

insert into unit (code, name) values
  ('TP',  'Phòng Tư pháp – Hộ tịch'),
  ('KT',  'Phòng Kinh tế'),
  ('VHXH','Phòng Văn hóa – Xã hội'),
  ('CA',  'Công an xã');

insert into officer (code, full_name, title, unit_id) values
  ('CB01', 'Nguyễn Thị Hương',  'Công chức Tư pháp – Hộ tịch', (select id from unit where code = 'TP')),
  ('CB02', 'Trần Văn Đức',      'Công chức Địa chính – Xây dựng', (select id from unit where code = 'KT')),
  ('CB03', 'Lê Minh Tuấn',      'Công chức Địa chính – Xây dựng', (select id from unit where code = 'KT')),
  ('CB04', 'Phạm Thu Trang',    'Chuyên viên Kinh tế', (select id from unit where code = 'KT')),
  ('CB05', 'Hoàng Thị Lan',     'Công chức Văn hóa – Xã hội', (select id from unit where code = 'VHXH')),
  ('CB06', 'Đặng Quốc Việt',    'Cán bộ Công an xã', (select id from unit where code = 'CA')),
  ('CB07', 'Vũ Ngọc Ánh',       'Công chức Tư pháp – Hộ tịch', (select id from unit where code = 'TP'));

insert into service_field (code, name, sort_order) values
  ('TPHT', 'Tư pháp – Hộ tịch', 1),
  ('DD',   'Đất đai', 2),
  ('XD',   'Xây dựng', 3),
  ('DKKD', 'Đăng ký kinh doanh', 4),
  ('LDTBXH', 'Lao động – Thương binh và Xã hội', 5),
  ('CA',   'Công an', 6);

insert into center_service (code, name, letter, field_id, sort_order) values
  ('HT-KS',  'Đăng ký khai sinh, kết hôn, khai tử', 'A', (select id from service_field where code = 'TPHT'), 1),
  ('TP-CT',  'Chứng thực bản sao, chữ ký', 'B', (select id from service_field where code = 'TPHT'), 2),
  ('DD-GCN', 'Cấp, đăng ký biến động Giấy chứng nhận quyền sử dụng đất', 'C', (select id from service_field where code = 'DD'), 3),
  ('XD-GP',  'Cấp giấy phép xây dựng nhà ở riêng lẻ', 'D', (select id from service_field where code = 'XD'), 4),
  ('KD-HKD', 'Đăng ký hộ kinh doanh', 'E', (select id from service_field where code = 'DKKD'), 5),
  ('LD-TCXH','Trợ cấp xã hội, người có công với cách mạng', 'F', (select id from service_field where code = 'LDTBXH'), 6),
  ('CA-CT',  'Đăng ký cư trú, căn cước', 'G', (select id from service_field where code = 'CA'), 7);

insert into counter (number, name, current_officer_id) values
  (1, 'Quầy 1 – Tư pháp – Hộ tịch', (select id from officer where code = 'CB01')),
  (2, 'Quầy 2 – Chứng thực', (select id from officer where code = 'CB07')),
  (3, 'Quầy 3 – Đất đai', (select id from officer where code = 'CB02')),
  (4, 'Quầy 4 – Xây dựng, Kinh doanh', (select id from officer where code = 'CB04')),
  (5, 'Quầy 5 – Lao động – TB&XH', (select id from officer where code = 'CB05')),
  (6, 'Quầy 6 – Công an', (select id from officer where code = 'CB06'));

insert into counter_service (counter_id, service_id, preference)
select c.id, s.id, p.preference
from (values (1, 'HT-KS', 1), (1, 'TP-CT', 2),
             (2, 'TP-CT', 1), (2, 'HT-KS', 2),
             (3, 'DD-GCN', 1), (3, 'XD-GP', 2),
             (4, 'XD-GP', 1), (4, 'KD-HKD', 2), (4, 'DD-GCN', 3),
             (5, 'LD-TCXH', 1),
             (6, 'CA-CT', 1)) as p (counter_number, service_code, preference)
join counter c on c.number = p.counter_number
join center_service s on s.code = p.service_code;
