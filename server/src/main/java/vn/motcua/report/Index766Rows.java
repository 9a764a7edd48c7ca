package vn.motcua.report;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.rating.RatingLevel;

/**
 * The one query behind {@link Index766Figures}, and the rules it writes down:
 * <ul>
 * <li>a dossier is handled in a period when it was received before the period's end and had not ended before its
 * start (ended: processed, refused, stopped or returned, whichever came first); one withdrawn in the period is left
 * out of every count (not handled, not received, not finished: the citizen took it back);
 * <li>it is late when it ended after its due date, or was still open at the period's end (or now, for the running
 * period) past its due date with the clock running, or when the citizen was asked for a supplement a second time. The
 * due date already leaves out the time waiting for the citizen's supplement: a supplement moves it;
 * <li>it is dissatisfied when the province's rating form answered "Không hài lòng", a pad rating of a ticket linked to
 * it was a low level (the center's setting says whether "Bình thường" is one), or a citizen's feedback names it.
 * </ul>
 */
final class Index766Rows {

    static final Index766.Counts NONE = new Index766.Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private Index766Rows() {
    }

    /** The levels that count as "Không hài lòng" in the legal three. */
    static List<String> lowLevels(boolean neutralSatisfied) {
        List<String> low = new ArrayList<>();
        for (RatingLevel level : RatingLevel.values()) {
            if (!level.isSatisfied() && !(neutralSatisfied && level == RatingLevel.NEUTRAL)) {
                low.add(level.name());
            }
        }
        return low;
    }

    /** The counts grouped by {@code key}, an expression over the dossier {@code d}; parameters center, from, to, asOf, low. */
    static String sql(String key) {
        return """
                select z.k,
                  sum(z.handled),
                  sum(case when z.handled = 1 and z.late = 0 then 1 else 0 end),
                  sum(case when z.handled = 1 and z.late = 1 and z.ended = 1 then 1 else 0 end),
                  sum(case when z.handled = 1 and z.late = 1 and z.ended = 0 then 1 else 0 end),
                  sum(case when z.handled = 1 and z.second_request = 1 then 1 else 0 end),
                  sum(case when z.handled = 1 and z.unhappy = 1 then 1 else 0 end),
                  sum(z.received),
                  sum(case when z.received = 1 and z.online = 1 then 1 else 0 end),
                  sum(case when z.received = 1 and z.synced = 1 then 1 else 0 end),
                  sum(z.ended),
                  sum(case when z.ended = 1 and z.digitised = 1 then 1 else 0 end),
                  sum(case when z.received = 1 and z.paid is not null then 1 else 0 end),
                  sum(case when z.received = 1 and z.paid = 1 then 1 else 0 end)
                from (
                  select y.k, y.second_request, y.unhappy, y.online, y.synced, y.digitised, y.paid,
                    1 as handled,
                    case when y.received_at >= :from then 1 else 0 end as received,
                    case when y.fin is not null and y.fin < :to then 1 else 0 end as ended,
                    case when y.second_request = 1
                           or (y.fin is not null and y.fin < :to and y.fin > y.due_at)
                           or ((y.fin is null or y.fin >= :to) and :asOf > y.due_at
                               and (y.clock_stopped_at is null or y.clock_stopped_at > y.due_at))
                         then 1 else 0 end as late
                  from (
                    select %s as k, d.status, d.due_at, d.clock_stopped_at, d.received_at,
                      coalesce(d.processed_at, d.returned_at) as fin,
                      case when d.channel = 'ONLINE' then 1 else 0 end as online,
                      case when d.source = 'PROVINCE' or d.synced_at is not null then 1 else 0 end as synced,
                      case when d.documents_digitised = true and d.result_digitised = true then 1 else 0 end as digitised,
                      case when d.paid_online is null then null when d.paid_online = true then 1 else 0 end as paid,
                      case when exists (select 1 from supplement_request s where s.dossier_id = d.id
                                          and s.request_no >= 2 and s.asked_at < :asOf)
                           then 1 else 0 end as second_request,
                      case when exists (select 1 from dossier_rating_form f where f.dossier_id = d.id
                                          and f.answered_at < :to
                                          and (f.answer_one = 'DISSATISFIED' or f.answer_two = 'DISSATISFIED'))
                             or exists (select 1 from dossier_visit v join rating r on r.ticket_id = v.ticket_id
                                          where v.dossier_id = d.id and r.rated_at < :to and r.level in (:low))
                             or exists (select 1 from feedback b where b.dossier_id = d.id and b.received_at < :to)
                           then 1 else 0 end as unhappy
                    from dossier d
                    where d.center_id = :center and d.received_at < :to
                      and (d.status <> 'WITHDRAWN' or coalesce(d.processed_at, d.returned_at) is null
                           or coalesce(d.processed_at, d.returned_at) >= :to)
                      and (coalesce(d.processed_at, d.returned_at) is null
                           or coalesce(d.processed_at, d.returned_at) >= :from)
                  ) y
                ) z
                group by z.k""".formatted(key);
    }
}
