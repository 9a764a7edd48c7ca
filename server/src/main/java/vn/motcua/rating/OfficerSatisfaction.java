package vn.motcua.rating;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.center.DayRange;

/** How satisfied the citizens an officer served are today: the officer's own share, shown at their console. */
@Service
@Transactional(readOnly = true)
public class OfficerSatisfaction {

    private final EntityManager entities;
    private final CenterTime time;

    OfficerSatisfaction(EntityManager entities, CenterTime time) {
        this.entities = entities;
        this.time = time;
    }

    /** Today's ratings of one officer and how many of them count as satisfied. */
    public record Today(long ratings, long satisfied) {

        /** The satisfied share in whole percent (rounded down, so 98 % is shown only when reached); empty before the first rating. */
        public Optional<Integer> satisfiedPercent() {
            return ratings == 0 ? Optional.empty() : Optional.of((int) (100 * satisfied / ratings));
        }
    }

    /** Ratings given today (local day of the press) to the officer who served the ticket. */
    public Today today(long officerId) {
        DayRange today = DayRange.of(time.today());
        List<Object[]> rows = entities.createQuery("""
                        select r.level, count(r) from Rating r
                        where r.officer.id = :officerId and r.ratedAt >= :from and r.ratedAt < :to
                        group by r.level""", Object[].class)
                .setParameter("officerId", officerId)
                .setParameter("from", today.start())
                .setParameter("to", today.end())
                .getResultList();
        long ratings = 0;
        long satisfied = 0;
        for (Object[] row : rows) {
            long count = (Long) row[1];
            ratings += count;
            if (((RatingLevel) row[0]).isSatisfied()) {
                satisfied += count;
            }
        }
        return new Today(ratings, satisfied);
    }
}
