package vn.motcua.officer.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.officer.Unit;

/** The center's units. */
public interface UnitRepository extends JpaRepository<Unit, Long> {

    List<Unit> findAllByOrderByNameAsc();

    /** Codes differ by more than case: sign-in ignores case, and "cb01" beside "CB01" misleads people. */
    boolean existsByCodeIgnoreCase(String code);
}
