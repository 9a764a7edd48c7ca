package vn.motcua.dossier;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.StepKind;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.dossier.internal.DossierEventRepository;
import vn.motcua.dossier.internal.DossierHandOffRepository;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;

/**
 * A hand-off (Mẫu 06): the holder (or the head of the dossier's unit, or a manager, for them) gives the dossier to
 * another officer for a step, and the slip records who gave, who took, when, and the step's own due time.
 */
@Service
public class HandOffDossier {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final DossierRepository dossiers;
    private final DossierHandOffRepository handOffs;
    private final DossierEventRepository events;
    private final Catalogue catalogue;
    private final Officers officers;
    private final StepDue stepDue;
    private final Centers centers;
    private final CenterTime time;

    HandOffDossier(DossierRepository dossiers, DossierHandOffRepository handOffs, DossierEventRepository events,
            Catalogue catalogue, Officers officers, StepDue stepDue, Centers centers, CenterTime time) {
        this.dossiers = dossiers;
        this.handOffs = handOffs;
        this.events = events;
        this.catalogue = catalogue;
        this.officers = officers;
        this.stepDue = stepDue;
        this.centers = centers;
        this.time = time;
    }

    /** Gives the dossier to the officer with this code; {@code step} null takes the procedure's next step. */
    @Transactional
    public DossierHandOff handOff(Handler by, String code, String toOfficerCode, StepKind step, String note) {
        Dossier dossier = dossiers.lockByCenterIdAndCode(centers.profile().getId(), code == null ? "" : code.strip())
                .orElseThrow(() -> new Refusal("problem.dossier.unknown", "Unknown dossier " + code));
        // A result recorded still travels: back to the one-stop counter that hands it to the citizen (the RETURN step).
        boolean resultToReturn = dossier.getOutcome().getResult().isPresent()
                && dossier.getStatus() != DossierStatus.RETURNED;
        if (!dossier.getStatus().isOpen() && !resultToReturn) {
            throw new Refusal("problem.dossier.closed", "Dossier " + code + " is " + dossier.getStatus());
        }
        // A manager hands on without an officer record of their own (the brief's rule: holder, head or manager); the
        // slip then names the holder as giver and the event names the manager's account.
        Long giver = by.manager() ? by.officerId().orElse(null) : Long.valueOf(by.officer());
        // Nobody here holds an imported dossier yet: an officer of the unit the province named may take it on.
        // The officer's own unit, not the account's: only a head's account names a unit, so an officer was never
        // found to be of the unit and nobody but its head could take an imported dossier on.
        Optional<Long> giverUnit = by.unitId().or(() -> Optional.ofNullable(giver).flatMap(officers::find)
                .map(officer -> officer.getUnit().getId()));
        boolean unheldInOwnUnit = dossier.getHolderOfficerId().isEmpty() && giverUnit.isPresent()
                && giverUnit.equals(dossier.getUnitId());
        if (!by.mayActFor(dossier) && !unheldInOwnUnit) {
            throw new Refusal("problem.dossier.not-holder", "Only the holder, their head of unit or a manager hands "
                    + "dossier " + code + " on");
        }
        String wanted = toOfficerCode == null ? "" : toOfficerCode.strip();
        Officer taker = officers.all().stream().filter(officer -> officer.getCode().equalsIgnoreCase(wanted))
                .findFirst().orElseThrow(() -> new Refusal("problem.officer.unknown", "Unknown officer " + wanted));
        if (taker.getLeftOn().isPresent()) {
            // Still on file for what they did, but nobody holds a dossier for a person who is gone.
            throw new Refusal("problem.officer.left", taker.getCode() + " left the center", taker.label());
        }
        if (dossier.getHolderOfficerId().filter(taker.getId()::equals).isPresent()) {
            throw new Refusal("problem.dossier.hand-off-self", taker.getCode() + " already holds dossier " + code);
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why != null && why.length() > 500) {
            throw new Refusal("problem.dossier.note-too-long", "A hand-off note has 500 characters at most");
        }
        List<DossierHandOff> slip = handOffs.findByDossierIdOrderBySequenceNo(dossier.getId());
        Optional<Procedure> procedure = catalogue.procedure(dossier.getProcedureCode());
        StepKind doing = step != null ? step
                : StepDue.after(procedure, slip.isEmpty() ? StepKind.RECEPTION : slip.getLast().getStep());
        Instant now = time.now();
        Instant due = stepDue.of(procedure, doing, dossier);
        DossierHandOff line = handOffs.save(new DossierHandOff(dossier, slip.isEmpty() ? 0 : slip.getLast()
                .getSequenceNo() + 1, doing, dossier.getHolderOfficerId().orElse(giver), taker.getId(),
                taker.getUnit().getId(), now, due, why));
        dossier.handTo(taker.getId(), taker.getUnit().getId(), taker.getUnit().getName(), now);
        dossiers.saveAndFlush(dossier);
        events.save(new DossierEvent(dossier, now, DossierEventKind.HANDED_OFF, giver, by.actor().name(),
                "→ " + taker.getCode() + " (" + taker.getUnit().getCode() + "), " + doing + ", hạn bước "
                        + LOCAL.format(due) + (why == null ? "" : ", " + why)));
        return line;
    }
}
