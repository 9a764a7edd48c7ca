package vn.motcua.officer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.officer.internal.OfficerRepository;

/** The center's officers, as the queue, the reports and the accounts read them. */
@Service
@Transactional(readOnly = true)
public class Officers {

    private final OfficerRepository officers;

    Officers(OfficerRepository officers) {
        this.officers = officers;
    }

    public Optional<Officer> find(long id) {
        return officers.findById(id);
    }

    /** Every officer by name. */
    public List<Officer> all() {
        return officers.findAllByOrderByFullNameAsc();
    }

    public List<Officer> all(Collection<Long> ids) {
        return officers.findAllById(ids);
    }
}
