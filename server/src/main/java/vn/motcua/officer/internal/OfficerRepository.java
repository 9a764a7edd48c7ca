package vn.motcua.officer.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;

/** Officers of the center. */
public interface OfficerRepository extends JpaRepository<Officer, Long> {

    List<Officer> findAllByOrderByFullNameAsc();
}
