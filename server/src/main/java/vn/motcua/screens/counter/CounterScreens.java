package vn.motcua.screens.counter;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.Centers;
import vn.motcua.center.CenterTime;
import vn.motcua.center.HallNotice;
import vn.motcua.counter.CounterPort;
import vn.motcua.counter.PadReason;
import vn.motcua.counter.PadScore;
import vn.motcua.live.LiveUpdates;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.queue.Counter;
import vn.motcua.queue.Counters;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.RouteTicket;
import vn.motcua.queue.ServeTicket;
import vn.motcua.queue.TicketStatus;
import vn.motcua.queue.OpenCounter;
import vn.motcua.security.CurrentActor;
import vn.motcua.security.SeatedOfficer;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.QueueRank;
import vn.motcua.queue.QueueSnapshot;
import vn.motcua.queue.ServedByOfficer;
import vn.motcua.queue.Ticket;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.Rating;
import vn.motcua.rating.OfficerSatisfaction;
import vn.motcua.rating.RatingLevel;
import vn.motcua.rating.RatingReason;

/** The counter screens' view of the application: console, counter display, hall board and rating pad. */
@Component
class CounterScreens implements CounterPort {

    private final Centers centers;
    private final Counters counters;
    private final Officers officers;
    private final Catalogue services;
    private final OpenCounter openCounter;
    private final CallNextTicket callNext;
    private final ServeTicket serve;
    private final RouteTicket route;
    private final IssueTicket issueTicket;
    private final QueueSnapshot snapshot;
    private final GiveRating giveRating;
    private final LiveUpdates live;
    private final SeatedOfficer seated;
    private final Duration reasonsTimeout;
    private final Duration thanksTimeout;
    private final CenterTime time;
    private final ServedByOfficer servedByOfficer;
    private final OfficerSatisfaction officerSatisfaction;
    private final HallNotice hallNotice;

    CounterScreens(Centers centers, Counters counters, Officers officers,
            Catalogue services, OpenCounter openCounter, CallNextTicket callNext, ServeTicket serve,
            RouteTicket route, IssueTicket issueTicket, QueueSnapshot snapshot, GiveRating giveRating, LiveUpdates live,
            @Value("${motcua.pad.reasons-timeout:30s}") Duration reasonsTimeout,
            @Value("${motcua.pad.thanks-timeout:5s}") Duration thanksTimeout,
            SeatedOfficer seated, CenterTime time, ServedByOfficer served, OfficerSatisfaction satisfaction,
            HallNotice hallNotice) {
        this.seated = seated;
        this.centers = centers;
        this.counters = counters;
        this.officers = officers;
        this.services = services;
        this.openCounter = openCounter;
        this.callNext = callNext;
        this.serve = serve;
        this.route = route;
        this.issueTicket = issueTicket;
        this.snapshot = snapshot;
        this.giveRating = giveRating;
        this.live = live;
        this.reasonsTimeout = reasonsTimeout;
        this.thanksTimeout = thanksTimeout;
        this.time = time;
        this.servedByOfficer = served;
        this.officerSatisfaction = satisfaction;
        this.hallNotice = hallNotice;
    }

    @Override
    public String centerName() {
        return centers.profile().getName();
    }

    @Override
    public List<CounterInfo> counters() {
        return counters.all().stream().map(CounterScreens::info).toList();
    }

    @Override
    public List<OfficerInfo> officers() {
        // Only the officer signed in here: nobody opens a counter in a colleague's name.
        long caller = seated.officerOfCaller();
        return officers.find(caller).stream()
                .map(o -> new OfficerInfo(o.getId(), o.getFullName(), o.getUnit().getName())).toList();
    }

    @Override
    public void openCounter(int counterNumber, long officerId) {
        refusing(() -> {
            if (officerId != seated.officerOfCaller()) {
                throw new Refusal("problem.counter.not-seated", "An officer opens a counter only for themselves");
            }
            return openCounter.open(counterNumber, officerId, CurrentActor.get());
        });
    }

    @Override
    public void closeCounter(int counterNumber) {
        bySeatedOfficer(counterNumber, () -> openCounter.close(counterNumber, CurrentActor.get()));
    }

    @Override
    public Optional<CalledTicket> callNext(int counterNumber) {
        return bySeatedOfficer(counterNumber, () -> callNext.callNext(counterNumber).map(CounterScreens::called));
    }

    @Override
    public CalledTicket recall(int counterNumber) {
        return bySeatedOfficer(counterNumber, () -> called(serve.recall(counterNumber)));
    }

    @Override
    public CalledTicket startServing(int counterNumber) {
        return bySeatedOfficer(counterNumber, () -> called(serve.startServing(counterNumber)));
    }

    @Override
    public CalledTicket noShow(int counterNumber) {
        return bySeatedOfficer(counterNumber, () -> called(serve.noShow(counterNumber)));
    }

    @Override
    public CalledTicket hold(int counterNumber, String comment) {
        return bySeatedOfficer(counterNumber, () -> called(serve.hold(counterNumber, comment)));
    }

    @Override
    public CalledTicket resume(int counterNumber) {
        return bySeatedOfficer(counterNumber, () -> called(serve.resume(counterNumber, Optional.empty())));
    }

    @Override
    public CalledTicket transfer(int counterNumber, String serviceCode) {
        return bySeatedOfficer(counterNumber, () -> called(route.transfer(counterNumber, serviceCode, null, null)));
    }

    @Override
    public CalledTicket walkIn(int counterNumber, String serviceCode) {
        return bySeatedOfficer(counterNumber, () -> called(issueTicket.serveWalkIn(counterNumber, serviceCode)));
    }

    @Override
    public List<ServiceOption> services() {
        return services.services().stream()
                .map(s -> new ServiceOption(s.getCode(), s.getLetter() + " · " + s.getName())).toList();
    }

    /** Only the officer seated at the counter works it: the record must name who really did it. */
    private <T> T bySeatedOfficer(int counterNumber, Supplier<T> operation) {
        return refusing(() -> {
            seated.require(counterNumber);
            return operation.get();
        });
    }

    /** The screens see the queue's refusals in their own words: the key of the reason, to translate. */
    private static <T> T refusing(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (vn.motcua.i18n.Refusal problem) {
            throw new Refusal(problem.messageKey(), problem.getMessage());
        }
    }

    @Override
    public Optional<CalledTicket> finish(int counterNumber) {
        // The console offers Finish only while it serves a ticket; a stale second press finds nothing to finish.
        Counter counter = counter(counterNumber);
        return snapshot.servingAt(counter).map(current -> bySeatedOfficer(counterNumber, () -> called(serve.finish(counterNumber))));
    }

    @Override
    @Transactional(readOnly = true)
    public CounterStatus status(int counterNumber) {
        Counter counter = counter(counterNumber);
        // The current ticket first: read after the waiting list, it could come back as the waiting ticket that list
        // loaded a moment before it was called (the persistence context keeps the first state it saw), with no counter.
        Optional<Ticket> current = snapshot.servingAt(counter);
        List<WaitingTicket> waiting = snapshot.waitingFor(counter).stream().map(CounterScreens::waiting).toList();
        return new CounterStatus(info(counter), current.map(CounterScreens::called),
                current.filter(t -> t.getStatus() == TicketStatus.SERVING).map(Ticket::getServedAt), waiting,
                snapshot.heldAt(counter).stream().map(Ticket::getNumber).toList(), time.now());
    }

    private static WaitingTicket waiting(Ticket ticket) {
        Optional<String> priority = Optional.of(ticket.getPriority()).filter(PriorityCategory::isPriority)
                .map(p -> p.name().toLowerCase(Locale.ROOT));
        return new WaitingTicket(ticket.getNumber(), ticket.getService().getName(), priority,
                Optional.ofNullable(ticket.getCarriedFrom()), ticket.getQueueRank() == QueueRank.FRONT,
                ticket.getIssuedAt());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OfficerToday> officerToday(int counterNumber) {
        Officer officer = counter(counterNumber).getCurrentOfficer();
        if (officer == null) {
            return Optional.empty();
        }
        ServedByOfficer.Today served = servedByOfficer.today(officer.getId());
        OfficerSatisfaction.Today rated = officerSatisfaction.today(officer.getId());
        return Optional.of(new OfficerToday(officer.getFullName(), served.served(), served.averageServiceTime(),
                rated.ratings(), rated.satisfiedPercent()));
    }

    @Override
    @Transactional(readOnly = true)
    public HallStatus hall() {
        Map<Long, QueueSnapshot.Waiting> waiting = snapshot.waitingPerService();
        List<ServiceQueue> queues = services.services().stream()
                .map(s -> new ServiceQueue(s.getLetter(), s.getName(),
                        waiting.getOrDefault(s.getId(), QueueSnapshot.Waiting.NOBODY).count()))
                .toList();
        return new HallStatus(snapshot.lastCalls().stream().map(CounterScreens::called).toList(), queues,
                hallNotice.current());
    }

    @Override
    public List<PadScore> padScale() {
        return giveRating.scale().levels().stream().map(level -> PadScore.valueOf(level.name())).toList();
    }

    @Override
    public Optional<TicketToRate> ticketToRate(int counterNumber) {
        return giveRating.ticketToRate(counterNumber)
                .map(ticket -> new TicketToRate(called(ticket), giveRating.timeLeftToRate(ticket)));
    }

    @Override
    public GivenRating rate(int counterNumber, PadScore score) {
        return refusing(() -> {
            Rating rating = giveRating.rate(counterNumber, RatingLevel.valueOf(score.name()));
            return new GivenRating(rating.getId(), called(rating.getTicket()), rating.getLevel().asksForReasons());
        });
    }

    @Override
    public void giveReasons(long ratingId, Set<PadReason> reasons) {
        Set<RatingReason> given = reasons.stream().map(reason -> RatingReason.valueOf(reason.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RatingReason.class)));
        refusing(() -> giveRating.giveReasons(ratingId, given));
    }

    @Override
    public PadTimeouts padTimeouts() {
        // The reasons screen closes before the server would refuse the reasons.
        Duration window = giveRating.window();
        return new PadTimeouts(reasonsTimeout.compareTo(window) < 0 ? reasonsTimeout : window, thanksTimeout);
    }

    @Override
    public Registration onChange(Runnable listener) {
        return live.subscribe(Object.class, event -> true, event -> listener.run());
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

    private static CalledTicket called(Ticket ticket) {
        return new CalledTicket(ticket.getNumber(), ticket.getService().getName(), ticket.getPriority().isPriority(),
                ticket.getCounter().getNumber(), ticket.getOfficer().getFullName(), ticket.getCalledAt(),
                ticket.getStatus() == TicketStatus.SERVING, ticket.getRecalls());
    }
}
