package vn.motcua.screens.counter;

import static vn.motcua.screens.counter.CounterRefusals.translated;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.counter.CalledTicket;
import vn.motcua.counter.ConsolePort;
import vn.motcua.counter.CounterAction;
import vn.motcua.counter.DossierPurpose;
import vn.motcua.live.LiveUpdates;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.queue.Counter;
import vn.motcua.queue.CounterWork;
import vn.motcua.queue.Counters;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.QueueEvents.QueueEvent;
import vn.motcua.queue.QueueRank;
import vn.motcua.queue.QueueSnapshot;
import vn.motcua.queue.Seat;
import vn.motcua.queue.ServedByOfficer;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketStatus;
import vn.motcua.rating.GiveRating.RatingEvent;
import vn.motcua.rating.OfficerSatisfaction;
import vn.motcua.security.CurrentActor;
import vn.motcua.i18n.Refusal;

/** The officer's console's view of the application: counter work as the signed-in officer, and the counter's state. */
@org.springframework.stereotype.Component
class ConsoleScreen implements ConsolePort {

    private final Centers centers;
    private final Counters counters;
    private final Officers officers;
    private final Catalogue catalogue;
    private final CounterWork work;
    private final QueueSnapshot snapshot;
    private final CenterTime time;
    private final ServedByOfficer servedByOfficer;
    private final OfficerSatisfaction officerSatisfaction;
    private final LiveUpdates live;
    private final ConsoleDossiers dossiers;
    private final ConsoleHandling handling;
    private final ConsoleAlerts alerts;

    ConsoleScreen(Centers centers, Counters counters, Officers officers, Catalogue catalogue, CounterWork work,
            QueueSnapshot snapshot, CenterTime time, ServedByOfficer servedByOfficer,
            OfficerSatisfaction officerSatisfaction, LiveUpdates live, ConsoleDossiers dossiers,
            ConsoleHandling handling, ConsoleAlerts alerts) {
        this.centers = centers;
        this.counters = counters;
        this.officers = officers;
        this.catalogue = catalogue;
        this.work = work;
        this.snapshot = snapshot;
        this.time = time;
        this.servedByOfficer = servedByOfficer;
        this.officerSatisfaction = officerSatisfaction;
        this.live = live;
        this.dossiers = dossiers;
        this.handling = handling;
        this.alerts = alerts;
    }

    @Override
    public String centerName() {
        return centers.profile().getName();
    }

    @Override
    public List<CounterInfo> counters() {
        return counters.all().stream().map(ConsoleScreen::info).toList();
    }

    @Override
    public List<OfficerInfo> officers() {
        // Only the officer signed in here: nobody opens a counter in a colleague's name.
        long caller = translated(() -> CurrentActor.caller().officer());
        return officers.find(caller).stream()
                .map(o -> new OfficerInfo(o.getId(), o.getFullName(), o.getUnit().getName())).toList();
    }

    @Override
    public void openCounter(int counterNumber, long officerId) {
        translated(() -> work.open(counterNumber, officerId, CurrentActor.caller()));
    }

    @Override
    public void closeCounter(int counterNumber) {
        translated(() -> work.close(work.seat(counterNumber, CurrentActor.caller())));
    }

    @Override
    public Optional<CalledTicket> act(int counterNumber, CounterAction action) {
        return translated(() -> {
            if (action instanceof CounterAction.Finish && snapshot.servingAt(counter(counterNumber)).isEmpty()) {
                // The console offers Finish only while it serves a ticket; a stale second press finds nothing.
                return Optional.empty();
            }
            Seat seat = work.seat(counterNumber, CurrentActor.caller());
            return switch (action) {
                case CounterAction.CallNext() -> work.callNext(seat).map(CalledTickets::of);
                case CounterAction.Finish() -> called(work.finish(seat));
                case CounterAction.Recall() -> called(work.recall(seat));
                case CounterAction.StartServing() -> called(work.startServing(seat));
                case CounterAction.NoShow() -> called(work.noShow(seat));
                case CounterAction.Hold(String comment) -> called(work.hold(seat, comment));
                case CounterAction.Resume() -> called(work.resume(seat, Optional.empty()));
                case CounterAction.Transfer(String service) -> called(work.transfer(seat, service, null, null));
                case CounterAction.WalkIn(String service) -> called(work.walkIn(seat, service));
            };
        });
    }

    private static Optional<CalledTicket> called(Ticket ticket) {
        return Optional.of(CalledTickets.of(ticket));
    }

    @Override
    public List<ServiceOption> services() {
        // A retired service takes no new visitors: not a transfer's or a walk-in's choice.
        return catalogue.offered().stream()
                .map(s -> new ServiceOption(s.getCode(), s.getLetter() + " · " + s.getName())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public CounterStatus status(int counterNumber) {
        Counter counter = translated(() -> counter(counterNumber));
        // The current ticket first: read after the waiting list, it could come back as the waiting ticket that list
        // loaded a moment before it was called (the persistence context keeps the first state it saw), with no counter.
        Optional<Ticket> current = snapshot.servingAt(counter);
        List<WaitingTicket> waiting = snapshot.waitingFor(counter).stream().map(ConsoleScreen::waiting).toList();
        return new CounterStatus(info(counter), current.map(CalledTickets::of),
                current.filter(t -> t.getStatus() == TicketStatus.SERVING).map(Ticket::getServedAt), waiting,
                snapshot.heldAt(counter).stream().map(t -> new HeldTicket(t.getNumber(), t.getHoldComment())).toList(),
                time.now());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OfficerToday> officerToday(int counterNumber) {
        Officer officer = translated(() -> counter(counterNumber)).getCurrentOfficer();
        if (officer == null) {
            return Optional.empty();
        }
        ServedByOfficer.Today served = servedByOfficer.today(officer.getId());
        OfficerSatisfaction.Today rated = officerSatisfaction.today(officer.getId());
        return Optional.of(new OfficerToday(officer.getFullName(), served.served(), served.averageServiceTime(),
                rated.ratings(), rated.satisfiedPercent()));
    }

    @Override
    public VisitDossiers dossiers(int counterNumber) {
        return dossiers.of(counterNumber);
    }

    @Override
    public void linkDossier(int counterNumber, String dossierCode, DossierPurpose purpose) {
        translated(() -> dossiers.link(work.seat(counterNumber, CurrentActor.caller()), dossierCode, purpose));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProcedureChoice> procedures() {
        return dossiers.procedures();
    }

    @Override
    public ReceivedDossier receive(int counterNumber, NewDossier dossier) {
        return translated(() -> dossiers.receive(work.seat(counterNumber, CurrentActor.caller()), dossier));
    }

    @Override
    public PrintAnswer printReceipt(int counterNumber, String code) {
        return translated(() -> dossiers.printReceipt(work.seat(counterNumber, CurrentActor.caller()), code));
    }

    @Override
    public PrintAnswer printSupplement(int counterNumber, String code) {
        return translated(() -> dossiers.printSupplement(work.seat(counterNumber, CurrentActor.caller()), code));
    }

    @Override
    public PrintAnswer printApology(int counterNumber, String code) {
        return translated(() -> dossiers.printApology(work.seat(counterNumber, CurrentActor.caller()), code));
    }

    @Override
    @Transactional(readOnly = true)
    public List<HeldDossier> held() {
        return translated(handling::held);
    }

    @Override
    public List<HeldAlert> heldAlerts() {
        return alerts.held();
    }

    @Override
    public void followHeldAlerts(Component view, Runnable redraw) {
        alerts.follow(view, redraw);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Colleague> colleagues() {
        return handling.colleagues();
    }

    @Override
    public void handOff(String code, String officerCode, Optional<Step> step, String note) {
        translated(() -> handling.handOff(code, officerCode, step, note));
    }

    @Override
    public void askSupplement(String code, List<Missing> items, String reasonForAnother) {
        translated(() -> handling.askSupplement(code, items, reasonForAnother));
    }

    @Override
    public void supplied(String code) {
        translated(() -> handling.supplied(code));
    }

    @Override
    public RecordedResult recordResult(String code, Result result, String reason) {
        return translated(() -> handling.recordResult(code, result, reason));
    }

    @Override
    public void follow(Component view, IntSupplier counterNumber, Runnable refresh) {
        // A ticket of a service this counter serves may join or leave its waiting list; only this counter's ratings
        // change the officer's figures.
        live.redrawWhileAttached(view, QueueEvent.class, new WaitingListWatch(counterNumber, counters), refresh);
        live.redrawWhileAttached(view, RatingEvent.class, event -> event.concerns(counterNumber.getAsInt()), refresh);
    }

    private Counter counter(int number) {
        return counters.find(number)
                .orElseThrow(() -> new Refusal("problem.counter.unknown", "Unknown counter: " + number));
    }

    private static CounterInfo info(Counter counter) {
        Officer officer = counter.getCurrentOfficer();
        return new CounterInfo(counter.getNumber(), counter.getName(), officer == null ? null : officer.getId(),
                officer == null ? null : officer.getFullName());
    }

    private static WaitingTicket waiting(Ticket ticket) {
        Optional<String> priority = Optional.of(ticket.getPriority()).filter(PriorityCategory::isPriority)
                .map(p -> p.name().toLowerCase(Locale.ROOT));
        return new WaitingTicket(ticket.getNumber(), ticket.getService().getName(), priority,
                Optional.ofNullable(ticket.getCarriedFrom()), ticket.getQueueRank() == QueueRank.FRONT,
                ticket.getIssuedAt());
    }
}
