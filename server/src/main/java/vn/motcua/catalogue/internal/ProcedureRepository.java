package vn.motcua.catalogue.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.catalogue.Procedure;

/** The procedure catalogue of each center. */
public interface ProcedureRepository extends JpaRepository<Procedure, Long> {

    List<Procedure> findByCenterIdOrderBySortOrderAsc(Integer centerId);

    Optional<Procedure> findByCenterIdAndCode(Integer centerId, String code);
}
