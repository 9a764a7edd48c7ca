package vn.motcua.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.audit.OldAndNew;
import vn.motcua.center.Centers;
import vn.motcua.i18n.Refusal;

/**
 * The admin adds and edits the center's procedures: code, name, field, kiosk service, legal time, fee, papers and
 * steps. Each change is on the audit trail with its old and new values. Dossiers keep the due dates they were given.
 */
@Service
public class ProcedureCatalogue {

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final Centers centers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ProcedureCatalogue(JdbcClient jdbc, Catalogue catalogue, Centers centers, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.centers = centers;
        this.audit = audit;
        this.events = events;
    }

    /** A procedure as the admin typed it; no service: the procedure is not taken a ticket for at the kiosk. */
    public record ProcedureDraft(String code, String name, String fieldCode, String serviceCode, LegalTimeUnit unit,
            Integer amount, Long feeVnd, String feeNote, boolean onTheSpot, List<ProcedureDocument> documents,
            List<ProcedureStep> steps) {
    }

    /** Adds a procedure at the end of the catalogue; a code the catalogue already lists is refused. */
    @Transactional
    public void add(ProcedureDraft draft, Actor by) {
        String code = code(draft.code());
        if (catalogue.procedure(code).isPresent()) {
            throw new Refusal("problem.procedure.duplicate", "The catalogue lists " + code, code);
        }
        Checked checked = check(draft);
        int centerId = centers.profile().getId();
        int order = jdbc.sql("select coalesce(max(sort_order), 0) + 1 from admin_procedure where center_id = ?")
                .param(centerId).query(Integer.class).single();
        jdbc.sql("insert into admin_procedure (center_id, code, name, field_id, service_id, time_unit, time_amount,"
                + " fee_vnd, fee_note, on_the_spot, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(centerId, code, checked.name, checked.field.getId(), checked.serviceId(),
                        checked.time.unit().name(), checked.time.amount(), draft.feeVnd(), checked.feeNote,
                        draft.onTheSpot(), order).update();
        long id = catalogue.procedure(code).orElseThrow().getId();
        writeLists(id, draft);
        record(by, AuditAction.PROCEDURE_ADDED, code, null, checked, draft);
    }

    /** Changes the procedure with this code; the same rules as adding. */
    @Transactional
    public void change(String code, ProcedureDraft draft, Actor by) {
        Procedure old = catalogue.procedure(code)
                .orElseThrow(() -> new Refusal("problem.procedure.unknown", "No procedure " + code));
        Checked checked = check(draft);
        jdbc.sql("update admin_procedure set name = ?, field_id = ?, service_id = ?, time_unit = ?, time_amount = ?,"
                + " fee_vnd = ?, fee_note = ?, on_the_spot = ? where id = ?")
                .params(checked.name, checked.field.getId(), checked.serviceId(), checked.time.unit().name(),
                        checked.time.amount(), draft.feeVnd(), checked.feeNote, draft.onTheSpot(), old.getId())
                .update();
        jdbc.sql("delete from procedure_document where procedure_id = ?").param(old.getId()).update();
        jdbc.sql("delete from procedure_step where procedure_id = ?").param(old.getId()).update();
        writeLists(old.getId(), draft);
        record(by, AuditAction.PROCEDURE_CHANGED, old.getCode(), old, checked, draft);
    }

    /** The draft's values once every rule holds. */
    private record Checked(String name, ServiceField field, Optional<CenterService> service, LegalTime time,
            String feeNote) {
        Long serviceId() {
            return service.map(CenterService::getId).orElse(null);
        }
    }

    private Checked check(ProcedureDraft draft) {
        String name = FieldsAndServices.name(draft.name());
        ServiceField field = catalogue.fields().stream()
                .filter(f -> f.getCode().equals(draft.fieldCode() == null ? "" : draft.fieldCode().strip()))
                .findFirst()
                .orElseThrow(() -> new Refusal("problem.field.unknown", "No field has the code " + draft.fieldCode()));
        Optional<CenterService> service = draft.serviceCode() == null || draft.serviceCode().isBlank()
                ? Optional.empty()
                : Optional.of(catalogue.service(draft.serviceCode().strip()).orElseThrow(
                        () -> new Refusal("problem.service.unknown", "Unknown service: " + draft.serviceCode())));
        LegalTime time = new LegalTime(draft.unit(), draft.amount() == null ? 0 : draft.amount());
        if (draft.feeVnd() != null && draft.feeVnd() < 0) {
            throw new Refusal("problem.procedure.fee", "A fee is not negative: " + draft.feeVnd());
        }
        if (draft.documents().stream().anyMatch(d -> d.name() == null || d.name().isBlank()
                || d.copies() == null || d.copies().isBlank())) {
            throw new Refusal("problem.procedure.paper", "A paper needs its name and copies");
        }
        int shares = draft.steps().stream().mapToInt(ProcedureStep::sharePercent).sum();
        if (!draft.steps().isEmpty() && (shares != 100
                || draft.steps().stream().anyMatch(s -> s.kind() == null || s.sharePercent() < 0))) {
            throw new Refusal("problem.procedure.shares", "Step shares sum to " + shares, shares);
        }
        String note = draft.feeNote() == null || draft.feeNote().isBlank() ? null : draft.feeNote().strip();
        return new Checked(name, field, service, time, note);
    }

    private void writeLists(long id, ProcedureDraft draft) {
        for (int i = 0; i < draft.documents().size(); i++) {
            ProcedureDocument paper = draft.documents().get(i);
            jdbc.sql("insert into procedure_document (procedure_id, position_no, name, copies, required)"
                    + " values (?, ?, ?, ?, ?)").params(id, i, paper.name().strip(), paper.copies().strip(),
                    paper.required()).update();
        }
        for (int i = 0; i < draft.steps().size(); i++) {
            ProcedureStep step = draft.steps().get(i);
            jdbc.sql("insert into procedure_step (procedure_id, position_no, kind, unit_id, share_percent)"
                    + " values (?, ?, ?, ?, ?)").params(id, i, step.kind().name(), step.unitId(), step.sharePercent())
                    .update();
        }
    }

    private void record(Actor by, AuditAction action, String code, Procedure old, Checked now, ProcedureDraft draft) {
        OldAndNew change = new OldAndNew()
                .compare("name", old == null ? null : old.getName(), now.name)
                .compare("field", old == null ? null : old.getField().getCode(), now.field.getCode())
                .compare("service", old == null ? null : old.getService().map(CenterService::getCode).orElse(null),
                        now.service.map(CenterService::getCode).orElse(null))
                .compare("time", old == null ? null : time(old.getLegalTime()), time(now.time))
                .compare("fee", old == null ? null : old.getFeeVnd().orElse(null), draft.feeVnd())
                .compare("fee-note", old == null ? null : old.getFeeNote().orElse(null), now.feeNote)
                .compare("on-the-spot", old == null ? null : old.isOnTheSpot(), draft.onTheSpot())
                .compare("papers", old == null ? null : papers(old.getDocuments()), papers(draft.documents()))
                .compare("steps", old == null ? null : steps(old.getSteps()), steps(draft.steps()));
        if (change.changed()) {
            audit.record(by, action, "procedure " + code, change.text());
            events.publishEvent(new CatalogueChanged("procedure " + code));
        }
    }

    private static String time(LegalTime time) {
        return time.unit() == LegalTimeUnit.SAME_DAY ? time.unit().name() : time.amount() + " " + time.unit().name();
    }

    private static String papers(List<ProcedureDocument> papers) {
        return papers.stream().map(p -> p.name().strip() + " (" + p.copies().strip() + (p.required() ? "" : ", ?") + ")")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String steps(List<ProcedureStep> steps) {
        return steps.stream().map(s -> s.kind().name() + " " + s.sharePercent() + "%"
                + (s.unitId() == null ? "" : " #" + s.unitId())).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String code(String typed) {
        String code = typed == null ? "" : typed.strip();
        if (code.isEmpty() || code.length() > 40 || code.chars().anyMatch(Character::isWhitespace)) {
            throw new Refusal("problem.catalogue.code", "Not a code: " + code, code);
        }
        return code;
    }
}
