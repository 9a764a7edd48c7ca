package vn.motcua.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    /** The enabled heads of a unit who are officers, first made first. */
    List<UserAccount> findByRoleAndUnitIdAndEnabledTrueAndOfficerIdNotNullOrderById(Role role, Long unitId);

    List<UserAccount> findByRoleAndUnitIdNotNullAndEnabledTrueAndOfficerIdNotNullOrderById(Role role);

    /** Every head account of a unit, enabled or not: a new head replaces them all. */
    List<UserAccount> findByRoleAndUnitId(Role role, Long unitId);

    /** An officer's account (an officer has at most one: its username is the officer's code). */
    Optional<UserAccount> findFirstByOfficerIdOrderById(Long officerId);
}
