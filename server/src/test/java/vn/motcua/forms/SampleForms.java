package vn.motcua.forms;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Realistic forms for tests, with the long names and diacritics real dossiers have. */
public final class SampleForms {

    public static final String CODE = "000.00.23.H22-261202-0007";
    public static final String TRACKING_URL = "https://motcua.example.gov.vn/ho-so/" + CODE;
    public static final String CENTER = "Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh";
    public static final String PROCEDURE = "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (Đất đai)";
    public static final String APPLICANT = "Trần Văn Đức";
    public static final String OFFICER = "Nguyễn Thị Hồng Nhung";
    /** 08:30 on 2 December 2026 in Hanoi. */
    public static final Instant RECEIVED = Instant.parse("2026-12-02T01:30:00Z");
    /** 14:00 on 9 December 2026 in Hanoi. */
    public static final Instant DUE = Instant.parse("2026-12-09T07:00:00Z");

    private SampleForms() {
    }

    public static ReceiptForm receipt() {
        return new ReceiptForm(CENTER, "000.00.23.H22", CODE, "1.004227", PROCEDURE, APPLICANT, "Lê Thị Ngọc Ánh",
                "0912 345 678", ReceiptForm.Channel.IN_PERSON, List.of(
                        new ReceiptForm.ReceivedDocument("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất", 1),
                        new ReceiptForm.ReceivedDocument("Giấy chứng nhận quyền sử dụng đất (bản gốc)", 1),
                        new ReceiptForm.ReceivedDocument("Hợp đồng chuyển nhượng có công chứng", 2)),
                RECEIVED, DUE, OFFICER, TRACKING_URL, "0222 3 822 822", "50.000 đồng");
    }

    public static SupplementForm supplement(int requestNumber, String repeatReason) {
        return new SupplementForm(CENTER, CODE, "1.004227", PROCEDURE, APPLICANT, List.of(
                new SupplementForm.Item("Bổ sung bản sao trích lục thửa đất", "Thiếu trong thành phần hồ sơ"),
                new SupplementForm.Item("Chữ ký của đồng sở hữu Lê Thị Ngọc Ánh", "Đơn chưa có đủ chữ ký")),
                OFFICER, Instant.parse("2026-12-03T02:15:00Z"), requestNumber, repeatReason, TRACKING_URL);
    }

    /** Approved with a new appointment at 17:00 on 14 December 2026 in Hanoi. */
    public static ApologyForm apology() {
        return new ApologyForm(CENTER, "000.00.23.H22", CODE, "1.004227", PROCEDURE, APPLICANT, RECEIVED, DUE,
                "Chờ ý kiến thẩm định của Sở Nông nghiệp và Môi trường về ranh giới thửa đất",
                Instant.parse("2026-12-14T10:00:00Z"), "Lê Quang Hải", TRACKING_URL, "0222 3 822 822");
    }

    public static RefusalForm refusal() {
        return new RefusalForm(CENTER, CODE, "1.004227", PROCEDURE, APPLICANT,
                "Thửa đất đang có tranh chấp, chưa đủ điều kiện đăng ký biến động", OFFICER, RECEIVED);
    }

    public static ControlSlipForm controlSlip(ControlSlipForm.Result result) {
        return new ControlSlipForm(CENTER, CODE, "1.004227", PROCEDURE, APPLICANT, RECEIVED, DUE, List.of(
                new ControlSlipForm.Row("Tiếp nhận, chuyển hồ sơ", OFFICER, "Bộ phận một cửa", "Phạm Quốc Bảo",
                        "Văn phòng đăng ký đất đai", Instant.parse("2026-12-02T02:00:00Z"),
                        Instant.parse("2026-12-02T09:00:00Z"), Duration.ofHours(2).plusMinutes(15), true),
                new ControlSlipForm.Row("Thẩm định hồ sơ", "Phạm Quốc Bảo", "Văn phòng đăng ký đất đai",
                        "Võ Thị Thu Hường", "Phòng Tài nguyên và Môi trường", Instant.parse("2026-12-02T04:15:00Z"),
                        Instant.parse("2026-12-04T09:00:00Z"), Duration.ofDays(3).plusHours(1).plusMinutes(5), false),
                new ControlSlipForm.Row("Trình ký kết quả", "Võ Thị Thu Hường", "Phòng Tài nguyên và Môi trường",
                        "Đặng Minh Khôi", "Lãnh đạo Ủy ban nhân dân", Instant.parse("2026-12-05T05:20:00Z"),
                        null, Duration.ofMinutes(40), true)),
                result);
    }
}
