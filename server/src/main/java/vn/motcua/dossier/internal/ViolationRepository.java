package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.repository.Repository;
import vn.motcua.dossier.Violation;

/** Append-only: the register of violations. */
public interface ViolationRepository extends Repository<Violation, Long> {

    Violation save(Violation violation);

    List<Violation> findByDossierIdOrderByOccurredAt(Long dossierId);

    /** The center's newest entries of a period (from included, to excluded), newest first. */
    List<Violation> findTop500ByCenterIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThanOrderByOccurredAtDescIdDesc(
            Integer centerId, Instant from, Instant to);
}
