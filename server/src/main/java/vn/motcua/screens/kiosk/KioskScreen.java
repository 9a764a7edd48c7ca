package vn.motcua.screens.kiosk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.CatalogueChanged;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.PostedContactsChanged;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.device.TicketPaper;
import vn.motcua.device.TicketPrinting;
import vn.motcua.devices.printer.PrintOutcome;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackCategory;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackKind;
import vn.motcua.feedback.FeedbackRequest;
import vn.motcua.feedback.SendFeedback;
import vn.motcua.i18n.Refusal;
import vn.motcua.kiosk.CenterInfo;
import vn.motcua.kiosk.FeedbackTopic;
import vn.motcua.kiosk.KioskRefusal;
import vn.motcua.kiosk.KioskHours;
import vn.motcua.kiosk.KioskPort;
import vn.motcua.kiosk.ProcedureInfo;
import vn.motcua.kiosk.Priority;
import vn.motcua.live.LiveUpdates;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.IssueTicket.IssuedTicket;
import vn.motcua.queue.IssuingHours;
import vn.motcua.setup.CenterSetup;
import vn.motcua.queue.IssuingHours.Issuing;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.QueueEvents.QueueEvent;
import vn.motcua.queue.QueueSnapshot;
import vn.motcua.queue.Ticket;
import vn.motcua.screens.report.BoardTicker;
import vn.motcua.security.CurrentActor;
import vn.motcua.security.DeviceIdentity;
import vn.motcua.i18n.Refusal;
import vn.motcua.i18n.Translations;
import vn.motcua.kiosk.TicketRefused;
import com.vaadin.flow.component.UI;

/** The ticket kiosk's view of the application: services with their waiting counts, issuing and printing. */
@Component
class KioskScreen implements KioskPort {

    private final Centers centers;
    private final Catalogue catalogue;
    private final IssueTicket issueTicket;
    private final QueueSnapshot snapshot;
    private final TicketPrinting printing;
    private final TrackingLinks links;
    private final LiveUpdates live;
    private final Duration idleTimeout;
    private final IssuingHours issuingHours;
    private final SendFeedback sendFeedback;
    private final Translations translations;
    private final CenterSetup setup;

    KioskScreen(Centers centers, Catalogue catalogue, IssueTicket issueTicket, QueueSnapshot snapshot,
            TicketPrinting printing, TrackingLinks links, LiveUpdates live,
            @Value("${motcua.kiosk.idle-timeout:30s}") Duration idleTimeout, IssuingHours issuingHours,
            SendFeedback sendFeedback, Translations translations, CenterSetup setup) {
        this.setup = setup;
        this.translations = translations;
        this.issuingHours = issuingHours;
        this.sendFeedback = sendFeedback;
        this.centers = centers;
        this.catalogue = catalogue;
        this.issueTicket = issueTicket;
        this.snapshot = snapshot;
        this.printing = printing;
        this.links = links;
        this.live = live;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public CenterInfo center() {
        return CenterInfos.of(centers);
    }

    @Override
    public KioskHours hours() {
        if (!setup.complete()) {
            return new KioskHours(KioskHours.Issuing.SETTING_UP, null, null);
        }
        Issuing issuing = issuingHours.now();
        return new KioskHours(KioskHours.Issuing.valueOf(issuing.state().name()), issuing.day(),
                issuing.opensAt() == null ? null : LocalTime.ofInstant(issuing.opensAt(), CenterTime.ZONE));
    }

    @Override
    public List<ServiceChoice> services() {
        // Every kiosk shows the same counts: read once per delivery, however many kiosks stand in the hall.
        return live.sharedRead(ServiceChoice.class, () -> {
            // The queue of the day a ticket taken now is for: the next working day's after hours.
            Issuing issuing = issuingHours.now();
            Map<Long, QueueSnapshot.Waiting> waiting = issuing.issues() ? snapshot.waitingPerService(issuing.day())
                    : snapshot.waitingPerService();
            return catalogue.offered().stream()
                    .map(s -> new ServiceChoice(s.getCode(), s.getName(), s.getLetter(), s.getField().getName(),
                            waiting.getOrDefault(s.getId(), QueueSnapshot.Waiting.NOBODY).count()))
                    .toList();
        });
    }

    @Override
    public List<ProcedureInfo> procedures() {
        return catalogue.procedures().stream()
                .map(p -> new ProcedureInfo(p.getCode(), p.getName(), p.getField().getName(),
                        ProcedureInfo.TimeUnit.valueOf(p.getLegalTime().unit().name()), p.getLegalTime().amount(),
                        p.getFeeVnd().orElse(null), p.getFeeNote().orElse(null), p.isOnTheSpot(), p.isDemoValues(),
                        p.getDocuments().stream()
                                .map(d -> new ProcedureInfo.Paper(d.name(), d.copies(), d.required())).toList()))
                .toList();
    }

    @Override
    public TicketReceipt issue(String serviceCode, Priority priority) {
        // The ticket commits here, before any printing: a printer failure must never cost the visitor their number.
        // The paired kiosk's name: the broker watch and the burst limit count tickets per kiosk.
        String kiosk = CurrentActor.screenDevice().map(DeviceIdentity::name).orElse(null);
        IssuedTicket issued;
        try {
            issued = issueTicket.issue(serviceCode, PriorityCategory.valueOf(priority.name()), kiosk);
        } catch (Refusal refused) {
            // A service retired while the visitor chose the priority is said in words, like the burst limit.
            if (!refused.messageKey().equals("problem.kiosk.burst")
                    && !refused.messageKey().equals("problem.service.retired")) {
                throw refused;
            }
            throw new TicketRefused(translations.getTranslation(refused.messageKey(), UI.getCurrent().getLocale(),
                    refused.args()));
        }
        Ticket ticket = issued.ticket();
        return new TicketReceipt(ticket.getNumber(), ticket.getService().getName(), priority, ticket.getIssuedAt(),
                issued.peopleAhead(), issued.estimatedWait().minutes(), ticket.getTrackingCode(),
                links.trackingUrl(ticket.getTrackingCode()), ticket.getQueueDay(),
                issued.callsFrom() == null ? null : LocalTime.ofInstant(issued.callsFrom(), CenterTime.ZONE));
    }

    @Override
    public PrintResult print(TicketReceipt receipt) {
        // The receipt's own figures, not the queue as it is now: the paper must say what the screen says.
        PrintOutcome outcome = printing.print(new TicketPaper(receipt.number(), receipt.serviceName(),
                PriorityCategory.valueOf(receipt.priority().name()), receipt.issuedAt(), receipt.peopleAhead(),
                receipt.estimatedWaitMinutes(), receipt.trackingUrl(), receipt.ticketDay(), receipt.callsFrom()));
        return new PrintResult(outcome.printed(), outcome.problem());
    }

    @Override
    public FeedbackReceipt sendFeedback(FeedbackTopic topic, String text, String contact) {
        Feedback sent;
        try {
            sent = sendFeedback.send(new FeedbackRequest(FeedbackCategory.valueOf(topic.name()), text, contact,
                    FeedbackChannel.KIOSK, null, null));
        } catch (Refusal refused) {
            throw new KioskRefusal(refused.messageKey(), refused.getMessage(), refused.args());
        }
        return new FeedbackReceipt(sent.getCode(), sent.getAnswerDueAt(), links.feedbackUrl(sent.getCode()),
                sent.getKind() == FeedbackKind.DENUNCIATION);
    }

    @Override
    public Duration idleTimeout() {
        return idleTimeout;
    }

    @Override
    public void follow(com.vaadin.flow.component.Component view, Runnable refresh) {
        // The center's name and hotline are drawn once; a kiosk that runs for weeks shows new ones by reloading.
        live.redrawWhileAttached(view, PostedContactsChanged.class, changed -> true,
                () -> view.getUI().ifPresent(ui -> ui.getPage().reload()));
        live.redrawWhileAttached(view, QueueEvent.class, WaitingCounts::change, refresh);
        // An admin's new, renamed or retired service shows at once, not at the next ticket.
        live.redrawWhileAttached(view, CatalogueChanged.class, changed -> true, refresh);
    }

    /**
     * Wakes on the boards' one-second beat, but only once the moment the hours may change (opening, closing,
     * midnight) has come, and at once when the administrator changes the next-day setting; a calendar edit shows
     * at the next of those moments.
     */
    @Override
    public void followHours(com.vaadin.flow.component.Component view, Runnable refresh) {
        AtomicReference<Instant> changesAt = new AtomicReference<>(issuingHours.now().changesAt());
        live.redrawWhileAttached(view, BoardTicker.Beat.class, beat -> {
            if (beat.at().isBefore(changesAt.get())) {
                return false;
            }
            changesAt.set(live.sharedRead(Issuing.class, issuingHours::now).changesAt());
            return true;
        }, refresh);
        live.redrawWhileAttached(view, CenterSettings.NextDayTicketsChanged.class, changed -> true, refresh);
    }
}
