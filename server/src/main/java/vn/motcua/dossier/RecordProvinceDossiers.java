package vn.motcua.dossier;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.Procedure;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.dossier.internal.DossierEventRepository;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;

/**
 * Writes checked rows of the province's dossier log: new codes become dossiers, changed rows update them, the same
 * row again changes nothing. One transaction for all rows, so a file is written whole or not at all.
 */
@Service
public class RecordProvinceDossiers {

    private static final int CODES_PER_QUERY = 500;
    private static final SecureRandom TOKENS = new SecureRandom();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final DossierRepository dossiers;
    private final DossierEventRepository events;
    private final Catalogue catalogue;
    private final Officers officers;
    private final Centers centers;
    private final DueDates dueDates;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    RecordProvinceDossiers(DossierRepository dossiers, DossierEventRepository events, Catalogue catalogue,
            Officers officers, Centers centers, DueDates dueDates, Clock clock, ApplicationEventPublisher publisher) {
        this.dossiers = dossiers;
        this.events = events;
        this.catalogue = catalogue;
        this.officers = officers;
        this.centers = centers;
        this.dueDates = dueDates;
        this.clock = clock;
        this.publisher = publisher;
    }

    @Transactional
    public ImportCounts record(List<ProvinceDossier> rows, Actor by) {
        Integer center = centers.profile().getId();
        Map<String, Procedure> procedures = catalogue.procedures().stream()
                .collect(Collectors.toMap(Procedure::getCode, Function.identity()));
        Map<String, Unit> units = new HashMap<>();
        for (Unit unit : officers.units()) {
            units.put(key(unit.getName()), unit);
            units.put(key(unit.getCode()), unit);
        }
        Map<String, Dossier> known = existing(center, rows);
        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Set<Long> written = new HashSet<>();
        for (ProvinceDossier row : rows) {
            Dossier dossier = known.get(row.code());
            if (dossier != null && dossier.getImportDigest().filter(row.digest()::equals).isPresent()) {
                unchanged++;
                continue;
            }
            Procedure procedure = procedures.get(row.procedureCode());
            Long unitId = Optional.ofNullable(row.unitName()).map(name -> units.get(key(name)))
                    .map(Unit::getId).orElse(null);
            Instant computed = procedure == null ? null : dueDates.dueAt(procedure.getLegalTime(), row.receivedAt());
            boolean differedBefore = dossier != null && dossier.isDueDateDiffers();
            String changes = dossier == null ? null : changes(dossier, row);
            if (dossier == null) {
                dossier = new Dossier(center, row.code(), DossierSource.PROVINCE, newToken());
            }
            dossier.apply(row, procedure == null ? null : procedure.getId(), unitId, computed);
            dossier = dossiers.save(dossier);
            known.put(row.code(), dossier);
            written.add(dossier.getId());
            if (changes == null) {
                created++;
                events.save(new DossierEvent(dossier, now, DossierEventKind.IMPORTED, null, by.name(),
                        "Mã TTHC " + row.procedureCode() + ", trạng thái " + row.status().nationalCode()));
            } else {
                updated++;
                events.save(new DossierEvent(dossier, now, DossierEventKind.UPDATED_FROM_PROVINCE, null, by.name(),
                        changes));
            }
            if (dossier.isDueDateDiffers() && !differedBefore) {
                events.save(new DossierEvent(dossier, now, DossierEventKind.DUE_DATE_DIFFERS, null, by.name(),
                        "Hẹn trả " + local(row.dueAt()) + ", tính theo lịch làm việc " + local(computed)));
            }
        }
        if (!written.isEmpty()) {
            // The watch checks them before this commits: one already past due is late at once.
            publisher.publishEvent(new DossiersImported(Set.copyOf(written)));
        }
        return new ImportCounts(created, updated, unchanged);
    }

    private Map<String, Dossier> existing(Integer center, List<ProvinceDossier> rows) {
        List<String> codes = rows.stream().map(ProvinceDossier::code).distinct().toList();
        Map<String, Dossier> known = new HashMap<>();
        for (int from = 0; from < codes.size(); from += CODES_PER_QUERY) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + CODES_PER_QUERY));
            dossiers.findByCenterIdAndCodeIn(center, chunk).forEach(found -> known.put(found.getCode(), found));
        }
        return known;
    }

    /** Which of the province's fields changed, for the dossier's history. */
    private static String changes(Dossier before, ProvinceDossier row) {
        List<String> changed = new ArrayList<>();
        compare(changed, "TrangThaiHoSo", before.getStatus().nationalCode(), row.status().nationalCode());
        compare(changed, "NgayHenTra", before.getDueAt(), row.dueAt());
        compare(changed, "NgayKetThucXuLy", before.getProcessedAt().orElse(null), row.processedAt());
        compare(changed, "NgayTra", before.getReturnedAt().orElse(null), row.returnedAt());
        compare(changed, "DonViXuLy", before.getUnitName().orElse(null), row.unitName());
        compare(changed, "MaTTHC", before.getProcedureCode(), row.procedureCode());
        compare(changed, "ChuHoSo", before.getOwnerName(), row.ownerName());
        compare(changed, "SoDienThoai", before.getPhone().orElse(null), row.phone());
        compare(changed, "NgayTiepNhan", before.getReceivedAt(), row.receivedAt());
        return String.join("; ", changed);
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field + ": " + local(before) + " → " + local(after));
        }
    }

    /** Moments as the center reads them (dd/MM/yyyy HH:mm, Vietnam time); anything else as it is. */
    private static String local(Object value) {
        return value instanceof Instant at ? LOCAL.format(at.atZone(CenterTime.ZONE)) : String.valueOf(value);
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    static String newToken() {
        byte[] bytes = new byte[18];
        TOKENS.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
