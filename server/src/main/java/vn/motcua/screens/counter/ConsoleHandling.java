package vn.motcua.screens.counter;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureDocument;
import vn.motcua.catalogue.StepKind;
import vn.motcua.center.CenterTime;
import vn.motcua.counter.DossierDesk.Colleague;
import vn.motcua.counter.DossierDesk.HeldDossier;
import vn.motcua.counter.DossierDesk.Missing;
import vn.motcua.counter.DossierDesk.RecordedResult;
import vn.motcua.counter.DossierDesk.Result;
import vn.motcua.counter.DossierDesk.Step;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierResult;
import vn.motcua.dossier.DossierSource;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.HandOffDossier;
import vn.motcua.dossier.Handler;
import vn.motcua.dossier.ReceiveDossier;
import vn.motcua.dossier.RecordResult;
import vn.motcua.dossier.SupplementRequest.MissingItem;
import vn.motcua.dossier.Supplements;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officers;
import vn.motcua.security.Accounts;

/**
 * The console's dossiers held by the officer signed in, and what they do with one: each on their name, through the
 * dossier module's rules (who may act is the rule's to say, not the console's).
 */
@Component
class ConsoleHandling {

    private final Dossiers dossiers;
    private final Supplements supplements;
    private final HandOffDossier handOffDossier;
    private final RecordResult recordResult;
    private final ReceiveDossier receiveDossier;
    private final Catalogue catalogue;
    private final Officers officers;
    private final CenterTime time;

    ConsoleHandling(Dossiers dossiers, Supplements supplements, HandOffDossier handOffDossier,
            RecordResult recordResult, ReceiveDossier receiveDossier, Catalogue catalogue, Officers officers,
            CenterTime time) {
        this.dossiers = dossiers;
        this.supplements = supplements;
        this.handOffDossier = handOffDossier;
        this.recordResult = recordResult;
        this.receiveDossier = receiveDossier;
        this.catalogue = catalogue;
        this.officers = officers;
        this.time = time;
    }

    List<HeldDossier> held() {
        long officer = handler().officer();
        return dossiers.heldBy(officer).stream().map(this::held).toList();
    }

    List<Colleague> colleagues() {
        return officers.working().stream().map(o -> new Colleague(o.getCode(), o.getFullName(), o.getUnit().getName()))
                .toList();
    }

    void handOff(String code, String officerCode, Optional<Step> step, String note) {
        handOffDossier.handOff(handler(), code, officerCode, step.map(s -> StepKind.valueOf(s.name())).orElse(null),
                note);
    }

    void askSupplement(String code, List<Missing> items, String reasonForAnother) {
        supplements.ask(handler(), code, items.stream().map(item -> new MissingItem(item.what(), item.why()))
                .toList(), reasonForAnother);
    }

    void supplied(String code) {
        supplements.supplied(handler(), code);
    }

    RecordedResult recordResult(String code, Result result, String reason) {
        Dossier recorded = recordResult.record(handler(), code,
                result == null ? null : DossierResult.valueOf(result.name()), reason);
        return new RecordedResult(recorded.getCode(), recorded.getStatus().name(),
                recorded.getOutcome().getSignedBy());
    }

    private HeldDossier held(Dossier dossier) {
        Optional<Procedure> procedure = catalogue.procedure(dossier.getProcedureCode());
        var heldSince = dossier.getHeldSince().orElse(dossier.getReceivedAt());
        return new HeldDossier(dossier.getCode(), dossier.getProcedureCode(),
                procedure.map(Procedure::getName).orElse(dossier.getProcedureCode()),
                dossier.getApplicant().getName().orElse(dossier.getOwnerName()), dossier.getStatus().name(),
                dossier.getDueAt(), heldSince, Duration.between(heldSince, time.now()), notReceived(dossier, procedure),
                supplements.of(dossier).size(), dossier.getNewAppointmentAt().isPresent());
    }

    /** The procedure's documents not ticked at reception here; unknown (none) for a dossier from the province. */
    private List<String> notReceived(Dossier dossier, Optional<Procedure> procedure) {
        if (dossier.getSource() != DossierSource.LOCAL || procedure.isEmpty()) {
            return List.of();
        }
        Set<String> received = new HashSet<>(receiveDossier.documents(dossier).stream().map(ProcedureDocument::name)
                .toList());
        return procedure.get().getDocuments().stream().map(ProcedureDocument::name)
                .filter(name -> !received.contains(name)).toList();
    }

    private static Handler handler() {
        return Handler.of(Accounts.current().orElseThrow(() -> new Refusal("problem.counter.not-an-officer",
                "Only an officer's work can be put on a dossier's record")));
    }
}
