package vn.motcua.catalogue.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.catalogue.CenterService;

/** The services offered at the center. */
public interface CenterServiceRepository extends JpaRepository<CenterService, Long> {

    Optional<CenterService> findByCode(String code);

    List<CenterService> findAllByOrderBySortOrderAsc();
}
