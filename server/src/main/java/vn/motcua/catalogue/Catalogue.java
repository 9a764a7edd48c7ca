package vn.motcua.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.internal.CenterServiceRepository;

/** The services the center offers, as the kiosk, the queue, the API and the reports read them. */
@Service
@Transactional(readOnly = true)
public class Catalogue {

    private final CenterServiceRepository services;

    Catalogue(CenterServiceRepository services) {
        this.services = services;
    }

    /** Every service in kiosk order. */
    public List<CenterService> services() {
        return services.findAllByOrderBySortOrderAsc();
    }

    /** The service with this code (e.g. "HT-KS"), if the center offers it. */
    public Optional<CenterService> service(String code) {
        return services.findByCode(code);
    }
}
