package vn.motcua.screens.report;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.motcua.center.Centers;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.DossierAlertsChanged;
import vn.motcua.feedback.FollowUps;
import vn.motcua.feedback.FollowUpsChanged;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.LateDossiers;
import vn.motcua.officer.Officers;
import vn.motcua.feedback.FeedbackAlertsChanged;
import vn.motcua.feedback.FeedbackFigures;
import vn.motcua.live.LiveUpdates;
import vn.motcua.queue.QueueEvents.QueueEvent;
import vn.motcua.rating.GiveRating.RatingEvent;
import vn.motcua.report.CounterFigures.CounterNow;
import vn.motcua.report.QueueFigures.QueueNow;
import vn.motcua.report.SatisfactionFigures.SatisfactionToday;
import vn.motcua.report.SatisfactionFigures;
import vn.motcua.report.BoardSettings;
import vn.motcua.report.PublicRankings;
import vn.motcua.report.QueueFigures;
import vn.motcua.report.CounterFigures;
import jakarta.annotation.security.RolesAllowed;

/**
 * The managers' live board: the queue, the counters, today's satisfaction, the late and due-soon dossiers per unit and
 * last month's rankings, one page each (/board/queue, /board/counters, /board/satisfaction, /board/dossiers,
 * /board/rankings), with the day's key figures on top of every page. On a wall TV
 * (/board/tv or /board?tv) the pages take turns in large type, without controls. Every change in the queue
 * reaches it by server push; a beat every second keeps waiting times current and turns the TV's pages.
 */
@RolesAllowed({"MANAGER", "UNIT_HEAD", "ADMIN"})
@Route("board")
@StyleSheet("styles/live-board.css")
@StyleSheet("styles/board-dossiers.css")
@StyleSheet("styles/rankings.css")
public class BoardView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    static final String TV = "tv";
    /** Waits and idle times are shown in minutes: a quiet board is redrawn this often to keep them true. */
    private static final Duration REDRAW = Duration.ofSeconds(10);

    private final QueueFigures queueFigures;
    private final CounterFigures counterFigures;
    private final SatisfactionFigures satisfactionFigures;
    private final BoardSettings settings;
    private final CenterTime time;
    private final String centerName;
    private final LiveUpdates live;
    private final LateDossiers lateDossiers;
    private final Officers officers;
    private final FeedbackFigures feedbackFigures;
    private final FollowUps followUps;
    private final PublicRankings publicRankings;

    // Set on navigation and on render, read by the live updates' thread too.
    private volatile boolean tv;
    private volatile BoardPage chosen = BoardPage.QUEUE;
    private volatile BoardPage shown;
    private volatile Instant drawnAt = Instant.MIN;

    public BoardView(QueueFigures queueFigures, CounterFigures counterFigures, SatisfactionFigures satisfactionFigures,
            BoardSettings settings, CenterTime time, Centers centers, LiveUpdates live, LateDossiers lateDossiers,
            Officers officers, FeedbackFigures feedbackFigures, FollowUps followUps, PublicRankings publicRankings) {
        this.feedbackFigures = feedbackFigures;
        this.queueFigures = queueFigures;
        this.counterFigures = counterFigures;
        this.satisfactionFigures = satisfactionFigures;
        this.settings = settings;
        this.time = time;
        this.centerName = centers.profile().getName();
        this.live = live;
        this.lateDossiers = lateDossiers;
        this.officers = officers;
        this.followUps = followUps;
        this.publicRankings = publicRankings;
        addClassName("live-board");
        live.redrawWhileAttached(this, QueueEvent.class, event -> true, this::render);
        live.redrawWhileAttached(this, RatingEvent.class, event -> true, this::render);
        live.redrawWhileAttached(this, DossierAlertsChanged.class, event -> true, this::render);
        live.redrawWhileAttached(this, FeedbackAlertsChanged.class, event -> true, this::render);
        live.redrawWhileAttached(this, FollowUpsChanged.class, event -> true, this::render);
        live.redrawWhileAttached(this, BoardTicker.Beat.class, beat -> needsRedraw(beat.at()), this::render);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String page) {
        tv = TV.equals(page) || event.getLocation().getQueryParameters().getParameters().containsKey(TV);
        chosen = BoardPage.bySegment(page).orElse(BoardPage.QUEUE);
        setClassName("tv", tv);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title");
    }

    private BoardPage pageAt(Instant now) {
        return tv ? BoardPage.onTv(now, settings.rotate()) : chosen;
    }

    /** Asked on every beat, outside the UI: redraw only when the TV's page turns or the shown times have aged. */
    private boolean needsRedraw(Instant now) {
        return pageAt(now) != shown || !now.isBefore(drawnAt.plus(REDRAW));
    }

    private void render() {
        Instant now = time.now();
        BoardPage page = pageAt(now);
        // Every open board shows the same figures: read once per delivery, however many boards are open.
        QueueNow queue = live.sharedRead(QueueNow.class, queueFigures::now);
        List<CounterNow> counters = live.sharedRead(CounterNow.class, () -> counterFigures.now(queue.waitingPerService()));
        SatisfactionToday satisfaction = live.sharedRead(SatisfactionToday.class, satisfactionFigures::today);

        removeAll();
        add(header(page, now), keyFigures(queue, counters, satisfaction));
        H2 title = new H2(getTranslation(page.titleKey()));
        title.addClassName("board-page-title");
        add(title);
        add(switch (page) {
            case QUEUE -> new QueuePage(queue);
            case COUNTERS -> new CountersPage(counters);
            case SATISFACTION -> new SatisfactionPage(satisfaction,
                    live.sharedRead(FollowUps.Counts.class, followUps::counts), tv);
            case DOSSIERS -> new DossiersPage(live.sharedRead(DossierAlertCounts.class, this::dossierAlerts),
                    live.sharedRead(FeedbackBoardFigures.class, () -> FeedbackBoardFigures.read(feedbackFigures, now)));
            // Kept for minutes by PublicRankings: a finished month does not change from one frame to the next.
            case RANKINGS -> new RankingsPage(publicRankings.month(publicRankings.lastFinished()));
        });
        shown = page;
        drawnAt = now;
    }

    /** Every unit's and the unassigned: the board is the center's, whoever watches it. */
    private DossierAlertCounts dossierAlerts() {
        DossierScope center = DossierScope.everyUnit();
        return DossierAlertCounts.of(officers.units(), lateDossiers.late(center), lateDossiers.dueSoon(center));
    }

    private Header header(BoardPage page, Instant now) {
        H1 center = new H1(centerName);
        Span subtitle = new Span(getTranslation("board.heading"));
        subtitle.addClassName("board-subtitle");
        Div title = new Div(center, subtitle);
        title.addClassName("board-title");

        Span clock = new Span(BoardText.clock(now));
        clock.addClassName("board-clock-time");
        Span date = new Span(DateTimeFormatter.ofPattern("EEEE, dd/MM/yyyy", getLocale())
                .format(now.atZone(CenterTime.ZONE)));
        date.addClassName("board-clock-date");
        Div clockBox = new Div(clock, date);
        clockBox.addClassName("board-clock");

        Header header = new Header(title);
        header.addClassName("board-header");
        if (tv) {
            header.add(pageDots(page));
        } else {
            header.add(navigation(page));
        }
        header.add(clockBox);
        return header;
    }

    private Nav navigation(BoardPage page) {
        Nav nav = new Nav();
        nav.addClassName("board-tabs");
        for (BoardPage each : BoardPage.values()) {
            RouterLink link = new RouterLink(getTranslation(each.titleKey()), BoardView.class, each.segment());
            link.addClassName("board-tab");
            link.setClassName("active", each == page);
            nav.add(link);
        }
        Anchor tvLink = new Anchor("board/" + TV, getTranslation("board.tv"));
        tvLink.addClassNames("board-tab", "board-tab-tv");
        RouterLink scorecard = new RouterLink(getTranslation("board.scorecard"), ScorecardView.class);
        scorecard.addClassNames("board-tab", "board-tab-scorecard");
        nav.add(tvLink, scorecard);
        return nav;
    }

    /** Which page of how many, and the names of all: a passer-by knows what the TV shows and what comes next. */
    private Div pageDots(BoardPage page) {
        Div dots = new Div();
        dots.addClassName("board-dots");
        for (BoardPage each : BoardPage.values()) {
            Span dot = new Span(getTranslation(each.titleKey()));
            dot.addClassName("board-dot");
            dot.setClassName("active", each == page);
            dots.add(dot);
        }
        return dots;
    }

    private Div keyFigures(QueueNow queue, List<CounterNow> counters, SatisfactionToday satisfaction) {
        long over = queue.overTarget();
        long open = counters.stream().filter(CounterNow::open).count();
        Div figures = new Div(
                figure("waiting", getTranslation("board.kpi.waiting"), String.valueOf(queue.waiting()), null),
                figure(over > 0 ? "over-target alert" : "over-target",
                        getTranslation("board.kpi.over-target", queue.targetWait().toMinutes()), String.valueOf(over),
                        null),
                figure("open-counters", getTranslation("board.kpi.open-counters"),
                        getTranslation("board.kpi.open-of", open, counters.size()), null),
                figure("satisfaction " + BoardText.standingClass(satisfaction.center()),
                        getTranslation("board.kpi.satisfaction"),
                        BoardText.percent(this, satisfaction.center().percent()),
                        getTranslation("board.satisfaction.count", satisfaction.center().total())));
        figures.addClassName("board-kpis");
        return figures;
    }

    private static Div figure(String classNames, String label, String value, String note) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("board-kpi-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("board-kpi-value");
        if (classNames.startsWith("satisfaction")) {
            valueSpan.addClassNames("board-percent", classNames.substring(classNames.indexOf(' ') + 1));
        }
        Div figure = new Div(labelSpan, valueSpan);
        if (note != null) {
            Span noteSpan = new Span(note);
            noteSpan.addClassName("board-kpi-note");
            figure.add(noteSpan);
        }
        figure.addClassName("board-kpi");
        for (String className : classNames.split(" ")) {
            figure.addClassName(className);
        }
        return figure;
    }
}
