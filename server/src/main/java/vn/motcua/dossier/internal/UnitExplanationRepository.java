package vn.motcua.dossier.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.dossier.UnitExplanation;

/** Heads of unit's explanations of a period. */
public interface UnitExplanationRepository extends JpaRepository<UnitExplanation, Long> {

    List<UnitExplanation> findByUnitIdOrderByPeriodFromDesc(Long unitId);

    List<UnitExplanation> findByCenterIdOrderByPeriodFromDesc(Integer centerId);

    boolean existsByUnitIdAndPeriodFromAndPeriodTo(Long unitId, LocalDate periodFrom, LocalDate periodTo);
}
