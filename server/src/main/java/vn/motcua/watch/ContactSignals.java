package vn.motcua.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.center.CenterSettings.Setting;
import vn.motcua.center.CenterTime;
import vn.motcua.watch.BrokerSignal.Words;
import vn.motcua.watch.Evidence.Source;

/**
 * Signals from the contact details citizens gave: one phone or ID number on dossiers of many different owners, and
 * one phone number on tickets or dossiers on many different days. The database narrows to the numbers seen often
 * enough in the window (by their indexes); only their rows are read, and the owners and days are counted here, where
 * names can be folded and instants put on the center's calendar.
 */
@Component
class ContactSignals {

    private final JdbcClient jdbc;

    ContactSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BrokerSignal> sharedContacts(WatchWindow window) {
        List<BrokerSignal> found = new ArrayList<>(sharedBy("phone", "phone", window));
        found.addAll(sharedBy("applicant_id_number", "id", window));
        return found;
    }

    private List<BrokerSignal> sharedBy(String column, String label, WatchWindow window) {
        int owners = window.get(Setting.WATCH_OWNERS);
        String seen = "from dossier where center_id = :center and received_at >= :from and received_at < :to";
        List<Row> rows = jdbc.sql("select " + column + ", code, owner_name, received_at " + seen + " and " + column
                        + " in (select " + column + " " + seen + " and " + column + " is not null group by " + column
                        + " having count(*) >= :owners) order by " + column + ", received_at, code")
                .param("center", window.centerId()).param("from", window.fromStamp()).param("to", window.toStamp())
                .param("owners", owners)
                .query((rs, n) -> new Row(rs.getString(1), Source.DOSSIER, rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        List<BrokerSignal> found = new ArrayList<>();
        byNumber(rows).forEach((number, its) -> {
            Set<String> names = new HashSet<>();
            its.forEach(row -> names.add(OwnerNames.fold(row.detail())));
            if (names.size() >= owners) {
                found.add(BrokerSignal.of(SignalKind.SHARED_CONTACT, label + ":" + number, names.size(), owners,
                        new Words("watch.why.SHARED_CONTACT." + label, number, names.size(), window.days(), owners),
                        evidence(its)));
            }
        });
        return found;
    }

    List<BrokerSignal> reusedPhones(WatchWindow window) {
        int days = window.get(Setting.WATCH_PHONE_DAYS);
        List<Row> rows = jdbc.sql("""
                with seen as (
                    select c.phone, 'TICKET' as source, t.number as ref, s.name as detail, t.issued_at as at
                    from ticket_contact c join ticket t on t.id = c.ticket_id
                        join center_service s on s.id = t.numbered_service_id
                    where t.issued_at >= :from and t.issued_at < :to
                    union all
                    select phone, 'DOSSIER', code, owner_name, received_at from dossier
                    where center_id = :center and received_at >= :from and received_at < :to and phone is not null)
                select phone, source, ref, detail, at from seen
                where phone in (select phone from seen group by phone having count(*) >= :days)
                order by phone, at, ref""")
                .param("center", window.centerId()).param("from", window.fromStamp()).param("to", window.toStamp())
                .param("days", days)
                .query((rs, n) -> new Row(rs.getString(1), Source.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
        List<BrokerSignal> found = new ArrayList<>();
        byNumber(rows).forEach((phone, its) -> {
            Set<LocalDate> seenOn = new HashSet<>();
            its.forEach(row -> seenOn.add(LocalDate.ofInstant(row.at(), CenterTime.ZONE)));
            if (seenOn.size() >= days) {
                found.add(BrokerSignal.of(SignalKind.PHONE_REUSE, phone, seenOn.size(), days,
                        new Words("watch.why.PHONE_REUSE", phone, its.size(), seenOn.size(), window.days(), days),
                        evidence(its)));
            }
        });
        return found;
    }

    private static Map<String, List<Row>> byNumber(List<Row> rows) {
        Map<String, List<Row>> by = new LinkedHashMap<>();
        rows.forEach(row -> by.computeIfAbsent(row.number(), n -> new ArrayList<>()).add(row));
        return by;
    }

    private static List<Evidence> evidence(List<Row> rows) {
        return rows.stream().map(row -> new Evidence(row.source(), row.ref(), row.at(), row.detail())).toList();
    }

    private record Row(String number, Source source, String ref, String detail, Instant at) {
    }
}
