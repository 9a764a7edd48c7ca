package vn.motcua.calendar.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.calendar.WeekdayHours;

/** The usual week, keyed by ISO weekday number. */
public interface WeekdayHoursRepository extends JpaRepository<WeekdayHours, Integer> {

    List<WeekdayHours> findAllByOrderByIsoWeekdayAsc();
}
