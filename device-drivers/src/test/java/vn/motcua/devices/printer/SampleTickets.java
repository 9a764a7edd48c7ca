package vn.motcua.devices.printer;

/** Realistic tickets for tests, with the long names and diacritics real centers have. */
public final class SampleTickets {

    public static final String TRACKING_URL = "https://motcua.example.gov.vn/theo-doi/A-1024?ma=7f3c9e";

    private SampleTickets() {
    }

    public static TicketPrint priority() {
        return new TicketPrint(
                "Trung tâm Phục vụ hành chính công tỉnh Thừa Thiên Huế",
                "Tư pháp – Hộ tịch, Đất đai, Lao động – Thương binh và Xã hội",
                "A-1024",
                "Ưu tiên: Người cao tuổi",
                "Thời gian lấy số: 08:15 – 20/05/2025",
                3,
                "Thời gian chờ dự kiến: khoảng 15 phút",
                TRACKING_URL,
                "Đường dây nóng: 1900 1234 – Xin cảm ơn quý khách!");
    }

    public static TicketPrint withNumber(String number, String priorityLabel) {
        TicketPrint t = priority();
        return new TicketPrint(t.centerName(), t.serviceName(), number, priorityLabel, t.issuedAtText(),
                t.peopleAhead(), t.estimatedWaitText(), t.trackingUrl(), t.hotlineText());
    }
}
