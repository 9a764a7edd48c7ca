package vn.motcua.officer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.officer.internal.OfficerRepository;
import vn.motcua.officer.internal.UnitRepository;

/** The center's officers, as the queue, the reports and the accounts read them. */
@Service
@Transactional(readOnly = true)
public class Officers {

    private final OfficerRepository officers;
    private final UnitRepository units;

    Officers(OfficerRepository officers, UnitRepository units) {
        this.officers = officers;
        this.units = units;
    }

    public Optional<Officer> find(long id) {
        return officers.findById(id);
    }

    /** Every officer by name. */
    public List<Officer> all() {
        return officers.findAllByOrderByFullNameAsc();
    }

    /** The officers who still work here, by name: whom a dossier is handed to, whom an account is made for. */
    public List<Officer> working() {
        return all().stream().filter(officer -> officer.getLeftOn().isEmpty()).toList();
    }

    public List<Officer> all(Collection<Long> ids) {
        return officers.findAllById(ids);
    }

    /** Every unit by name. */
    public List<Unit> units() {
        return units.findAllByOrderByNameAsc();
    }

    public Optional<Unit> unit(long id) {
        return units.findById(id);
    }
}
