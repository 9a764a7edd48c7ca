package vn.motcua.catalogue.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.catalogue.ServiceField;

/** The fields (lĩnh vực) services and procedures belong to. */
public interface ServiceFieldRepository extends JpaRepository<ServiceField, Long> {

    Optional<ServiceField> findByCode(String code);

    List<ServiceField> findAllByOrderBySortOrderAsc();
}
