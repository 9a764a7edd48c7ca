package vn.motcua.dossier.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.dossier.LateExplanation;

/** Explanations of late dossiers, attempt by attempt. */
public interface LateExplanationRepository extends JpaRepository<LateExplanation, Long> {

    List<LateExplanation> findByLatenessIdOrderByAttemptNo(Long latenessId);
}
