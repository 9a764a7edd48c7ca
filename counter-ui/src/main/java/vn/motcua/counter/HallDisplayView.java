package vn.motcua.counter;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.counter.HallBoardPort.HallCall;
import vn.motcua.counter.HallBoardPort.HallStatus;
import vn.motcua.counter.HallBoardPort.ServiceQueue;

/**
 * The hall board: the last calls with their counters, the newest highlighted, and who waits per service. Every new
 * call (and every recall) is also announced aloud, in order, by the plain script announcer/announcer.js (loaded at
 * runtime through {@code Page.addJavaScript}, no frontend build): chime, then the sentence, one call at a time. The
 * board announces the calls its port delivers as they are made, never a call that was on it when it opened.
 */
@Route("display/hall")
@StyleSheet("styles/counter.css")
public class HallDisplayView extends Div implements HasDynamicTitle {

    private final HallBoardPort port;
    private final Div calls = new Div();
    private final Div queues = new Div();
    private final Div notice = new Div();
    /** The notice the board runs now; null before the first render. */
    private String shownNotice;
    private final List<Announcement> announced = new ArrayList<>();
    /**
     * The calls on the board when it opened: a call made just before may still be on its way to the board, and is
     * not announced when it arrives.
     */
    private final Set<String> onBoardWhenOpened = new HashSet<>();

    public HallDisplayView(HallBoardPort port) {
        this.port = port;
        addClassName("hall");
        calls.addClassName("hall-calls");
        queues.addClassName("hall-queues");
        // The hotlines and the feedback code sit under the calls: the waiting list keeps its whole column.
        Div callsAndContacts = new Div(calls, new HallContactsBand(port.contacts()));
        callsAndContacts.addClassName("hall-left");
        Div columns = new Div(callsAndContacts, queues);
        columns.addClassName("hall-columns");
        notice.addClassName("hall-notice");
        // Browsers keep audio off until a click on the page; the script hides the button once audio may play.
        // Kiosk-mode deployments start Chromium with --autoplay-policy=no-user-gesture-required: no click needed.
        NativeButton sound = new NativeButton(getTranslation("display.hall.sound-on"));
        sound.addClassName("hall-sound");
        add(new H1(port.centerName()), sound, columns, notice);
        addAttachListener(attach -> attach.getUI().getPage().addJavaScript(ANNOUNCER));
        port.follow(this, this::called, this::render);
        render().lastCalls().forEach(call -> onBoardWhenOpened.add(call.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("display.hall.title");
    }

    static final String ANNOUNCER = "context://announcer/announcer.js";

    /** A call the board asked the browser to announce. */
    public record Announcement(String number, int counterNumber) {
    }

    /** The announcements this board has requested since it opened, oldest first (the last 100). */
    public List<Announcement> announcements() {
        return Collections.unmodifiableList(announced);
    }

    private void called(HallCall call) {
        if (!onBoardWhenOpened.remove(call.id())) {
            announce(call);
        }
        render();
    }

    private HallStatus render() {
        HallStatus hall = port.hall();
        calls.removeAll();
        calls.add(new H2(getTranslation("display.hall.calls")));
        List<HallCall> lastCalls = hall.lastCalls();
        if (lastCalls.isEmpty()) {
            calls.add(new Span(getTranslation("display.hall.no-calls")));
        }
        for (int i = 0; i < lastCalls.size(); i++) {
            HallCall call = lastCalls.get(i);
            Span number = new Span(call.number());
            number.addClassName("hall-number");
            Span arrow = new Span("→");
            Span counter = new Span(getTranslation("display.counter.name", call.counterNumber()));
            counter.addClassName("hall-counter");
            Div row = new Div(number, arrow, counter);
            row.addClassName("hall-call");
            if (i == 0) {
                row.addClassName("newest");
            }
            calls.add(row);
        }
        queues.removeAll();
        queues.add(new H2(getTranslation("display.hall.queues")));
        for (ServiceQueue queue : hall.queues()) {
            Span letter = new Span(queue.letter());
            letter.addClassName("hall-letter");
            Span waiting = new Span(String.valueOf(queue.waiting()));
            waiting.addClassName("hall-waiting");
            Div row = new Div(letter, new Span(queue.serviceName()), waiting);
            row.addClassName("hall-queue");
            queues.add(row);
        }
        renderNotice(hall.notice());
        return hall;
    }

    /**
     * The notice runs along the bottom of the board at the same reading speed whatever its length, and is gone
     * (with the room it takes) when there is none. Re-rendered only when it changes, so the line never jumps back.
     */
    private void renderNotice(Optional<String> text) {
        String shown = text.orElse("");
        if (shown.equals(shownNotice)) {
            return;
        }
        shownNotice = shown;
        notice.removeAll();
        notice.setVisible(text.isPresent());
        getElement().getClassList().set("with-notice", text.isPresent());
        text.ifPresent(line -> {
            Span label = new Span(getTranslation("display.hall.notice"));
            label.addClassName("hall-notice-label");
            Span running = new Span(line);
            running.addClassName("hall-notice-text");
            NoticePace pace = NoticePace.of(line);
            running.getStyle().set("--notice-first", pace.firstPassSeconds() + "s")
                    .set("--notice-loop", pace.loopSeconds() + "s");
            Div track = new Div(running);
            track.addClassName("hall-notice-track");
            notice.add(label, track);
        });
    }

    /**
     * How long the notice takes to cross the board at an even reading pace of about 2.5 character heights a second
     * (4–5 letters): the first pass, from the left edge out, and every later pass, from the right edge in and out.
     * Widths are estimated from the length (a letter is about half its height wide; the track about 36 heights).
     */
    private record NoticePace(long firstPassSeconds, long loopSeconds) {

        private static final double HEIGHTS_PER_SECOND = 2.5;
        private static final double TRACK_HEIGHTS = 36;

        static NoticePace of(String line) {
            double textHeights = line.length() * 0.55;
            return new NoticePace(Math.max(4, Math.round(textHeights / HEIGHTS_PER_SECOND)),
                    Math.max(10, Math.round((textHeights + TRACK_HEIGHTS) / HEIGHTS_PER_SECOND)));
        }
    }

    private void announce(HallCall call) {
        announced.add(new Announcement(call.number(), call.counterNumber()));
        if (announced.size() > 100) {
            announced.removeFirst();
        }
        // The script may still be loading: then the call waits in a list that the script drains when it starts.
        getElement().executeJs("const a = window.motcuaAnnouncer;"
                + " if (a) { a.announce($0, $1); }"
                + " else { (window.motcuaAnnouncerPending = window.motcuaAnnouncerPending || []).push([$0, $1]); }",
                call.number(), call.counterNumber());
    }
}
