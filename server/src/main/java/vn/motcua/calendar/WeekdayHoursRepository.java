package vn.motcua.calendar;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The usual week, keyed by ISO weekday number. */
public interface WeekdayHoursRepository extends JpaRepository<WeekdayHours, Integer> {

    List<WeekdayHours> findAllByOrderByIsoWeekdayAsc();
}
