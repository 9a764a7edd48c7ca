package vn.motcua.screens;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.queue.Counter;
import vn.motcua.queue.Counters;

/** Prints the address of every screen once the server is up, so whoever set it up knows where to point each device. */
@Component
class ScreenAddresses {

    private final Counters counters;

    ScreenAddresses(Counters counters) {
        this.counters = counters;
    }

    @EventListener
    void printOnStart(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        List<String> lines = new ArrayList<>();
        lines.add("Start page            " + base + "/");
        lines.add("Kiosk                 " + base + "/kiosk");
        lines.add("Officer console       " + base + "/counter");
        lines.add("Hall board            " + base + "/display/hall");
        lines.add("Managers' live board  " + base + "/board");
        lines.add("Counter devices       " + base + "/devices");
        for (Counter counter : counters.all()) {
            lines.add("Counter " + counter.getNumber() + " display     " + base + "/display/counter/" + counter.getNumber());
            lines.add("Counter " + counter.getNumber() + " rating pad  " + base + "/pad/" + counter.getNumber());
        }
        System.out.println("\n=== Một cửa is running. Screens: ===\n" + String.join("\n", lines) + "\n");
    }
}
