package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.dossier.internal.DossierLatenessRepository;
import vn.motcua.dossier.internal.DossierEventRepository;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.dossier.internal.LateExplanationRepository;
import vn.motcua.dossier.internal.UnitExplanationRepository;
import vn.motcua.i18n.Refusal;

/**
 * Giải trình: the officer a lateness names (or, for a unit's lateness, the unit's head) explains it with a reason and
 * text within the center's working days; the head of unit accepts it or returns it with a comment, and a returned one
 * is written again. An accepted "own fault" goes on the register of violations. The head explains the unit's period.
 */
@Service
public class Explanations {

    private static final int TEXT = 2000;
    private static final int COMMENT = 1000;
    private static final int UNIT_TEXT = 4000;

    private final DossierLatenessRepository latenesses;
    private final LateExplanationRepository explanations;
    private final UnitExplanationRepository unitExplanations;
    private final DossierRepository dossiers;
    private final DossierEventRepository events;
    private final ExplanationCases cases;
    private final Violations violations;
    private final ExplanationEvidence evidence;
    private final Centers centers;
    private final CenterTime time;

    Explanations(DossierLatenessRepository latenesses, LateExplanationRepository explanations,
            UnitExplanationRepository unitExplanations, DossierRepository dossiers, DossierEventRepository events,
            ExplanationCases cases, Violations violations, ExplanationEvidence evidence, Centers centers,
            CenterTime time) {
        this.latenesses = latenesses;
        this.explanations = explanations;
        this.unitExplanations = unitExplanations;
        this.dossiers = dossiers;
        this.events = events;
        this.cases = cases;
        this.violations = violations;
        this.evidence = evidence;
        this.centers = centers;
        this.time = time;
    }

    /** Writes the next attempt; after the deadline it is still taken, and flagged late. */
    @Transactional
    public LateExplanation explain(Handler by, long latenessId, LateReason reason, String text) {
        DossierLateness lateness = locked(latenessId);
        long officer = by.officer();
        if (!mayWrite(by, lateness)) {
            throw new Refusal("problem.explanation.not-responsible",
                    "Only the officer the lateness names (or, when it names none, its holder or head of unit) explains it");
        }
        if (reason == null) {
            throw new Refusal("problem.explanation.reason-missing", "Choose the reason the dossier went late");
        }
        String written = required(text, TEXT, "problem.explanation.text-missing");
        ExplanationCase current = cases.of(lateness);
        if (current.awaitingRuling()) {
            throw new Refusal("problem.explanation.awaiting", "Attempt " + current.attempts().size()
                    + " waits for the head of unit's ruling");
        }
        if (current.accepted()) {
            throw new Refusal("problem.explanation.accepted", "The explanation was accepted already");
        }
        Instant now = time.now();
        LateExplanation explanation = explanations.saveAndFlush(new LateExplanation(lateness,
                current.attempts().size() + 1, officer, reason, written, now));
        boolean late = now.isAfter(current.deadline());
        events.save(new DossierEvent(dossier(lateness), now, DossierEventKind.EXPLAINED, officer, by.actor().name(),
                "Lần " + explanation.getAttemptNo() + ": " + reason + (late ? " (quá hạn giải trình)" : "") + ", "
                        + written));
        return explanation;
    }

    /** The head of the lateness' unit, or a manager, accepts an attempt or returns it with a comment; once each. */
    @Transactional
    public LateExplanation rule(Handler head, long explanationId, ExplanationRuling ruling, String comment) {
        // The lateness is locked before the attempt is read, so a second ruling at once reads the first one's.
        DossierLateness lateness = locked(explanations.findLatenessIdById(explanationId).orElseThrow(() ->
                new Refusal("problem.explanation.unknown", "No explanation " + explanationId)));
        LateExplanation explanation = explanations.findById(explanationId).orElseThrow();
        boolean headOfUnit = head.headOfUnit() && head.unitId().isPresent()
                && head.unitId().equals(lateness.getUnitId());
        if (!head.manager() && !headOfUnit) {
            throw new Refusal("problem.explanation.not-head", "Only the head of the lateness' unit or a manager rules");
        }
        if (!head.manager() && head.officerId().filter(explanation.getOfficerId()::equals).isPresent()) {
            throw new Refusal("problem.explanation.own", "A head's own explanation is the manager's to rule");
        }
        if (ruling == null) {
            throw new Refusal("problem.explanation.ruling-missing", "Accept the explanation or return it");
        }
        if (explanation.getRuling().isPresent()) {
            throw new Refusal("problem.explanation.ruled", "Attempt " + explanation.getAttemptNo() + " is ruled already");
        }
        String why = comment == null || comment.isBlank() ? null : comment.strip();
        if (ruling == ExplanationRuling.RETURNED && why == null || why != null && why.length() > COMMENT) {
            throw new Refusal("problem.explanation.comment-missing", "Returning an explanation says why, in "
                    + COMMENT + " characters at most");
        }
        Instant now = time.now();
        Long ruler = head.officerId().orElse(null);
        explanation.rule(ruling, ruler, now, why);
        explanations.saveAndFlush(explanation);
        Dossier dossier = dossier(lateness);
        events.save(new DossierEvent(dossier, now, DossierEventKind.EXPLANATION_RULED, ruler, head.actor().name(),
                "Lần " + explanation.getAttemptNo() + ": " + ruling + (why == null ? "" : ", " + why)));
        if (ruling == ExplanationRuling.ACCEPTED && explanation.getReason() == LateReason.OWN_FAULT) {
            violations.record(dossier, new Violations.Entry(ViolationKind.LATE_OWN_FAULT, dossier.getId(),
                    explanation.getOfficerId(), head.actor(), evidence.of(dossier, lateness, explanation, head, now),
                    lateness.getId(), explanation.getId(), null, null));
        }
        return explanation;
    }

    /** The head of unit explains their unit's late dossiers of a period, once per period. */
    @Transactional
    public UnitExplanation explainUnit(Handler head, LocalDate from, LocalDate to, String text) {
        long officer = head.officer();
        long unit = head.unitId().filter(any -> head.headOfUnit()).orElseThrow(() -> new Refusal(
                "problem.unit-explanation.not-head", "Only a head of unit explains their unit's period"));
        if (from == null || to == null || from.isAfter(to)) {
            throw new Refusal("problem.unit-explanation.period", "A period runs from one day to the same or a later one");
        }
        String written = required(text, UNIT_TEXT, "problem.unit-explanation.text-missing");
        if (unitExplanations.existsByUnitIdAndPeriodFromAndPeriodTo(unit, from, to)) {
            throw exists(from, to);
        }
        try {
            return unitExplanations.saveAndFlush(new UnitExplanation(centers.profile().getId(), unit, from, to,
                    written, officer, time.now()));
        } catch (DataIntegrityViolationException meanwhile) {
            // Written by another session of the same head a moment ago: the same answer as if it had been first.
            throw exists(from, to);
        }
    }

    /** The officer's latenesses to explain (nothing written, or the last returned), and a head's unit-only ones. */
    @Transactional(readOnly = true)
    public List<ExplanationCase> toWrite(Handler officer) {
        long id = officer.officer();
        return cases.of(center().stream().filter(lateness -> mayWrite(officer, lateness)
                && lateness.getOfficerId().map(named -> named == id).orElse(true)).toList())
                .stream().filter(ExplanationCase::toWrite).toList();
    }

    /** Attempts waiting for a ruling: the head's unit's, every one for a manager. */
    @Transactional(readOnly = true)
    public List<ExplanationCase> awaitingRuling(Handler head) {
        return cases.of(scoped(head)).stream().filter(ExplanationCase::awaitingRuling).toList();
    }

    /** Latenesses naming an officer or a unit without an accepted explanation: every unit's for a manager. */
    @Transactional(readOnly = true)
    public List<ExplanationCase> missing(Handler manager) {
        return cases.of(scoped(manager).stream().filter(lateness -> !lateness.isUnassigned()).toList()).stream()
                .filter(each -> !each.accepted()).toList();
    }

    /** The case an attempt belongs to, as it stands now (the answer to writing or ruling it). */
    @Transactional(readOnly = true)
    public ExplanationCase caseOf(LateExplanation explanation) {
        return cases.of(latenesses.findById(explanation.getLatenessId()).orElseThrow());
    }

    /** A lateness' attempts, first first. */
    @Transactional(readOnly = true)
    public List<LateExplanation> of(DossierLateness lateness) {
        return explanations.findByLatenessIdOrderByAttemptNo(lateness.getId());
    }

    /** The unit's explanations of periods, latest first: a head's own unit's, every unit's for a manager. */
    @Transactional(readOnly = true)
    public List<UnitExplanation> unitExplanations(Handler reader) {
        if (reader.manager()) {
            return unitExplanations.findByCenterIdOrderByPeriodFromDesc(centers.profile().getId());
        }
        return unitExplanations.findByUnitIdOrderByPeriodFromDesc(reader.unitId().filter(any -> reader.headOfUnit())
                .orElseThrow(() -> new Refusal("problem.unit-explanation.not-head",
                        "Only heads of unit and managers read the units' explanations")));
    }

    /** The center's latenesses a head (their unit's) or a manager (all) answers for. */
    private List<DossierLateness> scoped(Handler reader) {
        if (!reader.manager() && !(reader.headOfUnit() && reader.unitId().isPresent())) {
            throw new Refusal("problem.explanation.not-head", "Only heads of unit and managers read these lists");
        }
        return center().stream().filter(lateness -> reader.manager()
                || lateness.getUnitId().equals(reader.unitId())).toList();
    }

    private List<DossierLateness> center() {
        return latenesses.findByCenterIdOrderByFoundAt(centers.profile().getId());
    }

    /** The officer it names; or, when it names only a unit, that unit's head. */
    private boolean mayWrite(Handler by, DossierLateness lateness) {
        if (lateness.getOfficerId().isPresent()) {
            return lateness.getOfficerId().equals(by.officerId());
        }
        // Nobody here held it when it went late (an imported dossier): the officer given it since answers, or the head.
        return by.officerId().isPresent() && dossiers.findById(lateness.getDossierId())
                .flatMap(Dossier::getHolderOfficerId).equals(by.officerId())
                || lateness.getUnitId().isPresent() && by.headOfUnit() && lateness.getUnitId().equals(by.unitId());
    }

    private DossierLateness locked(long latenessId) {
        return latenesses.lockById(latenessId).filter(lateness -> Objects.equals(lateness.getCenterId(),
                centers.profile().getId())).orElseThrow(() -> new Refusal("problem.explanation.unknown",
                        "No late dossier " + latenessId));
    }

    private Dossier dossier(DossierLateness lateness) {
        return dossiers.findById(lateness.getDossierId()).orElseThrow();
    }

    private static String required(String text, int most, String key) {
        String written = text == null ? "" : text.strip();
        if (written.isEmpty() || written.length() > most) {
            throw new Refusal(key, "Write the text, " + most + " characters at most");
        }
        return written;
    }

    private static Refusal exists(LocalDate from, LocalDate to) {
        return new Refusal("problem.unit-explanation.exists", "The unit's period " + from + " – " + to
                + " is explained already");
    }
}
