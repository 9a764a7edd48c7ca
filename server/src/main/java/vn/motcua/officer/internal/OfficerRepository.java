package vn.motcua.officer.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;

/** Officers of the center. */
public interface OfficerRepository extends JpaRepository<Officer, Long> {

    List<Officer> findAllByOrderByFullNameAsc();

    /** Codes differ by more than case: sign-in ignores case, and "cb01" beside "CB01" misleads people. */
    boolean existsByCodeIgnoreCase(String code);
}
