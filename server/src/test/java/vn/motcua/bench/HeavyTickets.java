package vn.motcua.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import vn.motcua.center.CenterTime;

/**
 * One working day of the hall: tickets taken at the kiosks (a morning peak, a quieter afternoon), waits and service
 * times drawn around a quarter of an hour and eight minutes, a few priority visitors, absent visitors (called,
 * recalled twice, marked absent) and transfers to the next unit's service; each ticket ends served or absent, with its
 * history. About half the visitors served rate the officer; each dissatisfied rating opens a follow-up for the head of
 * unit. Who sat at each counter is recorded as the day's sessions.
 */
final class HeavyTickets implements AutoCloseable {

    /** A visitor served at a counter: a dossier received that day may be linked to the visit. */
    record Served(long ticketId, int officer, Instant finishedAt) {
    }

    private static final String[] PRIORITY = {"ELDERLY", "DISABILITY", "PREGNANT", "WAR_INVALID"};
    private static final double RATED = 0.545;

    private final HeavyStaff staff;
    private final HeavyCalendar calendar;
    private final HeavyIds ids;
    private final SplittableRandom random;
    private final Instant now;
    private final HeavyRows tickets;
    private final HeavyRows events;
    private final HeavyRows numbers;
    private final HeavyRows sessions;
    private final HeavyRows ratings;
    private final HeavyRows followUps;
    private final double[] weights = new double[HeavyStaff.UNITS];
    final List<List<Served>> served = new ArrayList<>();

    HeavyTickets(Connection connection, HeavyDigest digest, HeavyStaff staff, HeavyCalendar calendar, HeavyIds ids,
            SplittableRandom random, Instant now) throws SQLException {
        this.staff = staff;
        this.calendar = calendar;
        this.ids = ids;
        this.random = random;
        this.now = now;
        tickets = new HeavyRows(connection, digest, "ticket", "id", "service_id", "service_day", "seq", "number",
                "priority", "status", "tracking_code", "issued_at", "called_at", "finished_at", "counter_id",
                "officer_id", "queue_day", "queue_rank", "queued_at", "served_at", "recalls", "origin",
                "numbered_service_id", "kiosk");
        events = new HeavyRows(connection, digest, "ticket_event", "id", "ticket_id", "kind", "from_status",
                "to_status", "officer_id", "counter_id", "at", "reason");
        numbers = new HeavyRows(connection, digest, "ticket_number", "service_id", "service_day", "last_number");
        sessions = new HeavyRows(connection, digest, "counter_session", "id", "counter_id", "officer_id", "opened_at",
                "closed_at", "closed_reason");
        ratings = new HeavyRows(connection, digest, "rating", "id", "ticket_id", "officer_id", "counter_id", "level",
                "rated_at");
        followUps = new HeavyRows(connection, digest, "rating_follow_up", "id", "center_id", "rating_id",
                "officer_id", "unit_id", "head_officer_id", "opened_at", "due_at", "contacted_at", "contact_note",
                "resolution", "resolved_at", "resolved_by");
        double sum = 0;
        for (int u = 0; u < weights.length; u++) {
            weights[u] = 1.0 / (1 + u * 0.12);
            sum += weights[u];
            served.add(new ArrayList<>());
        }
        for (int u = 0; u < weights.length; u++) {
            weights[u] /= sum;
        }
    }

    /** The tickets of working day {@code index}: about {@code mean} of them. */
    void day(int index, LocalDate day, double mean) throws SQLException {
        served.forEach(List::clear);
        int total = (int) Math.round(mean * (0.85 + 0.3 * random.nextDouble()));
        int[] perUnit = new int[HeavyStaff.UNITS];
        for (int i = 0; i < total; i++) {
            perUnit[pick()]++;
        }
        LocalTime opens = calendar.opens(day);
        LocalTime closes = calendar.closes(day);
        for (int c = 0; c < HeavyStaff.COUNTERS; c++) {
            Instant open = calendar.at(day, opens);
            Instant close = calendar.at(day, closes);
            if (staff.changesAtNoon(c, index)) {
                Instant noon = calendar.at(day, LocalTime.NOON);
                sessions.add(ids.next("counter_session"), staff.counterIds[c],
                        staff.officerIds[staff.officerAt(c, index, false)], open, noon, "TAKEN_OVER");
                open = noon;
            }
            sessions.add(ids.next("counter_session"), staff.counterIds[c],
                    staff.officerIds[staff.officerAt(c, index, true)], open, close, "DAY_CLOSED");
        }
        for (int u = 0; u < perUnit.length; u++) {
            int count = perUnit[u];
            if (count == 0) {
                continue;
            }
            long[] issued = new long[count];
            long opensSecond = day.atTime(opens).atZone(CenterTime.ZONE).toEpochSecond();
            for (int i = 0; i < count; i++) {
                issued[i] = opensSecond + issueSecond(opens, closes);
            }
            Arrays.sort(issued);
            for (int seq = 1; seq <= count; seq++) {
                ticket(index, day, u, seq, Instant.ofEpochSecond(issued[seq - 1]), calendar.at(day, closes));
            }
            numbers.add(staff.serviceIds[u], day, count);
        }
        for (HeavyRows rows : List.of(sessions, numbers, tickets, events, ratings, followUps)) {
            rows.flush();
        }
    }

    /** Seconds after opening: most tickets in the morning, peaking an hour and a half after opening. */
    private long issueSecond(LocalTime opens, LocalTime closes) {
        if (random.nextDouble() < 0.62) {
            return (long) ((random.nextDouble() + random.nextDouble()) * 0.5 * 4 * 3600 * 0.9 + random.nextInt(1200));
        }
        long afternoon = Duration.between(opens, LocalTime.of(13, 30)).toSeconds();
        long last = Duration.between(opens, closes).toSeconds() - 1800;
        return afternoon + random.nextLong(Math.max(1, last - afternoon));
    }

    private int pick() {
        double r = random.nextDouble();
        for (int u = 0; u < weights.length; u++) {
            r -= weights[u];
            if (r <= 0) {
                return u;
            }
        }
        return weights.length - 1;
    }

    private void ticket(int dayIndex, LocalDate day, int unit, int seq, Instant issued, Instant closes)
            throws SQLException {
        long id = ids.next("ticket");
        boolean priority = random.nextInt(100) < 6;
        String number = staff.letters[unit] + String.format("%03d", seq);
        long numberedService = staff.serviceIds[unit];
        events.add(ids.next("ticket_event"), id, "ISSUED", null, "WAITING", null, null, issued, null);
        Instant queued = issued;
        int queueUnit = unit;
        int counter = staff.counterFor(unit, random);
        Instant called = callTime(queued, priority, closes);
        int officer = officerAt(counter, dayIndex, called);
        int roll = random.nextInt(100);
        String status = "DONE";
        Instant served = null;
        Instant finished;
        int recalls = 0;
        int rank = priority ? 2 : 3;
        event(id, "CALLED", "WAITING", "CALLED", officer, counter, called, null);
        if (roll < 6) {
            recalls = 2;
            event(id, "RECALLED", "CALLED", "CALLED", officer, counter, called.plusSeconds(60), null);
            event(id, "RECALLED", "CALLED", "CALLED", officer, counter, called.plusSeconds(120), null);
            finished = called.plusSeconds(180);
            status = "NO_SHOW";
            event(id, "NO_SHOW", "CALLED", "NO_SHOW", officer, counter, finished, null);
        } else {
            served = called.plusSeconds(20 + random.nextInt(150));
            event(id, "SERVING", "CALLED", "SERVING", officer, counter, served, null);
            finished = served.plusSeconds(serviceSeconds());
            if (roll < 9) {
                queueUnit = (unit + 1) % HeavyStaff.UNITS;
                event(id, "TRANSFERRED", "SERVING", "WAITING", officer, counter, finished,
                        "Chuyển sang " + staff.unitNames[queueUnit]);
                queued = finished;
                rank = 1;
                counter = staff.counterFor(queueUnit, random);
                called = callTime(queued, true, closes);
                officer = officerAt(counter, dayIndex, called);
                event(id, "CALLED", "WAITING", "CALLED", officer, counter, called, null);
                served = called.plusSeconds(20 + random.nextInt(100));
                event(id, "SERVING", "CALLED", "SERVING", officer, counter, served, null);
                finished = served.plusSeconds(serviceSeconds());
            }
            event(id, "FINISHED", "SERVING", "DONE", officer, counter, finished, null);
        }
        tickets.add(id, staff.serviceIds[queueUnit], day, seq, number,
                priority ? PRIORITY[random.nextInt(PRIORITY.length)] : "NONE", status, "hy-" + id + "-" + seq,
                issued, called, finished, staff.counterIds[counter], staff.officerIds[officer], day, rank, queued,
                served, recalls, "KIOSK", numberedService, "Kiosk " + (1 + random.nextInt(6)));
        if (served != null) {
            this.served.get(queueUnit).add(new Served(id, officer, finished));
            if (random.nextDouble() < RATED) {
                rate(id, officer, counter, queueUnit, finished.plusSeconds(5 + random.nextInt(50)));
            }
        }
    }

    private Instant callTime(Instant queued, boolean priority, Instant closes) {
        double mean = priority ? 300 : 900;
        long wait = (long) Math.min(-mean * Math.log(1 - random.nextDouble()), 5400);
        Instant called = queued.plusSeconds(30 + wait);
        Instant last = closes.minusSeconds(300 + random.nextInt(600));
        return called.isAfter(last) ? (queued.isAfter(last) ? queued.plusSeconds(60) : last) : called;
    }

    private long serviceSeconds() {
        return 60 + (long) Math.min(-420 * Math.log(1 - random.nextDouble()), 3600);
    }

    private int officerAt(int counter, int dayIndex, Instant at) {
        return staff.officerAt(counter, dayIndex, !at.atZone(CenterTime.ZONE).toLocalTime().isBefore(LocalTime.NOON));
    }

    private void event(long ticket, String kind, String from, String to, int officer, int counter, Instant at,
            String reason) throws SQLException {
        events.add(ids.next("ticket_event"), ticket, kind, from, to, staff.officerIds[officer],
                staff.counterIds[counter], at, reason);
    }

    private void rate(long ticket, int officer, int counter, int unit, Instant at) throws SQLException {
        double r = random.nextDouble();
        double low = staff.weak[officer] ? 0.09 : 0.02;
        String level = r < low * 0.3 ? "VERY_UNSATISFIED" : r < low ? "UNSATISFIED" : r < low + 0.07 ? "NEUTRAL"
                : r < 0.42 ? "SATISFIED" : "VERY_SATISFIED";
        long rating = ids.next("rating");
        ratings.add(rating, ticket, staff.officerIds[officer], staff.counterIds[counter], level, at);
        if (level.endsWith("UNSATISFIED")) {
            Instant due = at.plus(Duration.ofHours(48));
            Instant contacted = at.plus(Duration.ofHours(2 + random.nextInt(40)));
            boolean done = contacted.plus(Duration.ofHours(4)).isBefore(now);
            int head = staff.head(staff.unitOf(officer));
            followUps.add(ids.next("rating_follow_up"), 1, rating, staff.officerIds[officer], staff.unitIds[unit],
                    staff.officerIds[head], at, due, done ? contacted : null,
                    done ? "Đã gọi điện cho công dân" : null, done ? "Đã xin lỗi và hướng dẫn lại" : null,
                    done ? contacted.plus(Duration.ofHours(4)) : null, done ? "hy" + (1000 + head) : null);
        }
    }

    @Override
    public void close() throws SQLException {
        for (HeavyRows rows : List.of(sessions, numbers, tickets, events, ratings, followUps)) {
            rows.close();
        }
    }
}
