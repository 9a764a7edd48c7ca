package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.TicketKiosks.Acknowledged;
import vn.motcua.queue.TicketKiosks.Burst;

/**
 * A ticket acknowledged to a kiosk survives kill -9 of the packaged application on its default H2 file database,
 * and the day's numbering never hands out a printed number again. Odd rounds kill the server the moment a kiosk of
 * four concurrent ones gets its acknowledgement; even rounds issue two tickets, leave the database quiet for a
 * second and kill. After each kill the server restarts on the same database, every ticket acknowledged so far must
 * be found under its number, and a new ticket of each service must carry a number never printed before.
 * Three rounds in the suite; {@code ./bench.sh durability} runs twenty ({@code -Dbench=durability}).
 */
class AcknowledgedTicketsSurviveKillIT {

    private static final List<String> SERVICES = List.of("HT-KS", "TP-CT");
    /** A Wednesday morning: the demo center is open, whatever the wall clock says. */
    private static final LocalDateTime OPENING = LocalDateTime.parse("2026-12-02T08:00");
    private static final int KIOSKS = 4;
    private static final int SIGKILL_STATUS = 128 + 9;

    private final List<Acknowledged> alive = new ArrayList<>();
    private final Set<String> printed = new HashSet<>();
    private final List<Integer> exitStatuses = new ArrayList<>();
    private final Random random = new Random();
    private int lost;
    private int reused;

    @Test
    void everyAcknowledgedTicketSurvivesKillNineAndNoPrintedNumberIsIssuedAgain() throws Exception {
        int rounds = Integer.getInteger("durability.rounds", "durability".equals(System.getProperty("bench")) ? 20 : 3);
        Path jar = Path.of(System.getProperty("motcua.jar", "target/motcua.jar"));
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target", "kill-nine")), "db-");
        PackagedServer server = new PackagedServer(jar, directory);
        TicketKiosks kiosks = new TicketKiosks(server);
        System.out.println("DURABILITY BENCHMARK: " + rounds + " rounds of kill -9 on the packaged application, "
                + "H2 file database in " + directory);
        try {
            server.start(OPENING);
            for (int round = 1; round <= rounds; round++) {
                runRound(round, server, kiosks);
            }
        } finally {
            server.stop();
        }
        System.out.printf("RESULT rounds=%d lost=%d reused=%d%n", rounds, lost, reused);
        assertThat(exitStatuses).as("every kill was a SIGKILL").allMatch(status -> status == SIGKILL_STATUS);
        assertThat(lost).as("acknowledged tickets missing after kill -9 (server log: %s)", server.log()).isZero();
        assertThat(reused).as("printed numbers issued again after kill -9").isZero();
    }

    private void runRound(int round, PackagedServer server, TicketKiosks kiosks) throws Exception {
        boolean burst = round % 2 == 1;
        Burst killed = burst ? kiosks.issueUntilKilled(KIOSKS, 5 + random.nextInt(20), SERVICES)
                : quietThenKill(server, kiosks);
        exitStatuses.add(killed.exitStatus());
        server.keepDatabaseAsKilled("round-" + round);
        killed.acknowledged().forEach(this::acknowledged);
        Duration restart = server.start(OPENING.plusMinutes(5L * server.starts()));

        int checked = alive.size();
        int lostNow = 0;
        for (var it = alive.iterator(); it.hasNext();) {
            Acknowledged ticket = it.next();
            if (!kiosks.numberOf(ticket.trackingCode()).equals(Optional.of(ticket.number()))) {
                System.out.println("  lost: " + ticket);
                lostNow++;
                it.remove();
            }
        }
        int reusedNow = 0;
        List<String> next = new ArrayList<>();
        for (String service : SERVICES) {
            Acknowledged ticket = kiosks.issue(service).orElseThrow(
                    () -> new IllegalStateException("The restarted server issued no " + service + " ticket"));
            next.add(ticket.number());
            if (printed.contains(service + " " + ticket.number())) {
                System.out.println("  reused: " + ticket);
                reusedNow++;
            }
            acknowledged(ticket);
        }
        lost += lostNow;
        reused += reusedNow;
        System.out.printf("round %2d %-5s acked=%3d kill=%5d us after ack exit=%d restart=%4.1f s checked=%3d "
                        + "lost=%d next=%s reused=%d%n", round, burst ? "burst" : "quiet", killed.acknowledged().size(),
                killed.killMicrosAfterAck(), killed.exitStatus(), restart.toMillis() / 1000.0, checked, lostNow, next,
                reusedNow);
    }

    /** Two tickets, then a second with nothing happening, then SIGKILL. */
    private static Burst quietThenKill(PackagedServer server, TicketKiosks kiosks) throws Exception {
        List<Acknowledged> acknowledged = new ArrayList<>();
        for (String service : SERVICES) {
            acknowledged.add(kiosks.issue(service).orElseThrow());
        }
        long acked = System.nanoTime();
        Thread.sleep(1000);
        int exit = server.kill();
        return new Burst(acknowledged, exit, (System.nanoTime() - acked) / 1000);
    }

    private void acknowledged(Acknowledged ticket) {
        alive.add(ticket);
        printed.add(ticket.serviceCode() + " " + ticket.number());
    }
}
