package vn.motcua.dossier.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.motcua.dossier.LateExplanation;

/** Explanations of late dossiers, attempt by attempt. */
public interface LateExplanationRepository extends JpaRepository<LateExplanation, Long> {

    List<LateExplanation> findByLatenessIdOrderByAttemptNo(Long latenessId);

    /** The lateness an attempt explains, read without loading the attempt (it is read again once that is locked). */
    @Query("select e.latenessId from LateExplanation e where e.id = :id")
    Optional<Long> findLatenessIdById(Long id);

    List<LateExplanation> findByLatenessIdInOrderByAttemptNo(Collection<Long> latenessIds);
}
