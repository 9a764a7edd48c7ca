package vn.motcua.counter;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import vn.motcua.counter.CounterPort.CalledTicket;
import vn.motcua.counter.CounterPort.HallStatus;
import vn.motcua.counter.CounterPort.ServiceQueue;

/** The hall board: the last calls with their counters, the newest highlighted, and who waits per service. */
@Route("display/hall")
@StyleSheet("styles/counter.css")
public class HallDisplayView extends Div implements HasDynamicTitle {

    private final CounterPort port;
    private final Div calls = new Div();
    private final Div queues = new Div();

    public HallDisplayView(CounterPort port) {
        this.port = port;
        addClassName("hall");
        calls.addClassName("hall-calls");
        queues.addClassName("hall-queues");
        Div columns = new Div(calls, queues);
        columns.addClassName("hall-columns");
        add(new H1(port.centerName()), columns);
        LiveRefresh.bind(this, port, this::render);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("display.hall.title");
    }

    private void render() {
        HallStatus hall = port.hall();
        calls.removeAll();
        calls.add(new H2(getTranslation("display.hall.calls")));
        List<CalledTicket> lastCalls = hall.lastCalls();
        if (lastCalls.isEmpty()) {
            calls.add(new Span(getTranslation("display.hall.no-calls")));
        }
        for (int i = 0; i < lastCalls.size(); i++) {
            CalledTicket call = lastCalls.get(i);
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
    }
}
