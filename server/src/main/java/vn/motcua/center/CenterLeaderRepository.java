package vn.motcua.center;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads the leaders whose hotlines the public screens show. */
public interface CenterLeaderRepository extends JpaRepository<CenterLeader, Long> {

    List<CenterLeader> findAllByOrderBySortOrderAsc();
}
