package vn.motcua.center;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.internal.CenterLeaderRepository;
import vn.motcua.center.internal.CenterRepository;

/** The center's profile and the leaders whose hotlines are posted, as the rest of the application reads them. */
@Service
@Transactional(readOnly = true)
public class Centers {

    private final CenterRepository centers;
    private final CenterLeaderRepository leaders;

    Centers(CenterRepository centers, CenterLeaderRepository leaders) {
        this.centers = centers;
        this.leaders = leaders;
    }

    /** The one center of this installation. */
    public Center profile() {
        return centers.profile();
    }

    /** The leaders in the order the public screens list them. */
    public List<CenterLeader> leaders() {
        return leaders.findAllByOrderBySortOrderAsc();
    }
}
