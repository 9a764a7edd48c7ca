package vn.motcua.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.calendar.SpecialDay;

/** Holidays and make-up days, at most one per date. */
public interface SpecialDayRepository extends JpaRepository<SpecialDay, Long> {

    Optional<SpecialDay> findByCalendarDay(LocalDate day);

    List<SpecialDay> findByCalendarDayBetweenOrderByCalendarDayAsc(LocalDate from, LocalDate to);
}
