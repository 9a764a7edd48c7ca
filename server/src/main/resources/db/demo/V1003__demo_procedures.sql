-- Demo catalogue: commune-level procedures (thủ tục hành chính cấp xã) with their national codes (mã TTHC), legal
-- times, papers, fees and internal steps. Every row is marked demo_values: the screens say "giá trị minh họa", and a
-- real center takes the values from the national procedure database and its province's decisions.
-- Legal times: Luật Hộ tịch 2014 Art. 16, 18, 34 (birth, marriage, death: the day received); Decree 23/2015 Art. 7
-- (certification: the day received); Decree 123/2015 Art. 22 (marital status: 3 working days); Luật Cư trú 2020
-- Art. 22, 28 (permanent residence 7, temporary 3 working days); Luật Xây dựng Art. 102 (house permit: 15 days).
-- Fees: Circular 226/2016 (certification), 281/2016 (extract copies), 75/2022 (residence); the others are set by
-- each province's council, shown here with illustrative amounts.

insert into admin_procedure (center_id, code, name, field_id, service_id, time_unit, time_amount, fee_vnd, fee_note,
                             on_the_spot, demo_values, sort_order)
select 1, p.code, p.name, f.id, s.id, p.time_unit, p.time_amount, p.fee_vnd, p.fee_note, p.on_the_spot, true, p.sort_order
from (values
  ('1.001193', 'Đăng ký khai sinh', 'TPHT', 'HT-KS', 'SAME_DAY', 0, null,
   'Miễn lệ phí khi đăng ký đúng hạn', true, 1),
  ('1.000894', 'Đăng ký kết hôn', 'TPHT', 'HT-KS', 'SAME_DAY', 0, null,
   'Miễn lệ phí (công dân Việt Nam cư trú trong nước); cần xác minh thì không quá 05 ngày làm việc', true, 2),
  ('1.000656', 'Đăng ký khai tử', 'TPHT', 'HT-KS', 'SAME_DAY', 0, null,
   'Miễn lệ phí khi đăng ký đúng hạn', true, 3),
  ('1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'TPHT', 'HT-KS', 'WORKING_DAYS', 3, 3000,
   '3.000 đồng/trường hợp (mức do HĐND tỉnh quy định)', false, 4),
  ('1.001022', 'Đăng ký nhận cha, mẹ, con', 'TPHT', 'HT-KS', 'WORKING_DAYS', 3, 10000,
   '10.000 đồng/trường hợp (mức do HĐND tỉnh quy định)', false, 5),
  ('2.000635', 'Cấp bản sao trích lục hộ tịch', 'TPHT', 'HT-KS', 'SAME_DAY', 0, 8000,
   '8.000 đồng/bản sao trích lục', true, 6),
  ('2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'TPHT', 'TP-CT', 'SAME_DAY', 0, 2000,
   '2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản', true, 7),
  ('2.000884', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'TPHT', 'TP-CT', 'SAME_DAY', 0, 10000,
   '10.000 đồng/trường hợp', true, 8),
  ('2.000908', 'Cấp bản sao từ sổ gốc', 'TPHT', 'TP-CT', 'SAME_DAY', 0, null,
   'Không thu phí', true, 9),
  ('1.012753', 'Đăng ký đất đai, tài sản gắn liền với đất và cấp Giấy chứng nhận lần đầu', 'DD', 'DD-GCN',
   'WORKING_DAYS', 20, 25000, '25.000 đồng/giấy chứng nhận (lệ phí do HĐND tỉnh quy định)', false, 10),
  ('1.013225', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 'XD', 'XD-GP', 'WORKING_DAYS', 15, 75000,
   '75.000 đồng/giấy phép', false, 11),
  ('1.013227', 'Gia hạn giấy phép xây dựng', 'XD', 'XD-GP', 'WORKING_DAYS', 5, 15000,
   '15.000 đồng/giấy phép', false, 12),
  ('1.004227', 'Đăng ký thành lập hộ kinh doanh', 'DKKD', 'KD-HKD', 'WORKING_DAYS', 3, 100000,
   '100.000 đồng/lần (lệ phí do HĐND tỉnh quy định)', false, 13),
  ('2.000720', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'DKKD', 'KD-HKD', 'WORKING_DAYS', 3, 50000,
   '50.000 đồng/lần (lệ phí do HĐND tỉnh quy định)', false, 14),
  ('1.001776', 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng', 'LDTBXH', 'LD-TCXH',
   'WORKING_DAYS', 15, null, 'Không thu phí', false, 15),
  ('1.001699', 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', 'LDTBXH', 'LD-TCXH',
   'WORKING_DAYS', 20, null, 'Không thu phí', false, 16),
  ('1.001731', 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 'LDTBXH', 'LD-TCXH', 'WORKING_DAYS', 5, null,
   'Không thu phí', false, 17),
  ('1.004194', 'Đăng ký tạm trú', 'CA', 'CA-CT', 'WORKING_DAYS', 3, 15000,
   '15.000 đồng/lần nộp trực tiếp; 7.000 đồng nộp trực tuyến', false, 18),
  ('1.004222', 'Đăng ký thường trú', 'CA', 'CA-CT', 'WORKING_DAYS', 7, 20000,
   '20.000 đồng/lần nộp trực tiếp; 10.000 đồng nộp trực tuyến', false, 19),
  ('1.002755', 'Gia hạn tạm trú', 'CA', 'CA-CT', 'WORKING_DAYS', 3, 15000,
   '15.000 đồng/lần nộp trực tiếp; 7.000 đồng nộp trực tuyến', false, 20)
) as p (code, name, field_code, service_code, time_unit, time_amount, fee_vnd, fee_note, on_the_spot, sort_order)
join service_field f on f.code = p.field_code
join center_service s on s.code = p.service_code;

-- Papers in the order the national database lists them. position_no counts from 0: it is the list index of
-- Procedure.documents (an @OrderColumn without a base).
insert into procedure_document (procedure_id, position_no, name, copies, required)
select a.id, d.position_no, d.name, d.copies, d.required
from (values
  ('1.001193', 0, 'Tờ khai đăng ký khai sinh (theo mẫu)', '01 bản chính', true),
  ('1.001193', 1, 'Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh', '01 bản chính', true),
  ('1.001193', 2, 'Văn bản ủy quyền, nếu người khác đi đăng ký thay', '01 bản chính', false),
  ('1.000894', 0, 'Tờ khai đăng ký kết hôn (theo mẫu)', '01 bản chính', true),
  ('1.000894', 1, 'Giấy xác nhận tình trạng hôn nhân, nếu một bên không thường trú tại xã', '01 bản chính', false),
  ('1.000656', 0, 'Tờ khai đăng ký khai tử (theo mẫu)', '01 bản chính', true),
  ('1.000656', 1, 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', '01 bản chính', true),
  ('1.004873', 0, 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (theo mẫu)', '01 bản chính', true),
  ('1.004873', 1, 'Bản án, quyết định ly hôn hoặc trích lục khai tử của vợ, chồng trước, nếu đã từng kết hôn',
   '01 bản sao', false),
  ('1.001022', 0, 'Tờ khai đăng ký nhận cha, mẹ, con (theo mẫu)', '01 bản chính', true),
  ('1.001022', 1, 'Văn bản của cơ sở giám định xác nhận quan hệ cha, mẹ, con, hoặc chứng cứ khác',
   '01 bản chính hoặc bản sao', true),
  ('2.000635', 0, 'Tờ khai cấp bản sao trích lục hộ tịch (theo mẫu)', '01 bản chính', true),
  ('2.000815', 0, 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', '01 bản chính', true),
  ('2.000815', 1, 'Bản sao cần chứng thực', '01 bản (số bản theo yêu cầu)', true),
  ('2.000884', 0, 'Giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu chứng thực', '01 bản chính (xuất trình)', true),
  ('2.000884', 1, 'Giấy tờ, văn bản sẽ ký', '01 bản', true),
  ('2.000908', 0, 'Giấy tờ tùy thân của người yêu cầu', '01 bản chính (xuất trình)', true),
  ('2.000908', 1, 'Giấy tờ chứng minh quyền yêu cầu, nếu không phải người được cấp bản chính', '01 bản sao', false),
  ('1.012753', 0, 'Đơn đăng ký đất đai, tài sản gắn liền với đất (theo mẫu)', '01 bản chính', true),
  ('1.012753', 1, 'Giấy tờ về quyền sử dụng đất, nếu có', '01 bản sao', false),
  ('1.012753', 2, 'Mảnh trích đo bản đồ địa chính thửa đất, nếu có', '01 bản chính', false),
  ('1.012753', 3, 'Chứng từ thực hiện nghĩa vụ tài chính, nếu có', '01 bản sao', false),
  ('1.013225', 0, 'Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)', '01 bản chính', true),
  ('1.013225', 1, 'Giấy tờ chứng minh quyền sử dụng đất', '01 bản sao', true),
  ('1.013225', 2, 'Bản vẽ thiết kế xây dựng', '02 bộ bản chính', true),
  ('1.013227', 0, 'Đơn đề nghị gia hạn giấy phép xây dựng (theo mẫu)', '01 bản chính', true),
  ('1.013227', 1, 'Giấy phép xây dựng đã được cấp', '01 bản chính', true),
  ('1.004227', 0, 'Giấy đề nghị đăng ký hộ kinh doanh (theo mẫu)', '01 bản chính', true),
  ('1.004227', 1, 'Biên bản họp thành viên hộ gia đình, nếu các thành viên cùng đăng ký', '01 bản sao', false),
  ('1.004227', 2, 'Văn bản ủy quyền cho người nộp hồ sơ, nếu có', '01 bản chính', false),
  ('2.000720', 0, 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh (theo mẫu)', '01 bản chính', true),
  ('2.000720', 1, 'Giấy chứng nhận đăng ký hộ kinh doanh đã được cấp', '01 bản gốc', true),
  ('1.001776', 0, 'Tờ khai đề nghị trợ giúp xã hội (theo mẫu)', '01 bản chính', true),
  ('1.001776', 1, 'Giấy xác nhận khuyết tật, nếu là người khuyết tật', '01 bản sao', false),
  ('1.001699', 0, 'Đơn đề nghị xác định mức độ khuyết tật (theo mẫu)', '01 bản chính', true),
  ('1.001699', 1, 'Giấy tờ y tế về tình trạng khuyết tật, nếu có', '01 bản sao', false),
  ('1.001731', 0, 'Tờ khai đề nghị hỗ trợ chi phí mai táng (theo mẫu)', '01 bản chính', true),
  ('1.001731', 1, 'Trích lục khai tử hoặc Giấy báo tử', '01 bản sao', true),
  ('1.004194', 0, 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', '01 bản chính', true),
  ('1.004194', 1, 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', '01 bản sao', true),
  ('1.004222', 0, 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', '01 bản chính', true),
  ('1.004222', 1, 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', '01 bản sao', true),
  ('1.004222', 2, 'Giấy tờ chứng minh quan hệ nhân thân với chủ hộ, nếu nhập vào hộ đã có', '01 bản sao', false),
  ('1.002755', 0, 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', '01 bản chính', true)
) as d (code, position_no, name, copies, required)
join admin_procedure a on a.center_id = 1 and a.code = d.code;

-- Internal steps: reception and return at the counter (no unit), appraisal by the unit in charge, the leader's
-- signature. Each one's share of the legal time; a procedure's shares sum to 100. Same-day procedures are done at
-- the counter within hours, so their appraisal share is small.
insert into procedure_step (procedure_id, position_no, kind, unit_id, share_percent)
select a.id, s.position_no, s.kind, u.id, s.share_percent
from admin_procedure a
join (values
  ('SAME_DAY', 0, 'RECEPTION', false, 10),
  ('SAME_DAY', 1, 'APPRAISAL', true, 50),
  ('SAME_DAY', 2, 'SIGNATURE', false, 30),
  ('SAME_DAY', 3, 'RETURN', false, 10),
  ('WORKING_DAYS', 0, 'RECEPTION', false, 5),
  ('WORKING_DAYS', 1, 'APPRAISAL', true, 70),
  ('WORKING_DAYS', 2, 'SIGNATURE', false, 20),
  ('WORKING_DAYS', 3, 'RETURN', false, 5)
) as s (time_unit, position_no, kind, by_unit, share_percent) on s.time_unit = a.time_unit
join service_field f on f.id = a.field_id
left join unit u on s.by_unit and u.code = case f.code
    when 'TPHT' then 'TP' when 'LDTBXH' then 'VHXH' when 'CA' then 'CA' else 'KT' end
where a.center_id = 1;
