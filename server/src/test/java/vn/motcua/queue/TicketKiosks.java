package vn.motcua.queue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Kiosks taking tickets through the REST API of a {@link PackagedServer}, and a phone following one. */
final class TicketKiosks {

    static final String TOKEN = "demo-kiosk";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PackagedServer server;

    TicketKiosks(PackagedServer server) {
        this.server = server;
    }

    /** A ticket the server answered 201 for: from then on it is printed and must exist. */
    record Acknowledged(String serviceCode, String number, String trackingCode) {
    }

    /** What a burst left: the tickets acknowledged, and the SIGKILL's exit status and distance from the ack. */
    record Burst(List<Acknowledged> acknowledged, int exitStatus, long killMicrosAfterAck) {
    }

    /**
     * {@code kiosks} kiosks take tickets of the given services without pause; the kiosk that receives the
     * {@code killAfter}-th acknowledgement kills the server at once. Tickets acknowledged to the other kiosks in
     * flight at that moment count too: they were answered 201.
     */
    Burst issueUntilKilled(int kiosks, int killAfter, List<String> services) throws InterruptedException {
        List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger count = new AtomicInteger();
        AtomicInteger exit = new AtomicInteger(-1);
        AtomicLong killMicros = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(kiosks);
        for (int k = 0; k < kiosks; k++) {
            String service = services.get(k % services.size());
            pool.execute(() -> {
                while (exit.get() < 0) {
                    Optional<Acknowledged> ticket;
                    try {
                        ticket = issue(service);
                    } catch (IOException | RuntimeException gone) {
                        return;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (ticket.isEmpty()) {
                        continue;
                    }
                    long acked = System.nanoTime();
                    acknowledged.add(ticket.get());
                    if (count.incrementAndGet() == killAfter) {
                        killMicros.set(killNow(exit, acked));
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The kiosks did not stop");
        }
        return new Burst(List.copyOf(acknowledged), exit.get(), killMicros.get());
    }

    private long killNow(AtomicInteger exit, long ackedAt) {
        try {
            long micros = (System.nanoTime() - ackedAt) / 1000;
            exit.set(server.kill());
            return micros;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One ticket; empty when the server answered anything but 201 (it then used no number). */
    Optional<Acknowledged> issue(String service) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/v1/tickets")).timeout(Duration.ofSeconds(30))
                .header("X-Device-Token", TOKEN).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"serviceCode\":\"" + service + "\"}")).build();
        HttpResponse<String> reply = server.http().send(request, HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 201) {
            return Optional.empty();
        }
        JsonNode ticket = JSON.readTree(reply.body());
        return Optional.of(new Acknowledged(service, ticket.get("number").asString(),
                ticket.get("trackingCode").asString()));
    }

    /** The number the server holds for a tracking code, empty if it does not know the ticket. */
    Optional<String> numberOf(String trackingCode) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/v1/tickets/" + trackingCode))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build();
        HttpResponse<String> reply = server.http().send(request, HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() == 404) {
            return Optional.empty();
        }
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("GET ticket " + trackingCode + " answered " + reply.statusCode());
        }
        return Optional.of(JSON.readTree(reply.body()).get("number").asString());
    }
}
