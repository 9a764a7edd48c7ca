package vn.motcua.watch.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.watch.WatchAction;

/** Actions on broker signals. */
public interface WatchActionRepository extends JpaRepository<WatchAction, Long> {

    List<WatchAction> findByCenterIdOrderByActedAtDescIdDesc(int centerId);
}
