-- The leaders of xã Bình Yên whose hotlines the kiosk, hall board and phone page show (seed 000).
insert into center_leader (sort_order, title, full_name, phone) values
  (1, 'Chủ tịch UBND xã', 'Nguyễn Văn Bình', '0912 345 678'),
  (2, 'Phó Chủ tịch UBND xã', 'Trần Thị Mai', '0987 654 321'),
  (3, 'Giám đốc Trung tâm Phục vụ hành chính công', 'Lê Quang Hải', '0904 111 222');

update center set hall_notice = 'Giờ làm việc: sáng 7:30–11:30, chiều 13:30–17:00 từ thứ Hai đến thứ Sáu. '
    || 'Người cao tuổi, người khuyết tật, phụ nữ mang thai, thương binh được ưu tiên: xin chọn "Ưu tiên" khi lấy số.'
  where id = 1;
