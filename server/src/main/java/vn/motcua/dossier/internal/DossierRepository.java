package vn.motcua.dossier.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.dossier.Dossier;

/** Dossiers of every center; callers always name the center. */
public interface DossierRepository extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByCenterIdAndCode(Integer centerId, String code);

    List<Dossier> findByCenterIdAndCodeIn(Integer centerId, Collection<String> codes);

    Optional<Dossier> findByTrackingToken(String trackingToken);
}
