package vn.motcua.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    /** The enabled heads of a unit who are officers, first made first. */
    List<UserAccount> findByRoleAndUnitIdAndEnabledTrueAndOfficerIdNotNullOrderById(Role role, Long unitId);

    List<UserAccount> findByRoleAndUnitIdNotNullAndEnabledTrueAndOfficerIdNotNullOrderById(Role role);
}
