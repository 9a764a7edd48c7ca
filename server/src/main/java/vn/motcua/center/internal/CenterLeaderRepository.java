package vn.motcua.center.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.center.CenterLeader;

/** Reads the leaders whose hotlines the public screens show. */
public interface CenterLeaderRepository extends JpaRepository<CenterLeader, Long> {

    List<CenterLeader> findAllByOrderBySortOrderAsc();
}
