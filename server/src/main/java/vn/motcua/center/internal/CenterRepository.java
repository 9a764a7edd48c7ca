package vn.motcua.center.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.center.Center;

/** Reads the center profile; there is one row per installation. */
public interface CenterRepository extends JpaRepository<Center, Integer> {

    default Center profile() {
        return findAll().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No center profile: the table 'center' is empty"));
    }
}
