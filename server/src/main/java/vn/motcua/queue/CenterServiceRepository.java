package vn.motcua.queue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The services offered at the center. */
public interface CenterServiceRepository extends JpaRepository<CenterService, Long> {

    Optional<CenterService> findByCode(String code);

    List<CenterService> findAllByOrderBySortOrderAsc();
}
