package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.dossier.internal.DossierEventRepository;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.dossier.internal.ViolationRepository;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;

/**
 * The register of violations as people use it: a head of unit (for their unit's officers) or a manager records a
 * dossier returned to the citizen through an officer's fault; a manager reads every entry, a head their unit's, an
 * officer their own. The other kinds come from their rulings (supplements, explanations, apologies).
 */
@Service
public class ViolationRegister {

    private final DossierRepository dossiers;
    private final ViolationRepository register;
    private final DossierEventRepository events;
    private final Violations violations;
    private final Officers officers;
    private final Centers centers;

    ViolationRegister(DossierRepository dossiers, ViolationRepository register, DossierEventRepository events,
            Violations violations, Officers officers, Centers centers) {
        this.dossiers = dossiers;
        this.register = register;
        this.events = events;
        this.violations = violations;
        this.officers = officers;
        this.centers = centers;
    }

    /**
     * Records a violation by hand: only a dossier returned through the officer's fault, by the head of the officer's
     * and the dossier's unit or a manager, with the evidence in words.
     */
    @Transactional
    public ViolationEntry record(Handler by, String dossierCode, String officerCode, ViolationKind kind, String evidence) {
        if (kind != ViolationKind.RETURNED_BY_FAULT) {
            throw new Refusal("problem.violation.by-ruling", kind + " is registered by its ruling, not by hand");
        }
        if (!by.manager() && !by.headOfUnit()) {
            throw new Refusal("problem.violation.not-head", "Only a head of unit or a manager records a violation");
        }
        if (evidence == null || evidence.isBlank() || evidence.strip().length() > ViolationEvidence.MOST) {
            throw new Refusal("problem.violation.evidence-missing", "The evidence is 1 to 2000 characters");
        }
        Dossier dossier = dossiers.findByCenterIdAndCode(centers.profile().getId(), strip(dossierCode))
                .orElseThrow(() -> new Refusal("problem.dossier.unknown", "Unknown dossier " + dossierCode));
        Officer officer = byCode(officerCode)
                .orElseThrow(() -> new Refusal("problem.officer.unknown", "Unknown officer " + officerCode));
        if (!by.manager() && !(inHeadsUnit(by, officer.getUnit().getId()) && dossier.getUnitId()
                .filter(unit -> inHeadsUnit(by, unit)).isPresent())) {
            throw new Refusal("problem.violation.other-unit",
                    "Officer " + officer.getCode() + " or dossier " + dossier.getCode() + " is of another unit");
        }
        return entry(violations.record(dossier, new Violations.Entry(ViolationKind.RETURNED_BY_FAULT,
                dossier.getId(), officer.getId(), by.actor(), evidence.strip(), null, null, null, null)));
    }

    /** The entries the reader may see under the filter, newest first (of the period's newest 500: narrow it for more). */
    @Transactional(readOnly = true)
    public List<ViolationEntry> read(Handler reader, ViolationFilter filter) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new Refusal("problem.violation.period", filter.from() + " is after " + filter.to());
        }
        Optional<Long> officer = filter.officerCode() == null || filter.officerCode().isBlank() ? Optional.empty()
                : Optional.of(byCode(filter.officerCode()).orElseThrow(() -> new Refusal("problem.officer.unknown",
                        "Unknown officer " + filter.officerCode())).getId());
        Instant from = filter.from() == null ? Instant.EPOCH : startOf(filter.from());
        Instant to = filter.to() == null ? Instant.parse("9999-01-01T00:00:00Z") : startOf(filter.to().plusDays(1));
        return register.findTop500ByCenterIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThanOrderByOccurredAtDescIdDesc(
                        centers.profile().getId(), from, to).stream()
                .filter(readableBy(reader))
                .filter(violation -> filter.kind() == null || violation.getKind() == filter.kind())
                .filter(violation -> officer.isEmpty() || officer.get().equals(violation.getOfficerId()))
                .map(this::entry).toList();
    }

    /** A manager reads all; a head their unit's entries and those naming them; an officer their own. */
    private static Predicate<Violation> readableBy(Handler reader) {
        return violation -> reader.manager()
                || reader.officerId().filter(violation.getOfficerId()::equals).isPresent()
                || reader.headOfUnit() && (violation.getUnitId().filter(unit -> inHeadsUnit(reader, unit)).isPresent()
                        || reader.officerId().isPresent() && violation.getHeadOfficerId().equals(reader.officerId()));
    }

    private ViolationEntry entry(Violation violation) {
        Dossier dossier = dossiers.findById(violation.getDossierId()).orElseThrow();
        List<DossierEvent> proof = events.findByDossierIdOrderByAtAscIdAsc(dossier.getId()).stream()
                .filter(event -> !event.getAt().isAfter(violation.getOccurredAt())).toList();
        String recordedBy = byCode(violation.getRecordedBy()).map(Officer::getFullName)
                .orElse(violation.getRecordedBy());
        return new ViolationEntry(violation, dossier.getCode(), officers.find(violation.getOfficerId()).orElseThrow(),
                violation.getUnitId().flatMap(officers::unit), violation.getHeadOfficerId().flatMap(officers::find),
                recordedBy, proof);
    }

    private Optional<Officer> byCode(String code) {
        String wanted = strip(code);
        return officers.all().stream().filter(officer -> officer.getCode().equalsIgnoreCase(wanted)).findFirst();
    }

    private static boolean inHeadsUnit(Handler head, Long unitId) {
        return head.headOfUnit() && head.unitId().filter(unitId::equals).isPresent();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(CenterTime.ZONE).toInstant();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
