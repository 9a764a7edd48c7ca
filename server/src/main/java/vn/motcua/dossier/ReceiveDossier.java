package vn.motcua.dossier;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureDocument;
import vn.motcua.catalogue.StepKind;
import vn.motcua.center.Center;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.dossier.internal.DossierEventRepository;
import vn.motcua.dossier.internal.DossierHandOffRepository;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.dossier.internal.DossierVisitRepository;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.queue.Caller;
import vn.motcua.queue.Seat;
import vn.motcua.queue.Ticket;

/**
 * Reception here (tiếp nhận): the officer at a counter registers a dossier from the visit they serve, or one sent
 * online or by post. It gets the next code of the day, its due date on the working calendar, line 0 of its control
 * slip on the receiving officer's name, the papers ticked, and the visit linked, all in one transaction.
 */
@Service
public class ReceiveDossier {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .]{8,20}");
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{9}|[0-9]{12}");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final LinkVisit visits;
    private final Catalogue catalogue;
    private final Centers centers;
    private final CenterTime time;
    private final DueDates dueDates;
    private final StepDue stepDue;
    private final DossierCodes codes;
    private final Officers officers;
    private final DossierRepository dossiers;
    private final DossierHandOffRepository handOffs;
    private final DossierVisitRepository visitLinks;
    private final DossierEventRepository events;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher publisher;

    ReceiveDossier(LinkVisit visits, Catalogue catalogue, Centers centers, CenterTime time, DueDates dueDates,
            StepDue stepDue, DossierCodes codes, Officers officers, DossierRepository dossiers,
            DossierHandOffRepository handOffs, DossierVisitRepository visitLinks, DossierEventRepository events,
            JdbcClient jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher publisher) {
        this.visits = visits;
        this.catalogue = catalogue;
        this.centers = centers;
        this.time = time;
        this.dueDates = dueDates;
        this.stepDue = stepDue;
        this.codes = codes;
        this.officers = officers;
        this.dossiers = dossiers;
        this.handOffs = handOffs;
        this.visitLinks = visitLinks;
        this.events = events;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.publisher = publisher;
    }

    /**
     * From the API: with a ticket code, the ticket must be the visit the caller serves (or just finished) at their
     * counter; without one (online, post), the caller must be seated at a counter.
     */
    public Dossier receive(Caller caller, Reception reception) {
        if (reception.ticketCode() != null && !reception.ticketCode().isBlank()) {
            LinkVisit.ServedVisit served = visits.servedVisit(caller, reception.ticketCode());
            return receive(served.seat(), Optional.of(served.ticket()), reception);
        }
        return receive(visits.seatOf(caller), Optional.empty(), reception);
    }

    /** From the console: the visit the seat's counter links to now, if any (a dossier by post has none). */
    public Dossier receive(Seat seat, Reception reception) {
        return receive(seat, visits.visitAt(seat.counterNumber()), reception);
    }

    private Dossier receive(Seat seat, Optional<Ticket> visit, Reception reception) {
        Procedure procedure = catalogue.procedure(strip(reception.procedureCode())).orElseThrow(() -> new Refusal(
                "problem.procedure.unknown", "Unknown procedure " + reception.procedureCode()));
        String applicant = strip(reception.applicantName());
        if (applicant.isEmpty() || applicant.length() > 300) {
            throw new Refusal("problem.dossier.applicant-missing", "The applicant's name is required (300 at most)");
        }
        String phone = strip(reception.applicantPhone());
        String idNumber = strip(reception.applicantIdNumber());
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            throw new Refusal("problem.dossier.phone-invalid", "Not a phone number: " + phone);
        }
        if (!idNumber.isEmpty() && !ID_NUMBER.matcher(idNumber).matches()) {
            throw new Refusal("problem.dossier.id-number-invalid", "An ID number has 9 or 12 digits: " + idNumber);
        }
        if ((!phone.isEmpty() || !idNumber.isEmpty()) && !reception.consent()) {
            throw new Refusal("problem.dossier.consent-missing",
                    "The phone and ID number are kept only with the citizen's consent");
        }
        List<ProcedureDocument> papers = procedure.getDocuments();
        // Checked before sorting: a null position would otherwise fail the sort instead of being refused in words.
        for (Integer position : reception.documents()) {
            if (position == null || position < 0 || position >= papers.size()) {
                throw new Refusal("problem.dossier.document-unknown",
                        "Procedure " + procedure.getCode() + " lists no document at position " + position);
            }
        }
        List<Integer> ticked = reception.documents().stream().distinct().sorted().toList();
        long officerId = seat.caller().officer();
        Officer officer = officers.find(officerId).orElseThrow();
        String owner = strip(reception.ownerName()).isEmpty() ? applicant : strip(reception.ownerName());
        // owner_name holds 300: a longer one failed the insert after the code was taken, as a 500 with no words.
        if (owner.length() > 300) {
            throw new Refusal("problem.dossier.applicant-missing", "The owner's name has 300 characters at most");
        }
        Channel channel = reception.channel() == null ? Channel.IN_PERSON : reception.channel();
        Reception checked = new Reception(procedure.getCode(), applicant, phone.isEmpty() ? null : phone,
                idNumber.isEmpty() ? null : idNumber, reception.consent(), owner, channel, reception.ticketCode(),
                ticked);
        Center center = centers.profile();
        // The day's sequence row is made before the reception's transaction takes its connection: made inside it, it
        // needed a second connection while holding one, and a rush of first receptions emptied the pool waiting.
        codes.prepare(center.getId(), center.getAgencyCode(), time.dayOf(time.now()));
        return transaction.execute(status -> write(seat, visit, checked, procedure, officer));
    }

    private Dossier write(Seat seat, Optional<Ticket> visit, Reception reception, Procedure procedure,
            Officer officer) {
        Center center = centers.profile();
        Instant now = time.now();
        String code = codes.next(center.getId(), center.getAgencyCode(), time.dayOf(now));
        Instant due = dueDates.dueAt(procedure.getLegalTime(), now);
        DossierApplicant applicant = new DossierApplicant(reception.applicantName(), reception.applicantIdNumber(),
                reception.consent() ? now : null, reception.channel(), officer.getId());
        Dossier dossier = dossiers.saveAndFlush(Dossier.received(center.getId(), code,
                RecordProvinceDossiers.newToken(), reception, procedure.getId(), reception.ownerName(), applicant, now,
                due, officer.getId(), officer.getUnit().getId(), officer.getUnit().getName()));
        handOffs.save(new DossierHandOff(dossier, 0, StepKind.RECEPTION, null, officer.getId(),
                officer.getUnit().getId(), now, stepDue.of(Optional.of(procedure), StepKind.RECEPTION, dossier), null));
        for (Integer position : reception.documents()) {
            ProcedureDocument paper = procedure.getDocuments().get(position);
            jdbc.sql("insert into dossier_document (dossier_id, position_no, name, copies) values (?, ?, ?, ?)")
                    .params(dossier.getId(), position, paper.name(), paper.copies()).update();
        }
        String actor = seat.caller().actor().name();
        events.save(new DossierEvent(dossier, now, DossierEventKind.RECEIVED, officer.getId(), actor,
                "Quầy " + seat.counterNumber() + ", hẹn trả " + LOCAL.format(due) + ", "
                        + reception.documents().size() + "/" + procedure.getDocuments().size() + " giấy tờ"));
        visit.ifPresent(ticket -> {
            visitLinks.save(new DossierVisit(dossier, ticket.getId(), officer.getId(), VisitPurpose.SUBMISSION, now));
            events.save(new DossierEvent(dossier, now, DossierEventKind.VISIT_LINKED, officer.getId(), actor,
                    "Phiếu " + ticket.getNumber() + " tại quầy " + seat.counterNumber() + ", SUBMISSION"));
        });
        publisher.publishEvent(new DossierReceived(dossier.getId(), dossier.getCode()));
        return dossier;
    }

    /** The papers received with a dossier, as ticked at reception (name and copies as printed on the receipt). */
    public List<ProcedureDocument> documents(Dossier dossier) {
        return jdbc.sql("select name, copies from dossier_document where dossier_id = ? order by position_no")
                .param(dossier.getId()).query((row, n) -> new ProcedureDocument(row.getString(1), row.getString(2),
                        true)).list();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
