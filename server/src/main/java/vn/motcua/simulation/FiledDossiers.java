package vn.motcua.simulation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import vn.motcua.audit.Actor;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.LegalTimeUnit;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureStep;
import vn.motcua.catalogue.StepKind;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierResult;
import vn.motcua.dossier.HandOffDossier;
import vn.motcua.dossier.Handler;
import vn.motcua.dossier.ReceiveDossier;
import vn.motcua.dossier.Reception;
import vn.motcua.dossier.RecordResult;
import vn.motcua.dossier.SupplementRequest.MissingItem;
import vn.motcua.dossier.Supplements;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.queue.Caller;
import vn.motcua.queue.CounterWork;
import vn.motcua.simulation.Visitor.DossierPlan;

/**
 * The dossiers of the simulated day, through the reception and handling services an officer's console uses: filed
 * at the counter from the visit being served, then finished on the spot, handed to the unit in charge, or sent back
 * for a missing paper; those left with the receiving officer run out of time.
 */
@Component
class FiledDossiers {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thu", "Quốc", "Ngọc", "Đức", "Thanh"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Khánh", "Linh",
        "Mai", "Nam", "Phương", "Quân", "Sơn", "Tâm", "Yến"};

    private final ReceiveDossier receive;
    private final HandOffDossier handOff;
    private final RecordResult result;
    private final Supplements supplements;
    private final CounterWork work;
    private final Catalogue catalogue;
    private final Officers officers;

    FiledDossiers(ReceiveDossier receive, HandOffDossier handOff, RecordResult result, Supplements supplements,
            CounterWork work, Catalogue catalogue, Officers officers) {
        this.receive = receive;
        this.handOff = handOff;
        this.result = result;
        this.supplements = supplements;
        this.work = work;
        this.catalogue = catalogue;
        this.officers = officers;
    }

    /** Files the visitor's dossier at the counter, linked to the ticket being served there; empty if the service has
     * no procedure. */
    Optional<Dossier> file(int counterNumber, Officer officer, String serviceCode, DossierPlan plan, int visitorId) {
        List<Procedure> procedures = catalogue.procedures().stream()
                .filter(procedure -> procedure.getService().filter(s -> s.getCode().equals(serviceCode)).isPresent())
                .toList();
        if (procedures.isEmpty()) {
            return Optional.empty();
        }
        Procedure procedure = procedures.get(plan.procedureIndex() % procedures.size());
        List<Integer> papers = IntStream.range(0, procedure.getDocuments().size()).boxed().toList();
        String name = FAMILY[visitorId % FAMILY.length] + " " + MIDDLE[visitorId / 3 % MIDDLE.length] + " "
                + GIVEN[visitorId / 7 % GIVEN.length];
        String phone = String.format("09%08d", 10_000_000L + visitorId * 7919L % 89_999_999L);
        Reception reception = new Reception(procedure.getCode(), name, phone, null, true, null, Channel.IN_PERSON, null,
                papers);
        Caller caller = new Caller(actor(officer), Optional.of(officer.getId()));
        return Optional.of(receive.receive(work.seat(counterNumber, caller), reception));
    }

    /** Whether the dossier's procedure is done the day it is received (signed by the leader on duty). */
    boolean sameDay(Dossier dossier) {
        return catalogue.procedure(dossier.getProcedureCode())
                .map(procedure -> procedure.getLegalTime().unit() == LegalTimeUnit.SAME_DAY).orElse(false);
    }

    /** The receiving officer records the result (a same-day procedure, signed by the leader on duty). */
    void finish(Officer holder, String code) {
        result.record(handler(holder), code, DossierResult.APPROVED, null);
    }

    /** The receiving officer hands the dossier to an officer of the unit that appraises it; false if nobody can take
     * it (the unit has no officer but the holder). */
    boolean handOn(Officer holder, Dossier dossier) {
        Optional<Long> appraising = catalogue.procedure(dossier.getProcedureCode()).stream()
                .flatMap(procedure -> procedure.getSteps().stream())
                .filter(step -> step.kind() == StepKind.APPRAISAL && step.unitId() != null)
                .map(ProcedureStep::unitId).findFirst();
        long unit = appraising.orElse(holder.getUnit().getId());
        Optional<Officer> taker = officers.all().stream()
                .filter(officer -> officer.getUnit().getId() == unit && !officer.getId().equals(holder.getId()))
                .min(Comparator.comparing(Officer::getCode));
        if (taker.isEmpty()) {
            return false;
        }
        handOff.handOff(handler(holder), dossier.getCode(), taker.get().getCode(), null, "Chuyển thẩm định");
        return true;
    }

    /** A paper is not valid: the receiving officer asks the citizen for it, and the dossier's clock stops. */
    void askForPaper(Officer holder, String code) {
        supplements.ask(handler(holder), code, List.of(new MissingItem("Bản sao giấy tờ tùy thân",
                "Bản sao chưa được chứng thực")), null);
    }

    private static Handler handler(Officer officer) {
        return new Handler(actor(officer), Optional.of(officer.getId()), Optional.empty(), false, false);
    }

    private static Actor actor(Officer officer) {
        return Actor.user(officer.getCode().toLowerCase());
    }
}
