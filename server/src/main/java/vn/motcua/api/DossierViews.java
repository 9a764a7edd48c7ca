package vn.motcua.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.Procedure;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.ControlSlip;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierApplicant;
import vn.motcua.dossier.DossierHandOff;
import vn.motcua.dossier.DossierOutcome;
import vn.motcua.dossier.SupplementRequest;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;

/** Builds the API's views of a dossier and its record, naming the officers and units its rows hold by id. */
@Component
class DossierViews {

    private final Catalogue catalogue;
    private final Officers officers;
    private final CenterTime time;

    DossierViews(Catalogue catalogue, Officers officers, CenterTime time) {
        this.catalogue = catalogue;
        this.officers = officers;
        this.time = time;
    }

    DossierView of(Dossier dossier) {
        String procedureName = catalogue.procedure(dossier.getProcedureCode()).map(Procedure::getName).orElse(null);
        Optional<Unit> unit = dossier.getUnitId().flatMap(officers::unit);
        Optional<Officer> holder = dossier.getHolderOfficerId().flatMap(officers::find);
        DossierApplicant applicant = dossier.getApplicant();
        DossierOutcome outcome = dossier.getOutcome();
        Instant heldSince = dossier.getHeldSince().orElse(null);
        Instant newAppointment = dossier.getNewAppointmentAt().orElse(null);
        return new DossierView(dossier.getCode(), dossier.getProcedureCode(), procedureName, dossier.getOwnerName(),
                applicant.getName().orElse(null), dossier.getPhone().orElse(null),
                applicant.getChannel().orElse(null), dossier.getStatus(),
                dossier.getStatus().nationalCode(), dossier.getReceivedAt(), CenterLocalTime.of(dossier.getReceivedAt()),
                dossier.getDueAt(), CenterLocalTime.of(dossier.getDueAt()), dossier.getComputedDueAt().orElse(null),
                CenterLocalTime.of(dossier.getComputedDueAt().orElse(null)), dossier.isDueDateDiffers(),
                dossier.getClockStoppedAt().isPresent(), dossier.getUnitName().orElse(null),
                unit.map(Unit::getCode).orElse(null), holder.map(Officer::getCode).orElse(null),
                holder.map(Officer::getFullName).orElse(null), heldSince, CenterLocalTime.of(heldSince),
                outcome.getResult().orElse(null),
                outcome.getReason().orElse(null),
                outcome.getSignedBy().orElse(null), dossier.getSource(),
                "/hs/" + dossier.getTrackingToken(), dossier.isOverdue(time.now()),
                newAppointment, CenterLocalTime.of(newAppointment));
    }

    /** A line of the control slip; a hand-off just made is a line held from now on. */
    SlipLineView line(ControlSlip.Line line) {
        DossierHandOff handOff = line.handOff();
        Optional<Officer> from = handOff.getFromOfficerId().flatMap(officers::find);
        Optional<Officer> to = officers.find(handOff.getToOfficerId());
        Optional<Unit> unit = officers.unit(handOff.getToUnitId());
        return new SlipLineView(handOff.getSequenceNo(), handOff.getStep(), from.map(Officer::getCode).orElse(null),
                from.map(Officer::getFullName).orElse(null), to.map(Officer::getCode).orElse(null),
                to.map(Officer::getFullName).orElse(null), unit.map(Unit::getCode).orElse(null),
                unit.map(Unit::getName).orElse(null), handOff.getHandedAt(), CenterLocalTime.of(handOff.getHandedAt()),
                handOff.getStepDueAt(), CenterLocalTime.of(handOff.getStepDueAt()), line.heldUntil(),
                CenterLocalTime.of(line.heldUntil()), line.heldFor().toMinutes(), line.stillHeld(), line.late(),
                handOff.getNote().orElse(null));
    }

    SlipLineView handedOff(DossierHandOff handOff) {
        return line(new ControlSlip.Line(handOff, handOff.getHandedAt(), true, Duration.ZERO));
    }

    SupplementView supplement(SupplementRequest request) {
        Optional<Officer> asker = officers.find(request.getAskedBy());
        Optional<Officer> ruler = request.getRuledBy().flatMap(officers::find);
        Instant ruledAt = request.getRuledAt().orElse(null);
        Instant suppliedAt = request.getSuppliedAt().orElse(null);
        return new SupplementView(request.getRequestNo(),
                request.getItems().stream().map(item -> new SupplementView.Item(item.what(), item.why())).toList(),
                request.getAskedAt(), CenterLocalTime.of(request.getAskedAt()), asker.map(Officer::getCode).orElse(null),
                request.getReasonForAnother().orElse(null), request.isAwaitingRuling(),
                request.getRuling().orElse(null), ruler.map(Officer::getCode).orElse(null), ruledAt,
                CenterLocalTime.of(ruledAt), request.getRulingComment().orElse(null), suppliedAt,
                CenterLocalTime.of(suppliedAt));
    }
}
