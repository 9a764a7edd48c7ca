package vn.motcua.dossier.internal;

import java.util.List;
import org.springframework.data.repository.Repository;
import vn.motcua.dossier.SupplementRequest;

/** The head of unit's rulings on later supplement requests, as their record reads them. */
public interface SupplementRulingRepository extends Repository<SupplementRequest, Long> {

    /** The latest rulings of the center, newest first. */
    List<SupplementRequest> findTop200ByCenterIdAndRulingIsNotNullOrderByRuledAtDesc(Integer centerId);
}
