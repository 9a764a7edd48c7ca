-- Working calendar of the demo center.
--
-- The administrator edits all of this (working hours, holidays, make-up days); these rows are only a starting point.
-- Holidays and make-up days change every year: check the official announcement (Thông báo of the Bộ Nội vụ,
-- approved by the Prime Minister) each year, usually published in the autumn before, and correct the rows.
-- Written in early 2026: the 2026 rows follow the announcements; the 2027 rows apply the Bộ luật Lao động 2019
-- (Điều 111, 112) and are a likely plan only, no 2027 announcement was known yet.

-- Monday to Friday, 07:30-17:00, the civil servants' standard week. Many one-stop centers also open on Saturday
-- morning; the demo keeps Monday to Friday, and a center that opens on Saturday adds the hours for weekday 6.
insert into working_hours (iso_weekday, opens, closes) values
  (1, time '07:30:00', time '17:00:00'),
  (2, time '07:30:00', time '17:00:00'),
  (3, time '07:30:00', time '17:00:00'),
  (4, time '07:30:00', time '17:00:00'),
  (5, time '07:30:00', time '17:00:00');

-- Holidays that fall on a Saturday or Sunday are listed too, so a calendar screen can name them; the day off in
-- exchange (nghỉ bù) is the next working day, by Điều 111 of the Bộ luật Lao động.
-- Make-up days (WORKING) carry no hours of their own: they keep a normal weekday's hours.
insert into special_day (calendar_day, kind, name) values
  -- 2026, Tết Dương lịch: 1/1 to 4/1, Friday 2/1 swapped for Saturday 10/1 (Văn bản 12729/VPCP-KGVX, 25/12/2025).
  (date '2026-01-01', 'HOLIDAY', 'Tết Dương lịch'),
  (date '2026-01-02', 'HOLIDAY', 'Nghỉ Tết Dương lịch (hoán đổi, làm bù thứ Bảy 10/1)'),
  (date '2026-01-10', 'WORKING', 'Làm bù cho ngày 2/1'),
  -- 2026, Tết Nguyên đán Bính Ngọ: 5 days, Monday 16/2 to Friday 20/2; 9 days with the weekends
  -- (Thông báo 9441/TB-BNV, 16/10/2025).
  (date '2026-02-16', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp Ất Tỵ)'),
  (date '2026-02-17', 'HOLIDAY', 'Tết Nguyên đán (mùng 1 Tết Bính Ngọ)'),
  (date '2026-02-18', 'HOLIDAY', 'Tết Nguyên đán (mùng 2 Tết)'),
  (date '2026-02-19', 'HOLIDAY', 'Tết Nguyên đán (mùng 3 Tết)'),
  (date '2026-02-20', 'HOLIDAY', 'Tết Nguyên đán (mùng 4 Tết)'),
  -- 2026, Giỗ Tổ Hùng Vương (10/3 âm lịch) is a Sunday: the day off moves to Monday 27/4.
  (date '2026-04-26', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
  (date '2026-04-27', 'HOLIDAY', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
  -- 2026, 30/4 and 1/5 are Thursday and Friday: 4 days with the weekend.
  (date '2026-04-30', 'HOLIDAY', 'Ngày Chiến thắng (30/4)'),
  (date '2026-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)'),
  -- 2026, Quốc khánh: 1/9 and 2/9, Monday 31/8 swapped for Saturday 22/8; 5 days with the weekend
  -- (Thông báo 9441/TB-BNV, 16/10/2025).
  (date '2026-08-22', 'WORKING', 'Làm bù cho ngày 31/8'),
  (date '2026-08-31', 'HOLIDAY', 'Nghỉ Quốc khánh (hoán đổi, làm bù thứ Bảy 22/8)'),
  (date '2026-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),
  (date '2026-09-02', 'HOLIDAY', 'Quốc khánh (2/9)'),
  -- 2027, Tết Dương lịch is a Friday.
  (date '2027-01-01', 'HOLIDAY', 'Tết Dương lịch'),
  -- 2027, Tết Nguyên đán Đinh Mùi: mùng 1 is Saturday 6/2. Likely plan: 29 tháng Chạp and mùng 1 to mùng 4,
  -- with mùng 1 and mùng 2 (Saturday, Sunday) made up on Wednesday 10/2 and Thursday 11/2.
  -- The official plan may differ (e.g. other days, or a swapped bridge day on Friday 12/2): check it.
  (date '2027-02-05', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp Bính Ngọ)'),
  (date '2027-02-06', 'HOLIDAY', 'Tết Nguyên đán (mùng 1 Tết Đinh Mùi)'),
  (date '2027-02-07', 'HOLIDAY', 'Tết Nguyên đán (mùng 2 Tết)'),
  (date '2027-02-08', 'HOLIDAY', 'Tết Nguyên đán (mùng 3 Tết)'),
  (date '2027-02-09', 'HOLIDAY', 'Tết Nguyên đán (mùng 4 Tết)'),
  (date '2027-02-10', 'HOLIDAY', 'Nghỉ bù Tết Nguyên đán (mùng 1 Tết là thứ Bảy)'),
  (date '2027-02-11', 'HOLIDAY', 'Nghỉ bù Tết Nguyên đán (mùng 2 Tết là Chủ nhật)'),
  -- 2027, Giỗ Tổ Hùng Vương (10/3 âm lịch) is Friday 16/4.
  (date '2027-04-16', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
  -- 2027, 30/4 is a Friday; 1/5 is a Saturday, so the day off moves to Monday 3/5.
  (date '2027-04-30', 'HOLIDAY', 'Ngày Chiến thắng (30/4)'),
  (date '2027-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)'),
  (date '2027-05-03', 'HOLIDAY', 'Nghỉ bù Ngày Quốc tế Lao động'),
  -- 2027, Quốc khánh is a Thursday; the adjacent day is likely Friday 3/9 (as in 2021), giving 4 days.
  (date '2027-09-02', 'HOLIDAY', 'Quốc khánh (2/9)'),
  (date '2027-09-03', 'HOLIDAY', 'Quốc khánh (ngày liền kề)');

-- Not entered: Ngày Văn hóa Việt Nam (24/11). The Bộ Chính trị chose it as a paid day off (Nghị quyết 80-NQ/TW) and
-- the Government asked for the Bộ luật Lao động to be amended (Nghị quyết 30/NQ-CP, 2/2026); add it once the law
-- says so.
