package vn.motcua.catalogue;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.internal.CenterServiceRepository;
import vn.motcua.catalogue.internal.ProcedureRepository;
import vn.motcua.catalogue.internal.ServiceFieldRepository;
import vn.motcua.center.Centers;
import vn.motcua.i18n.Refusal;

/** The services the center offers, as the kiosk, the queue, the API and the reports read them. */
@Service
@Transactional(readOnly = true)
public class Catalogue {

    private final CenterServiceRepository services;
    private final ProcedureRepository procedures;
    private final ServiceFieldRepository fields;
    private final Centers centers;

    Catalogue(CenterServiceRepository services, ProcedureRepository procedures, ServiceFieldRepository fields,
            Centers centers) {
        this.services = services;
        this.procedures = procedures;
        this.fields = fields;
        this.centers = centers;
    }

    /** Every field (lĩnh vực) in kiosk order. */
    public List<ServiceField> fields() {
        return fields.findAllByOrderBySortOrderAsc();
    }

    /** Every service in kiosk order. */
    public List<CenterService> services() {
        return services.findAllByOrderBySortOrderAsc();
    }

    /** The services a visitor can take a ticket for now, in kiosk order: every service not retired. */
    public List<CenterService> offered() {
        return services().stream().filter(service -> !service.isRetired()).toList();
    }

    /** The service with this code (e.g. "HT-KS"), if the center offers it. */
    public Optional<CenterService> service(String code) {
        return services.findByCode(code);
    }

    /** The center's procedures in catalogue order (the public list: seed 002 asks for every one to be published). */
    public List<Procedure> procedures() {
        return procedures.findByCenterIdOrderBySortOrderAsc(centers.profile().getId());
    }

    /**
     * The procedures of one field, by the field's code (e.g. "TPHT"), in catalogue order; refused when no field has
     * that code, so a mistyped filter is not mistaken for an empty field.
     */
    public List<Procedure> procedures(String fieldCode) {
        ServiceField field = fields.findByCode(fieldCode == null ? "" : fieldCode.strip())
                .orElseThrow(() -> new Refusal("problem.field.unknown", "No field has the code " + fieldCode));
        return procedures().stream().filter(p -> p.getField().getId().equals(field.getId())).toList();
    }

    /** The procedure with this national code (mã TTHC), if the center's catalogue lists it. */
    public Optional<Procedure> procedure(String code) {
        return code == null ? Optional.empty()
                : procedures.findByCenterIdAndCode(centers.profile().getId(), code.strip());
    }

    /**
     * The names of the procedures with these codes (as {@link #procedure} finds them, spaces around a code ignored),
     * by the code as given; a code the catalogue lacks has none. One query, however many codes.
     */
    public Map<String, String> procedureNames(Collection<String> codes) {
        Map<String, String> byCode = new HashMap<>();
        List<String> stripped = codes.stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
        if (!stripped.isEmpty()) {
            procedures.namesOf(centers.profile().getId(), stripped)
                    .forEach(row -> byCode.put((String) row[0], (String) row[1]));
        }
        Map<String, String> names = new HashMap<>();
        codes.stream().filter(Objects::nonNull).forEach(code -> {
            String name = byCode.get(code.strip());
            if (name != null) {
                names.put(code, name);
            }
        });
        return names;
    }
}
