package vn.motcua.kiosk;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;

/** A kiosk port that remembers what the view asked of it and answers what the test set up. */
final class FakeKiosk implements KioskPort {

    static final Instant ISSUED_AT = Instant.parse("2025-03-04T01:30:00Z");
    static final CenterInfo CENTER = new CenterInfo("Trung tâm Phục vụ hành chính công xã Thử", "0243 868 1900",
            List.of(new CenterInfo.Leader("Chủ tịch UBND xã", "Nguyễn Văn Bình", "0912 345 678")));

    /** The services in kiosk order; a test may change a waiting count, then announce the change. */
    final List<ServiceChoice> services = new CopyOnWriteArrayList<>(List.of(
            new ServiceChoice("HT-KS", "Đăng ký khai sinh, kết hôn, khai tử", "A", "Tư pháp – Hộ tịch", 0),
            new ServiceChoice("DD-GCN", "Cấp, đăng ký biến động Giấy chứng nhận quyền sử dụng đất", "C", "Đất đai", 2),
            new ServiceChoice("XD-GP", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "D", "Xây dựng", 0)));
    /** The catalogue of procedures, in catalogue order. */
    final List<ProcedureInfo> procedures = new CopyOnWriteArrayList<>(List.of(
            new ProcedureInfo("1.001193", "Đăng ký khai sinh", "Tư pháp – Hộ tịch", ProcedureInfo.TimeUnit.SAME_DAY, 0,
                    null, "Miễn lệ phí khi đăng ký đúng hạn", true, true, List.of(
                    new ProcedureInfo.Paper("Tờ khai đăng ký khai sinh", "01 bản chính", true),
                    new ProcedureInfo.Paper("Giấy chứng sinh", "01 bản chính", true))),
            new ProcedureInfo("1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", "Tư pháp – Hộ tịch",
                    ProcedureInfo.TimeUnit.WORKING_DAYS, 3, 3000L, null, false, false, List.of(
                    new ProcedureInfo.Paper("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "01 bản chính", true))),
            new ProcedureInfo("1.013225", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng",
                    ProcedureInfo.TimeUnit.WORKING_DAYS, 15, 75000L, "75.000 đồng/giấy phép", false, true, List.of(
                    new ProcedureInfo.Paper("Đơn đề nghị cấp giấy phép xây dựng", "01 bản chính", true),
                    new ProcedureInfo.Paper("Bản vẽ thiết kế xây dựng", "02 bộ bản chính", true))),
            new ProcedureInfo("1.004194", "Đăng ký tạm trú", "Công an", ProcedureInfo.TimeUnit.WORKING_HOURS, 8,
                    null, null, false, false, List.of())));
    /** Every ticket issued, as the receipt returned. */
    final List<TicketReceipt> issued = new CopyOnWriteArrayList<>();
    /** Every print asked for, in order, with the receipt it was given. */
    final List<TicketReceipt> printed = new CopyOnWriteArrayList<>();
    /** What the next prints of a ticket answer, in order, by number; a print with nothing set up comes out. */
    private final Map<String, Queue<PrintResult>> printOutcomes = new ConcurrentHashMap<>();
    /** The refreshes the views asked to have run on a queue change. */
    final List<Runnable> followers = new ArrayList<>();

    /** Held, the printer answers nothing until released. */
    private final Semaphore printerBusy = new Semaphore(1);

    /** The hours the kiosk is told; a test changes them, then announces the change. */
    KioskHours hours = new KioskHours(KioskHours.Issuing.OPEN, LocalDate.of(2025, 3, 4), LocalTime.of(7, 30));
    /** The refreshes the views asked to have run when the hours may have changed. */
    final List<Runnable> hoursFollowers = new ArrayList<>();

    long peopleAhead = 3;
    long estimatedWaitMinutes = 12;
    Duration idleTimeout = Duration.ofMinutes(10);

    @Override
    public CenterInfo center() {
        return CENTER;
    }

    @Override
    public KioskHours hours() {
        return hours;
    }

    @Override
    public void followHours(Component view, Runnable refresh) {
        hoursFollowers.add(refresh);
    }

    /** As if the clock had passed an opening or closing time: every hours follower runs. */
    void hoursChanged(KioskHours now) {
        hours = now;
        hoursFollowers.forEach(Runnable::run);
    }

    @Override
    public List<ServiceChoice> services() {
        return List.copyOf(services);
    }

    @Override
    public List<ProcedureInfo> procedures() {
        return List.copyOf(procedures);
    }

    @Override
    public TicketReceipt issue(String serviceCode, Priority priority) {
        ServiceChoice service = services.stream().filter(s -> s.code().equals(serviceCode)).findFirst().orElseThrow();
        String number = "%s%03d".formatted(service.letter(), issued.size() + 1);
        TicketReceipt receipt = new TicketReceipt(number, service.name(), priority, ISSUED_AT, peopleAhead,
                estimatedWaitMinutes, "code-" + number, "https://motcua.example/t/code-" + number, hours.day(),
                hours.issuing() == KioskHours.Issuing.OPEN ? null : hours.opens());
        issued.add(receipt);
        return receipt;
    }

    @Override
    public PrintResult print(TicketReceipt receipt) {
        printed.add(receipt);
        try {
            // A real printer takes its time: the test decides when it answers.
            printerBusy.acquire();
            printerBusy.release();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        Queue<PrintResult> outcomes = printOutcomes.get(receipt.number());
        PrintResult outcome = outcomes == null ? null : outcomes.poll();
        return outcome == null ? new PrintResult(true, null) : outcome;
    }

    /** Every feedback sent, as the form gave it. */
    final List<SentFeedback> feedback = new CopyOnWriteArrayList<>();
    /** When set, the next feedback is refused for this reason (a key of the bundles). */
    String feedbackRefusal;

    /** Feedback as the port received it. */
    record SentFeedback(FeedbackTopic topic, String text, String contact) {
    }

    @Override
    public FeedbackReceipt sendFeedback(FeedbackTopic topic, String text, String contact) {
        if (feedbackRefusal != null) {
            throw new KioskRefusal(feedbackRefusal, "refused in the test");
        }
        feedback.add(new SentFeedback(topic, text, contact));
        String code = "PA-%04d".formatted(feedback.size());
        return new FeedbackReceipt(code, ISSUED_AT.plusSeconds(10 * 86400), "https://motcua.example/phan-anh/" + code,
                topic.confidential());
    }

    @Override
    public Duration idleTimeout() {
        return idleTimeout;
    }

    @Override
    public void follow(Component view, Runnable refresh) {
        followers.add(refresh);
    }

    /** As if the queue had changed: every follower runs, in the test's UI (the test holds its lock). */
    void queueChanged() {
        followers.forEach(Runnable::run);
    }

    /** The next print of this ticket fails for this reason. */
    void printFails(String number, String problem) {
        printOutcomes.computeIfAbsent(number, n -> new ConcurrentLinkedQueue<>()).add(new PrintResult(false, problem));
    }

    void holdPrinter() {
        printerBusy.acquireUninterruptibly();
    }

    void releasePrinter() {
        printerBusy.release();
    }

    void setWaiting(String serviceCode, long waiting) {
        services.replaceAll(s -> s.code().equals(serviceCode)
                ? new ServiceChoice(s.code(), s.name(), s.letter(), s.fieldName(), waiting) : s);
    }
}
