package vn.motcua.officer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Officers of the center. */
public interface OfficerRepository extends JpaRepository<Officer, Long> {

    List<Officer> findAllByOrderByFullNameAsc();
}
