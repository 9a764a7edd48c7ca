package vn.motcua.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.SplittableRandom;
import vn.motcua.center.CenterTime;

/**
 * One working day's dossiers, each received at the counter after a visit (linked to that ticket) or online, with its
 * due date in working days, the hand-offs of Mẫu 06 (reception, appraisal, the head's signature, return) and what
 * lateness brings: most finish early, some late; a tenth wait for a supplement (a few for a second one, ruled on by the
 * head), the watch's warnings and latenesses, explanations, apologies with a new appointment and violations. The
 * dossiers of the last weeks are still open, as on the morning the reports are read.
 */
final class HeavyDossiers implements AutoCloseable {

    private static final double[] SHARES = {0.05, 0.70, 0.90, 1.0};
    private static final String[] STEPS = {"RECEPTION", "APPRAISAL", "SIGNATURE", "RETURN"};
    private static final String[] LATE_REASONS = {"OWN_FAULT", "OTHER_AGENCY_LATE", "SUPPLEMENT_LATE", "OTHER"};
    private static final String[] CATEGORIES = {"ATTITUDE", "DELAY", "WRONG_GUIDANCE", "FACILITIES", "OTHER"};

    private final HeavyStaff staff;
    private final HeavyCalendar calendar;
    private final HeavyIds ids;
    private final SplittableRandom random;
    private final Instant now;
    private final HeavyLateness lateness;
    private final HeavyRows dossiers;
    private final HeavyRows handOffs;
    private final HeavyRows visits;
    private final HeavyRows supplements;
    private final HeavyRows feedback;

    HeavyDossiers(Connection connection, HeavyDigest digest, HeavyStaff staff, HeavyCalendar calendar, HeavyIds ids,
            SplittableRandom random, Instant now) throws SQLException {
        this.staff = staff;
        this.calendar = calendar;
        this.ids = ids;
        this.random = random;
        this.now = now;
        dossiers = new HeavyRows(connection, digest, "dossier", "id", "center_id", "code", "procedure_code",
                "procedure_id", "owner_name", "phone", "received_at", "due_at", "computed_due_at", "status",
                "processed_at", "returned_at", "unit_name", "unit_id", "source", "tracking_token", "applicant_name",
                "consent_at", "channel", "receiving_officer_id", "holder_officer_id", "held_since", "clock_stopped_at",
                "result", "signed_by", "returning_officer_id", "new_appointment_at", "documents_digitised",
                "result_digitised", "paid_online", "synced_at");
        handOffs = new HeavyRows(connection, digest, "dossier_hand_off", "id", "center_id", "dossier_id",
                "sequence_no", "step", "from_officer_id", "to_officer_id", "to_unit_id", "handed_at", "step_due_at");
        visits = new HeavyRows(connection, digest, "dossier_visit", "id", "center_id", "dossier_id", "ticket_id",
                "officer_id", "purpose", "linked_at");
        supplements = new HeavyRows(connection, digest, "supplement_request", "id", "center_id", "dossier_id",
                "request_no", "items", "asked_by", "asked_at", "reason_for_another", "ruling", "ruled_by", "ruled_at",
                "supplied_at", "supplied_to");
        lateness = new HeavyLateness(connection, digest, staff, calendar, ids, random, now);
        feedback = new HeavyRows(connection, digest, "feedback", "id", "center_id", "code", "kind", "category",
                "text", "contact", "channel", "dossier_id", "officer_id", "unit_id", "received_at", "answer_due_at",
                "answer", "answered_by", "answered_at");
    }

    /** About {@code mean} dossiers received on working day {@code index}, and {@code complaints} feedback. */
    void day(int index, LocalDate day, double mean, double complaints, List<List<HeavyTickets.Served>> served)
            throws SQLException {
        int count = (int) Math.round(mean * (0.85 + 0.3 * random.nextDouble()));
        long lastDossier = 0;
        for (int n = 0; n < count; n++) {
            lastDossier = dossier(index, day, n, served);
        }
        int feedbacks = (int) complaints + (random.nextDouble() < complaints % 1 ? 1 : 0);
        for (int n = 0; n < feedbacks && lastDossier > 0; n++) {
            complaint(index, day, lastDossier - random.nextInt((int) Math.min(count, 50)));
        }
        for (HeavyRows rows : List.of(dossiers, handOffs, visits, supplements)) {
            rows.flush();
        }
        lateness.flush();
        feedback.flush();
    }

    private long dossier(int index, LocalDate day, int n, List<List<HeavyTickets.Served>> served)
            throws SQLException {
        long id = ids.next("dossier");
        int p = random.nextInt(staff.procedureIds.length);
        int unit = p / HeavyStaff.PROCEDURES_PER_UNIT;
        List<Integer> people = staff.unitOfficers.get(unit);
        List<HeavyTickets.Served> visits = served.get(unit);
        boolean inPerson = random.nextInt(100) < 62 && !visits.isEmpty();
        HeavyTickets.Served visit = inPerson ? visits.remove(random.nextInt(visits.size())) : null;
        int receiver = inPerson ? visit.officer() : people.get(random.nextInt(people.size()));
        Instant received = inPerson ? visit.finishedAt().minusSeconds(60)
                : calendar.at(day, calendar.opens(day).plusMinutes(random.nextInt(540)));
        LocalTime at = received.atZone(CenterTime.ZONE).toLocalTime();
        boolean afterCutOff = !at.isBefore(LocalTime.of(15, 0));
        int start = afterCutOff ? index + 1 : index;
        LocalTime clock = afterCutOff ? calendar.opens(day) : at;
        int legal = staff.legalDays[p];
        int paused = 0;
        Instant askedFirst = null;
        Instant pending = null;
        if (random.nextInt(100) < 10) {
            int asked = start + Math.max(0, (int) (legal * 0.3));
            askedFirst = calendar.plus(asked, 0, LocalTime.of(10, 0));
            int wait = 1 + random.nextInt(4);
            Instant supplied = calendar.plus(asked, wait, LocalTime.of(9, 0));
            boolean again = random.nextInt(100) < 15;
            if (askedFirst.isAfter(now)) {
                askedFirst = null;
            } else if (supplied.isAfter(now)) {
                pending = askedFirst;
                supplements.add(ids.next("supplement_request"), 1, id, 1, "Bản sao giấy tờ còn thiếu", staff.officerIds[receiver],
                        askedFirst, null, null, null, null, null, null);
            } else {
                supplements.add(ids.next("supplement_request"), 1, id, 1, "Bản sao giấy tờ còn thiếu", staff.officerIds[receiver],
                        askedFirst, null, null, null, null, supplied, staff.officerIds[receiver]);
                paused = wait;
                if (again) {
                    paused += secondRequest(id, unit, receiver, asked + wait + 1);
                }
            }
        }
        Instant due = calendar.plus(start, legal + paused, clock);
        double f = random.nextInt(100) < 93 ? 0.3 + 0.67 * random.nextDouble() : 1.05 + 0.75 * random.nextDouble();
        int endDay = start + (int) Math.floor(f * legal) + paused;
        Instant end = calendar.at(calendar.day(endDay), calendar.opens(calendar.day(endDay))
                .plusMinutes(30 + random.nextInt(480)));
        if (!end.isAfter(received)) {
            end = received.plus(Duration.ofMinutes(30 + random.nextInt(60)));
        }
        boolean open = end.isAfter(now) || pending != null;
        int specialist = people.size() > 1 ? people.get(1 + random.nextInt(people.size() - 1)) : people.getFirst();
        int head = staff.head(unit);
        int[] holders = {receiver, specialist, head, receiver};
        Instant[] handed = {received, received.plusSeconds(900), received.plus(Duration.between(received, end)
                .multipliedBy(8).dividedBy(10)), end};
        int last = -1;
        for (int s = 0; s < STEPS.length && !handed[s].isAfter(now) && !(s == 3 && open); s++) {
            last = s;
            handOffs.add(ids.next("dossier_hand_off"), 1, id, s, STEPS[s], s == 0 ? null
                    : staff.officerIds[holders[s - 1]], staff.officerIds[holders[s]], staff.unitIds[unit], handed[s],
                    calendar.plus(start, (int) Math.ceil(SHARES[s] * (legal + paused)), clock));
        }
        if (inPerson) {
            this.visits.add(ids.next("dossier_visit"), 1, id, visit.ticketId(), staff.officerIds[receiver],
                    "SUBMISSION", received);
        }
        int roll = random.nextInt(100);
        String status = pending != null ? "AWAITING_SUPPLEMENT" : open ? (last < 1 ? "RECEIVED"
                : staff.fee[p] && roll < 10 ? "PAYING" : "PROCESSING")
                : roll < 2 ? "WITHDRAWN" : end.plus(Duration.ofDays(2)).isAfter(now) || roll < 12 ? "DONE" : "RETURNED";
        Instant returned = "RETURNED".equals(status) ? end.plus(Duration.ofHours(1 + random.nextInt(40))) : null;
        String result = open ? null : "WITHDRAWN".equals(status) ? "WITHDRAWN" : roll > 95 ? "REFUSED" : "APPROVED";
        int holderAtDue = holders[Math.max(0, last)];
        for (int s = last; s >= 0; s--) {
            if (!handed[s].isAfter(due)) {
                holderAtDue = holders[s];
                break;
            }
        }
        boolean late = open ? pending == null && due.isBefore(now) : end.isAfter(due);
        Instant newAppointment = lateness.record(id, unit, due, received, open ? null : end, late, holderAtDue,
                Math.max(0, Math.min(last, late ? 3 : last)));
        String owner = "Công dân số " + id;
        dossiers.add(id, 1, "000.00.00.H00-" + day + "-" + (n + 1), staff.procedureCodes[p], staff.procedureIds[p],
                owner, "09" + (10_000_000 + id % 90_000_000), received, due, due, status,
                open ? null : end, returned, staff.unitNames[unit], staff.unitIds[unit], "LOCAL",
                "hy-" + id + "-" + Long.toHexString(random.nextLong()), owner, received,
                inPerson ? "IN_PERSON" : "ONLINE", staff.officerIds[receiver],
                open ? staff.officerIds[holders[Math.max(0, last)]] : null, open ? handed[Math.max(0, last)] : null,
                pending, result, open ? null : staff.officerNames[head],
                returned == null ? null : staff.officerIds[receiver], newAppointment, random.nextInt(10) < 9,
                !open && random.nextInt(10) < 8, staff.fee[p] ? !inPerson && random.nextBoolean() : null,
                received.plusSeconds(300));
        return id;
    }

    /** A second request (the officer's reason, the head's ruling); the working days the citizen took. */
    private int secondRequest(long dossier, int unit, int officer, int day) throws SQLException {
        Instant asked = calendar.plus(day, 0, LocalTime.of(10, 0));
        Instant supplied = calendar.plus(day, 2, LocalTime.of(9, 0));
        if (supplied.isAfter(now)) {
            return 0;
        }
        boolean justified = random.nextInt(100) < 60;
        int head = staff.head(unit);
        long request = ids.next("supplement_request");
        supplements.add(request, 1, dossier, 2, "Giấy tờ bổ sung lần hai", staff.officerIds[officer], asked,
                "Giấy tờ lần trước không hợp lệ", justified ? "JUSTIFIED" : "UNJUSTIFIED", staff.officerIds[head],
                asked.plus(Duration.ofHours(2)), supplied, staff.officerIds[officer]);
        if (!justified) {
            lateness.unjustified(dossier, unit, officer, asked, request);
        }
        return 2;
    }

    private void complaint(int index, LocalDate day, long dossier) throws SQLException {
        long id = ids.next("feedback");
        int unit = random.nextInt(HeavyStaff.UNITS);
        List<Integer> people = staff.unitOfficers.get(unit);
        int officer = people.get(random.nextInt(people.size()));
        boolean denunciation = random.nextInt(100) < 4;
        Instant received = calendar.at(day, LocalTime.of(8 + random.nextInt(8), random.nextInt(60)));
        Instant dueAt = calendar.plus(index, 10, LocalTime.of(17, 0));
        Instant answered = calendar.plus(index, 1 + random.nextInt(12), LocalTime.of(15, 0));
        boolean done = answered.isBefore(now);
        feedback.add(id, 1, "HY" + id, denunciation ? "DENUNCIATION" : "FEEDBACK",
                denunciation ? "ASKED_FOR_MONEY" : CATEGORIES[random.nextInt(CATEGORIES.length)],
                "Phản ánh về việc giải quyết hồ sơ", "09" + (20_000_000 + id), denunciation ? "HOTLINE" : "KIOSK",
                random.nextBoolean() ? dossier : null, staff.officerIds[officer], staff.unitIds[unit], received, dueAt,
                done ? "Trung tâm đã xem xét và trả lời" : null, done ? "giamdoc" : null, done ? answered : null);
    }

    @Override
    public void close() throws SQLException {
        for (HeavyRows rows : List.of(dossiers, handOffs, visits, supplements)) {
            rows.close();
        }
        lateness.close();
        feedback.close();
    }
}
