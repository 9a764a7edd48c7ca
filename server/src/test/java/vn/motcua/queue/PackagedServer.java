package vn.motcua.queue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The packaged application (server/target/motcua.jar) run as its own OS process, as run.sh runs it: the same JDK
 * (the one running the tests, which test.sh and bench.sh pick as run.sh does), the same JVM options, the packaged
 * settings untouched. Its working directory holds ./data, so the default H2 file database lands there.
 */
final class PackagedServer {

    /** The JVM options of run.sh and deploy/motcua.service. */
    private static final List<String> RUN_SH_OPTIONS = List.of("--enable-native-access=ALL-UNNAMED",
            "-Dfile.encoding=UTF-8", "-XX:MaxGCPauseMillis=50");
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final Path jar;
    private final Path directory;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int port;
    private int starts;

    PackagedServer(Path jar, Path directory) {
        this.jar = jar.toAbsolutePath();
        this.directory = directory.toAbsolutePath();
        if (!Files.isRegularFile(this.jar)) {
            throw new IllegalStateException("No packaged application at " + this.jar + ": run mvn package first");
        }
    }

    /** Starts the jar with the center's clock at {@code clock} on a free port; returns once the API answers. */
    Duration start(LocalDateTime clock) throws IOException, InterruptedException {
        port = freePort();
        starts++;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        var command = new java.util.ArrayList<String>();
        command.add(java.toString());
        command.addAll(RUN_SH_OPTIONS);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--motcua.clock.start=" + clock));
        long begin = System.nanoTime();
        process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        while (!answers()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting (exit " + process.exitValue()
                        + "); see " + log());
            }
            if (System.nanoTime() - begin > START_LIMIT.toNanos()) {
                throw new IllegalStateException("The application did not answer within " + START_LIMIT + "; see " + log());
            }
            Thread.sleep(200);
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** SIGKILL, as kill -9 (Process.destroyForcibly on Linux); returns the exit status, 137 for a SIGKILL. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** Copies the database files as the kill left them, before a restart opens (and recovers) them. */
    void keepDatabaseAsKilled(String name) throws IOException {
        Path copy = Files.createDirectories(directory.resolve("as-killed").resolve(name));
        try (var files = Files.list(directory.resolve("data"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
    }

    /** A normal stop (SIGTERM) at the end of the test. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpClient http() {
        return http;
    }

    Path log() {
        return directory.resolve("server.log");
    }

    int starts() {
        return starts;
    }

    private boolean answers() {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/services")).timeout(Duration.ofSeconds(5))
                    .header("X-Device-Token", TicketKiosks.TOKEN).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
