package vn.motcua.catalogue.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.motcua.catalogue.Procedure;

/** The procedure catalogue of each center. */
public interface ProcedureRepository extends JpaRepository<Procedure, Long> {

    List<Procedure> findByCenterIdOrderBySortOrderAsc(Integer centerId);

    Optional<Procedure> findByCenterIdAndCode(Integer centerId, String code);

    /** Code and name of these procedures, without their papers and steps (a list of dossiers names hundreds). */
    @Query("select p.code, p.name from Procedure p where p.centerId = :centerId and p.code in :codes")
    List<Object[]> namesOf(Integer centerId, Collection<String> codes);
}
