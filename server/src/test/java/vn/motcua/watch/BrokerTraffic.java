package vn.motcua.watch;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.center.CenterTime;

/**
 * A month of generated traffic with a fixed seed, written as rows: honest visitors at two kiosks (tickets at least
 * 100 s apart at a kiosk, as a person at a touchscreen takes them; a few priority ones and a few absent when called),
 * honest dossiers each with their own phone and ID number, a busy family (one phone, three owners written several
 * ways, two days, three tickets in a row for one service) and a planted broker: one phone and ID number for seven
 * owners over five days, a burst of five tickets for five services in two minutes at Kiosk 2, and twelve tickets of
 * one hour at Kiosk 1 never served.
 */
final class BrokerTraffic {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 3);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 1);
    /** The watch runs at closing time of the day after the last day of traffic. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 17, 30);

    static final String FAMILY_PHONE = "0911222333";
    static final String BROKER_PHONE = "0988777666";
    static final String BROKER_ID = "001085012345";
    static final String HONEST_KIOSK = "Kiosk 1";
    static final String BURST_KIOSK = "Kiosk 2";
    static final LocalDateTime BURST_AT = LocalDateTime.of(2026, 11, 25, 10, 0);
    static final LocalDateTime HOARD_HOUR = LocalDateTime.of(2026, 11, 26, 8, 0);
    static final List<String> BROKER_OWNERS = List.of("Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Văn Tám", "Phạm Thị Cúc",
            "Hoàng Văn Lộc", "Vũ Thị Mơ", "Đỗ Văn Đức");

    private final JdbcClient jdbc;
    private final Random random = new Random(16_002L);
    private final List<Long> services;
    private final Map<String, Integer> seqs = new HashMap<>();
    private int dossiers;
    private int phones;
    /** The planted tickets' numbers, as the evidence must name them. */
    final List<String> burst = new ArrayList<>();
    final List<String> hoarded = new ArrayList<>();
    final List<String> brokerDossiers = new ArrayList<>();

    BrokerTraffic(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.services = jdbc.sql("select id from center_service order by sort_order").query(Long.class).list();
    }

    BrokerTraffic write() {
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            honestKiosk(HONEST_KIOSK, day);
            honestKiosk(BURST_KIOSK, day);
            for (int i = 0; i < 6; i++) {
                LocalDateTime at = day.atTime(8, 0).plusMinutes(random.nextInt(480));
                dossier("Công dân " + (++dossiers), random.nextInt(5) == 0 ? null : uniquePhone(),
                        random.nextBoolean() ? "0790" + String.format("%08d", dossiers) : null, at);
            }
        }
        family();
        broker();
        return this;
    }

    private void honestKiosk(String kiosk, LocalDate day) {
        LocalDateTime at = day.atTime(7, 30).plusSeconds(random.nextInt(300));
        while (at.toLocalTime().isBefore(LocalTime.of(16, 30))) {
            long service = services.get(random.nextInt(services.size()));
            String priority = random.nextInt(12) == 0 ? "ELDERLY" : "NONE";
            String status = random.nextInt(40) == 0 ? "NO_SHOW" : "DONE";
            long id = ticket(kiosk, service, priority, status, at, day);
            if (random.nextInt(15) == 0) {
                contact(id, uniquePhone(), at);
            }
            at = at.plusSeconds(100 + random.nextInt(900));
        }
    }

    private void family() {
        LocalDateTime first = LocalDateTime.of(2026, 11, 10, 9, 0);
        LocalDateTime second = LocalDateTime.of(2026, 11, 17, 14, 0);
        long service = services.getFirst();
        for (int i = 0; i < 3; i++) {
            long id = ticket(HONEST_KIOSK, service, "NONE", "DONE", first.plusSeconds(20L * i), first.toLocalDate());
            contact(id, FAMILY_PHONE, first);
        }
        List<String> owners = List.of("Nguyễn Văn An", "NGUYEN VAN AN", " Nguyễn  Văn An ", "Nguyễn Thị Bình",
                "nguyễn thị bình", "Nguyễn Văn Cường");
        for (int i = 0; i < owners.size(); i++) {
            dossier(owners.get(i), FAMILY_PHONE, null, (i < 3 ? first : second).plusMinutes(5L * i));
        }
    }

    private void broker() {
        LocalDate[] days = {LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 18),
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)};
        for (int i = 0; i < BROKER_OWNERS.size(); i++) {
            brokerDossiers.add(dossier(BROKER_OWNERS.get(i), BROKER_PHONE, BROKER_ID,
                    days[i % days.length].atTime(9, 15).plusMinutes(40L * (i / days.length))));
        }
        for (int i = 0; i < 5; i++) {
            LocalDateTime at = BURST_AT.plusSeconds(30L * i);
            burst.add(number(ticket(BURST_KIOSK, services.get(i), "NONE", "DONE", at, at.toLocalDate())));
        }
        for (int i = 0; i < 12; i++) {
            LocalDateTime at = HOARD_HOUR.plusMinutes(5L * i).plusSeconds(7);
            // Eight called and absent; four never called before the day ended (and not carried since).
            hoarded.add(number(ticket(HONEST_KIOSK, services.get(i % 2), "NONE", i < 8 ? "NO_SHOW" : "WAITING", at,
                    at.toLocalDate())));
        }
    }

    private long ticket(String kiosk, long service, String priority, String status, LocalDateTime at, LocalDate day) {
        int seq = seqs.merge(service + "/" + day, 1, Integer::sum);
        String number = (char) ('A' + services.indexOf(service)) + String.format("%03d", seq);
        Timestamp issued = stamp(at);
        Timestamp served = status.equals("DONE") ? stamp(at.plusMinutes(10)) : null;
        jdbc.sql("""
                insert into ticket (service_id, numbered_service_id, service_day, seq, number, priority, status,
                    tracking_code, issued_at, queue_day, queue_rank, queued_at, origin, served_at, finished_at, kiosk)
                values (:service, :service, :day, :seq, :number, :priority, :status, :tracking, :issued, :day, 3,
                    :issued, 'KIOSK', :served, :served, :kiosk)""")
                .param("service", service).param("day", Date.valueOf(day)).param("seq", seq).param("number", number)
                .param("priority", priority).param("status", status).param("tracking", "bt-" + service + "-" + day + "-" + seq)
                .param("issued", issued).param("served", served).param("kiosk", kiosk).update();
        return jdbc.sql("select id from ticket where tracking_code = :t")
                .param("t", "bt-" + service + "-" + day + "-" + seq).query(Long.class).single();
    }

    private String number(long ticket) {
        return jdbc.sql("select number from ticket where id = :id").param("id", ticket).query(String.class).single();
    }

    private void contact(long ticket, String phone, LocalDateTime at) {
        jdbc.sql("insert into ticket_contact (ticket_id, phone, consent_at) values (:t, :p, :at)")
                .param("t", ticket).param("p", phone).param("at", stamp(at)).update();
    }

    private String dossier(String owner, String phone, String idNumber, LocalDateTime at) {
        String code = "000.00.23.H22-BT-" + String.format("%05d", ++dossiers);
        jdbc.sql("""
                insert into dossier (center_id, code, procedure_code, owner_name, phone, applicant_id_number,
                    received_at, due_at, status, source, tracking_token)
                values (1, :code, '1.004873', :owner, :phone, :id, :at, :due, 'RECEIVED', 'PROVINCE', :token)""")
                .param("code", code).param("owner", owner).param("phone", phone).param("id", idNumber)
                .param("at", stamp(at)).param("due", stamp(at.plusDays(5))).param("token", "bt-" + dossiers).update();
        return code;
    }

    private String uniquePhone() {
        return "03" + String.format("%08d", 10_000_000 + ++phones);
    }

    static Timestamp stamp(LocalDateTime at) {
        return Timestamp.from(instant(at));
    }

    static Instant instant(LocalDateTime at) {
        return at.atZone(CenterTime.ZONE).toInstant();
    }
}
