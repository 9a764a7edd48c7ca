package vn.motcua.report;

/**
 * The grouped queries behind {@link MonthlyFigures}, one per family of figures, each answering (unit, count) or
 * (unit, key, count) rows; parameters center, from, to. The unit of a dossier's figures is the dossier's unit; of a
 * lateness or a violation, the unit it was recorded on (the holder's at the time); of a ticket or a rating, the unit of
 * the officer who served it.
 */
final class MonthlyRows {

    /** Found late in the period, by class: RECEPTION (the reception step's own time) or HANDLING (anything else). */
    static final String OVERDUE = """
            select unit_id, klass, count(distinct dossier_id) from (
              select l.unit_id, l.dossier_id,
                case when l.scope = 'STEP' and l.step = 'RECEPTION' then 'RECEPTION' else 'HANDLING' end klass
              from dossier_lateness l
              where l.center_id = :center and l.found_at >= :from and l.found_at < :to) found
            group by unit_id, klass""";
    /** Violations "returned through the officer's fault" in the period. */
    static final String RETURNED = """
            select unit_id, count(*) from violation
            where center_id = :center and kind = 'RETURNED_BY_FAULT' and occurred_at >= :from and occurred_at < :to
            group by unit_id""";
    /** Dossiers returned through fault twice or more by the period's end, the last time within it. */
    static final String RETURNED_SEVERAL = """
            select unit_id, count(*) from (
              select unit_id, dossier_id from violation
              where center_id = :center and kind = 'RETURNED_BY_FAULT' and occurred_at < :to
              group by unit_id, dossier_id having count(*) >= 2 and max(occurred_at) >= :from) several
            group by unit_id""";
    /** Supplement requests asked in the period: FIRST or LATER (a second request or after). */
    static final String SUPPLEMENTS = """
            select d.unit_id, case when s.request_no >= 2 then 'LATER' else 'FIRST' end, count(*)
            from supplement_request s join dossier d on d.id = s.dossier_id
            where s.center_id = :center and s.asked_at >= :from and s.asked_at < :to
            group by d.unit_id, case when s.request_no >= 2 then 'LATER' else 'FIRST' end""";
    /** Apologies a leader approved in the period: the ones the citizen is sent. */
    static final String APOLOGIES = """
            select d.unit_id, count(*) from dossier_apology a join dossier d on d.id = a.dossier_id
            where a.center_id = :center and a.state = 'APPROVED' and a.decided_at >= :from and a.decided_at < :to
            group by d.unit_id""";
    // Tickets carry no center: one database serves one center, as the queue's own reports assume.
    // The period's tickets are chosen first and then joined to their officers: joined the other way round, H2 started
    // from the officers and read each one's tickets of the whole year (./bench.sh reports).
    /** Tickets called in the period and their waits in seconds. */
    static final String CALLED = """
            select o.unit_id, count(*), sum(extract(epoch from t.called_at) - extract(epoch from t.queued_at))
            from (select officer_id, called_at, queued_at from ticket
                  where called_at >= :from and called_at < :to and called_at >= queued_at) t
            join officer o on o.id = t.officer_id
            group by o.unit_id""";
    /** Tickets finished in the period and their service times in seconds. */
    static final String FINISHED = """
            select o.unit_id, count(*),
                   sum(extract(epoch from t.finished_at) - extract(epoch from coalesce(t.served_at, t.called_at)))
            from (select officer_id, finished_at, served_at, called_at from ticket
                  where status = 'DONE' and finished_at >= :from and finished_at < :to) t
            join officer o on o.id = t.officer_id
            group by o.unit_id""";
    /** Pad ratings given in the period, by level. */
    static final String RATINGS = """
            select o.unit_id, r.level, count(*) from rating r join officer o on o.id = r.officer_id
            where r.rated_at >= :from and r.rated_at < :to group by o.unit_id, r.level""";
    /** Citizens' feedback received in the period naming the unit, or an officer of it (else of no unit). */
    static final String COMPLAINTS = """
            select coalesce(f.unit_id, o.unit_id), count(*) from feedback f left join officer o on o.id = f.officer_id
            where f.center_id = :center and f.received_at >= :from and f.received_at < :to
            group by coalesce(f.unit_id, o.unit_id)""";

    private MonthlyRows() {
    }
}
