package vn.motcua.watch;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.center.CenterSettings.Setting;
import vn.motcua.center.CenterTime;
import vn.motcua.watch.BrokerSignal.Words;

/**
 * Signals from the tickets kiosks issued: bursts of tickets for different services at one kiosk within minutes, and
 * tickets of one kiosk and hour never served (numbers taken to be sold or held for others). Both read only the
 * window's kiosk tickets, in kiosk and time order (the ticket_kiosk index); bursts are found in one pass as the rows
 * stream by.
 */
@Component
class KioskSignals {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SUBJECT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcClient jdbc;

    KioskSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Priority tickets do not count: an elderly or disabled visitor is helped to several services, not a broker. */
    List<BrokerSignal> bursts(WatchWindow window) {
        BurstScan scan = new BurstScan(window.get(Setting.WATCH_BURST_TICKETS), window.get(Setting.WATCH_BURST_MINUTES));
        jdbc.sql("""
                select t.kiosk, t.number, t.issued_at, t.numbered_service_id, s.name from ticket t
                    join center_service s on s.id = t.numbered_service_id
                where t.kiosk is not null and t.issued_at >= :from and t.issued_at < :to and t.priority = 'NONE'
                order by t.kiosk, t.issued_at, t.id""")
                .param("from", window.fromStamp()).param("to", window.toStamp())
                .query((RowCallbackHandler) rs -> scan.next(rs.getString(1), new BurstScan.Taken(rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getLong(4), rs.getString(5))));
        return scan.finish().stream().map(burst -> burst(burst, scan)).toList();
    }

    private static BrokerSignal burst(BurstScan.Burst burst, BurstScan scan) {
        LocalDateTime first = LocalDateTime.ofInstant(burst.tickets().getFirst().at(), CenterTime.ZONE);
        LocalDateTime last = LocalDateTime.ofInstant(burst.tickets().getLast().at(), CenterTime.ZONE);
        long seconds = ChronoUnit.SECONDS.between(first, last);
        return BrokerSignal.of(SignalKind.KIOSK_BURST, burst.kiosk() + "@" + SUBJECT.format(first), burst.services(),
                scan.tickets(), new Words("watch.why.KIOSK_BURST", burst.kiosk(), DAY.format(first), TIME.format(first),
                        burst.tickets().size(), burst.services(), (seconds + 59) / 60, scan.tickets(), scan.minutes()),
                burst.tickets().stream().map(t -> new Evidence(Evidence.Source.TICKET, t.number(), t.at(),
                        t.serviceName())).toList());
    }

    /**
     * Never served: ended as a no-show (called, recalled, not come), or still waiting or called with its day past
     * (the end of day found it open and nobody called it since). The queue has no cancelled state: a ticket a visitor
     * abandons is one of these. A ticket whose service began (served_at) was served, whatever came after.
     */
    List<BrokerSignal> hoarding(WatchWindow window) {
        int threshold = window.get(Setting.WATCH_UNSERVED);
        LocalDate today = LocalDate.ofInstant(window.to(), CenterTime.ZONE);
        Map<String, List<Evidence>> byHour = new LinkedHashMap<>();
        Map<String, String[]> named = new LinkedHashMap<>();
        jdbc.sql("""
                select t.kiosk, t.number, t.issued_at, s.name from ticket t
                    join center_service s on s.id = t.numbered_service_id
                where t.kiosk is not null and t.issued_at >= :from and t.issued_at < :to and t.served_at is null
                  and (t.status = 'NO_SHOW' or (t.status in ('WAITING', 'CALLED') and t.queue_day < :today))
                order by t.kiosk, t.issued_at, t.id""")
                .param("from", window.fromStamp()).param("to", window.toStamp()).param("today", Date.valueOf(today))
                .query((RowCallbackHandler) rs -> {
                    Instant at = rs.getTimestamp(3).toInstant();
                    LocalDateTime hour = LocalDateTime.ofInstant(at, CenterTime.ZONE).truncatedTo(ChronoUnit.HOURS);
                    String subject = rs.getString(1) + "@" + SUBJECT.format(hour);
                    named.putIfAbsent(subject, new String[] {rs.getString(1), DAY.format(hour), TIME.format(hour),
                            TIME.format(hour.plusHours(1))});
                    byHour.computeIfAbsent(subject, s -> new ArrayList<>())
                            .add(new Evidence(Evidence.Source.TICKET, rs.getString(2), at, rs.getString(4)));
                });
        List<BrokerSignal> found = new ArrayList<>();
        byHour.forEach((subject, tickets) -> {
            if (tickets.size() >= threshold) {
                String[] name = named.get(subject);
                found.add(BrokerSignal.of(SignalKind.HOARDING, subject, tickets.size(), threshold,
                        new Words("watch.why.HOARDING", name[0], name[1], name[2], name[3], tickets.size(), threshold),
                        tickets));
            }
        });
        return found;
    }
}
