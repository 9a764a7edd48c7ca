package vn.motcua.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PairedDeviceRepository extends ListCrudRepository<PairedDevice, Long> {

    Optional<PairedDevice> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    List<PairedDevice> findAllByOrderByRevokedAtDescRoleAscCounterNumberAscIdAsc();
}
