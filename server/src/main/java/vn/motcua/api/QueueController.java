package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.JSON;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.center.CenterTime;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.queue.Counters;
import vn.motcua.queue.QueueSnapshot;
import vn.motcua.queue.Ticket;

/** The live queue as one document, for boards and outside dashboards. */
@RestController
@RequestMapping("/api/v1/queue")
@Tag(name = ApiDocumentation.QUEUE)
class QueueController {

    private final Catalogue services;
    private final Counters counters;
    private final QueueSnapshot snapshot;
    private final CenterTime time;

    QueueController(Catalogue services, Counters counters, QueueSnapshot snapshot,
            CenterTime time) {
        this.services = services;
        this.counters = counters;
        this.snapshot = snapshot;
        this.time = time;
    }

    @GetMapping
    @Operation(summary = "Snapshot of the queue (tình hình hàng chờ)",
            description = "Per service: waiting tickets, the longest wait and the estimate for a new ticket. Per "
                    + "counter: the officer seated, the ticket it deals with and today's calls. And the last calls, "
                    + "as the hall board shows them.")
    @ApiResponse(responseCode = "200", description = "The snapshot",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = QueueView.class)))
    QueueView queue() {
        Instant now = time.now();
        Map<Long, QueueSnapshot.Waiting> waiting = snapshot.waitingPerService();
        List<QueueView.ServiceQueue> perService = services.services().stream()
                .map(service -> {
                    QueueSnapshot.Waiting line = waiting.getOrDefault(service.getId(), QueueSnapshot.Waiting.NOBODY);
                    long count = line.count();
                    long longest = line.longestSince() == null ? 0
                            : Math.max(0, Duration.between(line.longestSince(), now).toMinutes());
                    return new QueueView.ServiceQueue(service.getCode(), service.getLetter(), service.getName(), count,
                            longest, snapshot.estimatedWait(service, count).minutes());
                })
                .toList();
        Map<Long, Long> calls = snapshot.callsPerCounterToday();
        List<QueueView.CounterState> perCounter = counters.all().stream()
                .map(counter -> {
                    Optional<Ticket> current = snapshot.servingAt(counter);
                    return new QueueView.CounterState(counter.getNumber(), counter.getName(),
                            OfficerView.of(counter.getCurrentOfficer()), current.map(Ticket::getNumber).orElse(null),
                            current.map(Ticket::getStatus).orElse(null), calls.getOrDefault(counter.getId(), 0L));
                })
                .toList();
        List<QueueView.LastCall> lastCalls = snapshot.lastCalls().stream()
                .map(ticket -> new QueueView.LastCall(ticket.getNumber(),
                        ticket.getCounter() == null ? null : ticket.getCounter().getNumber(), ticket.getCalledAt(),
                        CenterLocalTime.of(ticket.getCalledAt())))
                .toList();
        return new QueueView(now, CenterLocalTime.of(now), time.today(), perService, perCounter, lastCalls);
    }
}
