package vn.motcua.dossier;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.dossier.SupplementRequest.MissingItem;
import vn.motcua.dossier.internal.DossierEventRepository;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.dossier.internal.SupplementRequestRepository;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officers;

/**
 * Supplements asked once (một lần duy nhất): one request lists everything missing and stops the clock until the
 * citizen brings it; a later request must say why and waits for the head of unit's ruling.
 */
@Service
public class Supplements {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final int MOST_ITEMS = 30;

    private final DossierRepository dossiers;
    private final SupplementRequestRepository requests;
    private final DossierEventRepository events;
    private final DueDates dueDates;
    private final Officers officers;
    private final Violations violations;
    private final DossierMessages messages;
    private final Centers centers;
    private final CenterTime time;

    Supplements(DossierRepository dossiers, SupplementRequestRepository requests, DossierEventRepository events,
            DueDates dueDates, Officers officers, Violations violations, DossierMessages messages, Centers centers,
            CenterTime time) {
        this.dossiers = dossiers;
        this.requests = requests;
        this.events = events;
        this.dueDates = dueDates;
        this.officers = officers;
        this.violations = violations;
        this.messages = messages;
        this.centers = centers;
        this.time = time;
    }

    /** The dossier's requests, first first. */
    public List<SupplementRequest> of(Dossier dossier) {
        return requests.findByDossierIdOrderByRequestNo(dossier.getId());
    }

    /** Later requests the head of unit has not ruled on, of the head's unit (every unit for a manager). */
    public List<SupplementRequest> awaitingRuling(Handler head) {
        return requests.findByCenterIdAndRequestNoGreaterThanAndRulingIsNullOrderByAskedAt(centers.profile().getId(), 1)
                .stream().filter(request -> head.manager() || head.headOfUnit() && officers.find(request.getAskedBy())
                        .map(officer -> head.unitId().filter(officer.getUnit().getId()::equals).isPresent())
                        .orElse(false))
                .toList();
    }

    /** Asks the citizen for everything missing: the clock stops. A request after the first needs its reason. */
    @Transactional
    public SupplementRequest ask(Handler by, String code, List<MissingItem> missing, String reasonForAnother) {
        Dossier dossier = locked(code);
        if (!dossier.getStatus().isOpen()) {
            throw new Refusal("problem.dossier.closed", "Dossier " + code + " is " + dossier.getStatus());
        }
        if (dossier.getStatus() == DossierStatus.AWAITING_SUPPLEMENT) {
            throw new Refusal("problem.supplement.open", "Dossier " + code + " already waits for a supplement");
        }
        long officer = by.officer();
        if (!by.mayActFor(dossier)) {
            throw new Refusal("problem.dossier.not-holder", "Only the holder or their head of unit asks for more");
        }
        if (missing == null || missing.isEmpty() || missing.size() > MOST_ITEMS || missing.stream().anyMatch(item ->
                item == null || blank(item.what()) || blank(item.why()) || item.line().length() > 500)) {
            throw new Refusal("problem.supplement.items-missing", "List each missing thing with its reason (1 to "
                    + MOST_ITEMS + " items, 500 characters each)");
        }
        int number = of(dossier).size() + 1;
        String reason = blank(reasonForAnother) ? null : reasonForAnother.strip();
        if (number > 1 && reason == null) {
            throw new Refusal("problem.supplement.reason-missing",
                    "Dossier " + code + " was asked once already: a second request must say why");
        }
        if (reason != null && reason.length() > 1000) {
            throw new Refusal("problem.supplement.reason-missing", "A reason has 1000 characters at most");
        }
        Instant now = time.now();
        SupplementRequest request = requests.save(new SupplementRequest(dossier, number, missing, officer, now,
                number > 1 ? reason : null));
        dossier.stopClock(now);
        dossiers.saveAndFlush(dossier);
        events.save(new DossierEvent(dossier, now, DossierEventKind.SUPPLEMENT_ASKED, officer, by.actor().name(),
                "Lần " + number + ": " + missing.size() + " mục" + (number > 1 ? ", lý do: " + reason : "")));
        messages.supplementNeeded(dossier, request);
        return request;
    }

    /** The citizen brought what was missing: the clock restarts and the due date moves by the time it stood. */
    @Transactional
    public Dossier supplied(Handler by, String code) {
        Dossier dossier = locked(code);
        long officer = by.officer();
        if (dossier.getStatus() != DossierStatus.AWAITING_SUPPLEMENT || dossier.getClockStoppedAt().isEmpty()) {
            throw new Refusal("problem.supplement.none-open", "Dossier " + code + " waits for no supplement");
        }
        Instant now = time.now();
        Instant before = dossier.getDueAt();
        Instant after = dueDates.restarted(before, dossier.getClockStoppedAt().get(), now);
        of(dossier).getLast().supplied(now, officer);
        dossier.restartClock(after);
        dossiers.saveAndFlush(dossier);
        events.save(new DossierEvent(dossier, now, DossierEventKind.SUPPLEMENT_RECEIVED, officer, by.actor().name(),
                "Hẹn trả " + LOCAL.format(before) + " → " + LOCAL.format(after)));
        return dossier;
    }

    /** The head of the asking officer's unit (or a manager) rules a later request justified or not. */
    @Transactional
    public SupplementRequest rule(Handler head, String code, int requestNo, boolean justified, String comment) {
        Dossier dossier = locked(code);
        SupplementRequest request = of(dossier).stream().filter(each -> each.getRequestNo() == requestNo)
                .findFirst().orElseThrow(() -> new Refusal("problem.supplement.unknown",
                        "Dossier " + code + " has no supplement request " + requestNo));
        boolean headOfAsker = head.headOfUnit() && officers.find(request.getAskedBy())
                .map(officer -> head.unitId().filter(officer.getUnit().getId()::equals).isPresent()).orElse(false);
        if (!head.manager() && !headOfAsker) {
            throw new Refusal("problem.supplement.not-head", "Only the head of the asking officer's unit rules");
        }
        if (!request.isAwaitingRuling()) {
            throw new Refusal("problem.supplement.ruled", "Request " + requestNo + " needs no ruling now");
        }
        String why = blank(comment) ? null : comment.strip();
        if (!justified && why == null || why != null && why.length() > 1000) {
            throw new Refusal("problem.supplement.comment-missing", "Ruling a request unjustified says why");
        }
        Instant now = time.now();
        SupplementRuling ruling = justified ? SupplementRuling.JUSTIFIED : SupplementRuling.UNJUSTIFIED;
        Long ruler = head.officerId().orElse(null);
        request.rule(ruling, ruler, now, why);
        requests.saveAndFlush(request);
        events.save(new DossierEvent(dossier, now, DossierEventKind.SUPPLEMENT_RULED, ruler,
                head.actor().name(), "Lần " + requestNo + ": " + ruling + (why == null ? "" : ", " + why)));
        if (!justified) {
            violations.record(dossier, new Violations.Entry(ViolationKind.UNJUSTIFIED_SUPPLEMENT, dossier.getId(),
                    request.getAskedBy(), head.actor(), evidence(dossier, request, head), null, null, request.getId(),
                    null));
        }
        return request;
    }

    /** The ruling in the words of the register: what was asked, by whom, why, and who ruled it unjustified. */
    private String evidence(Dossier dossier, SupplementRequest request, Handler head) {
        String ruler = head.officerId().flatMap(officers::find).map(officer -> officer.getFullName())
                .orElse(head.actor().name());
        return ViolationEvidence.words("Hồ sơ " + dossier.getCode() + ": yêu cầu bổ sung lần " + request.getRequestNo()
                + " của " + nameOf(request.getAskedBy()) + " lúc " + LOCAL.format(request.getAskedAt())
                + ", lý do: " + request.getReasonForAnother().orElse("") + ". " + ruler
                + " xét không có lý do chính đáng lúc " + LOCAL.format(request.getRuledAt().orElseThrow()) + ": "
                + request.getRulingComment().orElse(""));
    }

    private String nameOf(long officerId) {
        return officers.find(officerId).map(officer -> officer.getFullName() + " (" + officer.getCode() + ")")
                .orElse(String.valueOf(officerId));
    }

    private Dossier locked(String code) {
        return dossiers.lockByCenterIdAndCode(centers.profile().getId(), code == null ? "" : code.strip())
                .orElseThrow(() -> new Refusal("problem.dossier.unknown", "Unknown dossier " + code));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
