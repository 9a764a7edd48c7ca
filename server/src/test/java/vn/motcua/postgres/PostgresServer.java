package vn.motcua.postgres;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, one per JVM, started on first use and stopped at JVM exit.
 *
 * <p>By default it is a throw-away cluster of the test's own: {@code initdb} into
 * {@code target/postgres/run-<pid>/data}, then {@code pg_ctl start} on a free port of 127.0.0.1 with the
 * Unix socket in the same directory. PostgreSQL refuses to run as root, so when the JVM is root the
 * binaries run as the {@code postgres} OS user ({@code runuser -u postgres --}, else {@code su postgres}),
 * which owns the directory; otherwise they run as the current user. The server keeps PostgreSQL's default
 * durability settings ({@code fsync}, {@code synchronous_commit} on): these tests check correctness under
 * concurrency, and a cluster of a few MB starts in about a second anyway. Only {@code initdb --no-sync}
 * skips flushing the fresh catalog files to disk, which nothing depends on.
 *
 * <p>A JVM-exit hook stops the server ({@code pg_ctl stop -m fast}) and deletes its data; a small detached
 * watchdog stops it too if the JVM dies without running its hooks (kill -9), so no server is left behind.
 *
 * <p>The binaries are looked for in {@code $MOTCUA_TEST_PG_BIN}, {@code /usr/lib/postgresql/<newest>/bin}
 * (Debian), {@code /usr/pgsql-<newest>/bin} (RHEL) and the {@code PATH}; when none is found the test fails
 * and says how to install them. Alternatively {@code MOTCUA_TEST_PG_URL} (a JDBC URL of an existing server's
 * maintenance database), {@code MOTCUA_TEST_PG_USER} and {@code MOTCUA_TEST_PG_PASSWORD} name a server that is
 * already running and a user who may create databases; its test databases are dropped at JVM exit.
 */
public final class PostgresServer {

    private static final String INSTALL_HINT =
            "install postgresql: apt-get install -y postgresql, or run .ci/run";
    private static final String ADMIN_USER = "postgres";
    /** The role the application connects as on the test's own cluster: owner of its database, not superuser. */
    private static final String APP_USER = "motcua";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static PostgresServer instance;

    private final String host;
    private final int port;
    private final String adminDatabase;
    private final String adminUser;
    private final String adminPassword;
    private final String appUser;
    private final String appPassword;
    private final Duration startUp;
    private final AtomicInteger databases = new AtomicInteger();
    private final List<String> created = new CopyOnWriteArrayList<>();

    private PostgresServer(String host, int port, String adminDatabase, String adminUser, String adminPassword,
            String appUser, String appPassword, Duration startUp) {
        this.host = host;
        this.port = port;
        this.adminDatabase = adminDatabase;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.appUser = appUser;
        this.appPassword = appPassword;
        this.startUp = startUp;
    }

    /** The JVM's server, started on the first call. Fails with the reason when PostgreSQL is not available. */
    public static synchronized PostgresServer get() {
        if (instance == null) {
            String url = System.getenv("MOTCUA_TEST_PG_URL");
            instance = url != null && !url.isBlank() ? external(url) : OwnCluster.start();
        }
        return instance;
    }

    /** Creates an empty database owned by the application's role and returns its name. */
    public String createDatabase() {
        String name = "motcua_test_" + databases.incrementAndGet() + "_" + HexFormat.of().toHexDigits(RANDOM.nextInt());
        admin("create database " + name + " owner " + quoteIdent(appUser) + " encoding 'UTF8' template template0");
        created.add(name);
        return name;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String username() {
        return appUser;
    }

    public String password() {
        return appPassword;
    }

    public int port() {
        return port;
    }

    /** How long it took to find or start the server (initdb plus pg_ctl start for the own cluster). */
    public Duration startUp() {
        return startUp;
    }

    void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(adminDatabase), adminUser, adminPassword);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test server on " + host + ":" + port + " refused: " + sql, e);
        }
    }

    private static PostgresServer external(String url) {
        long began = System.nanoTime();
        var matcher = java.util.regex.Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]*).*").matcher(url);
        if (!matcher.matches()) {
            throw new IllegalStateException("MOTCUA_TEST_PG_URL must look like jdbc:postgresql://host:5432/postgres, not " + url);
        }
        String user = Optional.ofNullable(System.getenv("MOTCUA_TEST_PG_USER")).orElse(ADMIN_USER);
        String password = Optional.ofNullable(System.getenv("MOTCUA_TEST_PG_PASSWORD")).orElse("");
        String database = matcher.group(3).isEmpty() ? "postgres" : matcher.group(3);
        try (Connection probe = DriverManager.getConnection(url, user, password)) {
            probe.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL server in MOTCUA_TEST_PG_URL (" + url + ") cannot be reached", e);
        }
        PostgresServer server = new PostgresServer(matcher.group(1),
                matcher.group(2) == null ? 5432 : Integer.parseInt(matcher.group(2)), database, user, password, user,
                password, Duration.ofNanos(System.nanoTime() - began));
        Runtime.getRuntime().addShutdownHook(new Thread(server::dropCreated, "drop-postgres-test-databases"));
        return server;
    }

    private void dropCreated() {
        for (String name : created) {
            try {
                admin("drop database if exists " + name + " with (force)");
            } catch (RuntimeException e) {
                System.err.println("Could not drop test database " + name + ": " + e.getMessage());
            }
        }
    }

    private static String quoteIdent(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String randomSecret() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The test's own cluster under target/postgres. */
    private static final class OwnCluster {

        private final Path bin;
        private final boolean root;
        private Path runDir;
        private Path data;
        private Path commandLog;
        private Process watchdog;

        private OwnCluster(Path bin, boolean root) {
            this.bin = bin;
            this.root = root;
        }

        static PostgresServer start() {
            Path bin = findBinaries();
            OwnCluster cluster = new OwnCluster(bin, isRoot());
            try {
                return cluster.initAndStart();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the PostgreSQL test cluster with " + bin, e);
            }
        }

        private PostgresServer initAndStart() throws IOException {
            long began = System.nanoTime();
            Path base = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
                    .resolve("target").resolve("postgres");
            Files.createDirectories(base);
            removeStaleRuns(base);
            runDir = prepareRunDir(base.resolve("run-" + ProcessHandle.current().pid()));
            data = runDir.resolve("data");
            commandLog = runDir.resolve("commands.log");
            Path serverLog = runDir.resolve("postgres.log");
            String adminPassword = randomSecret();
            Path passwordFile = runDir.resolve("pwfile");
            Files.writeString(passwordFile, adminPassword + "\n");
            ownByPostgres(passwordFile);
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));

            run(List.of(tool("initdb"), "-D", data.toString(), "-U", ADMIN_USER, "--pwfile=" + passwordFile,
                    "--encoding=UTF8", "--no-locale", "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync"),
                    "initdb");
            Files.delete(passwordFile);
            long initialised = System.nanoTime();

            // The Unix socket path is limited to about 107 bytes; a deep workspace falls back to /tmp.
            Path socketDir = runDir.toString().length() < 80 ? runDir : privateTempDir("motcua-pg-sock-");
            int port = 0;
            for (int attempt = 1; ; attempt++) {
                port = freePort();
                try {
                    run(List.of(tool("pg_ctl"), "-D", data.toString(), "-l", serverLog.toString(), "-w", "-t", "60",
                            "-o", "-p " + port + " -k " + socketDir + " -c listen_addresses=127.0.0.1"
                                    + " -c max_connections=200" + extraOptions(),
                            "start"), "pg_ctl start");
                    break;
                } catch (IllegalStateException e) {
                    if (attempt == 3) {
                        throw new IllegalStateException(e.getMessage() + "\n--- " + serverLog + " ---\n" + tail(serverLog), e);
                    }
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop-postgres-test-cluster"));
            startWatchdog();
            long started = System.nanoTime();

            String appPassword = randomSecret();
            PostgresServer server = new PostgresServer("127.0.0.1", port, "postgres", ADMIN_USER, adminPassword,
                    APP_USER, appPassword, Duration.ofNanos(started - began));
            server.admin("create role " + APP_USER + " login password '" + appPassword + "'");
            System.out.printf("PostgreSQL test cluster (%s) on 127.0.0.1:%d, data in %s: initdb %d ms, start %d ms%s%n",
                    bin, port, data, TimeUnit.NANOSECONDS.toMillis(initialised - began),
                    TimeUnit.NANOSECONDS.toMillis(started - initialised), root ? ", run as OS user postgres" : "");
            return server;
        }

        /** Stops the server and deletes its data; the logs stay in the run directory until the next run. */
        private void stop() {
            if (watchdog != null) {
                watchdog.destroy();
            }
            try {
                run(List.of(tool("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "-t", "30", "stop"), "pg_ctl stop");
                deleteTree(data);
            } catch (RuntimeException | IOException e) {
                System.err.println("Could not stop the PostgreSQL test cluster in " + data + ": " + e.getMessage());
            }
        }

        /** If the JVM dies without its exit hooks, a detached shell notices within a second and stops the server. */
        private void startWatchdog() throws IOException {
            String stop = String.join(" ", asPostgres(List.of(tool("pg_ctl"), "-D", data.toString(), "-m", "immediate",
                    "stop")).stream().map(OwnCluster::shellQuote).toList());
            String script = "while kill -0 " + ProcessHandle.current().pid() + " 2>/dev/null; do sleep 1; done; "
                    + "if [ -f " + shellQuote(data.resolve("postmaster.pid").toString()) + " ]; then " + stop + "; fi";
            List<String> command = new ArrayList<>();
            if (onPath("setsid")) {
                command.add("setsid"); // its own session: killing the JVM's process group leaves it alive
            }
            command.addAll(List.of("sh", "-c", script));
            watchdog = new ProcessBuilder(command).directory(runDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(commandLog.toFile()))
                    .redirectErrorStream(true).start();
        }

        private void run(List<String> command, String what) {
            List<String> full = asPostgres(command);
            try {
                Files.writeString(commandLog, "$ " + String.join(" ", full) + "\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                Process process = new ProcessBuilder(full).directory(runDir.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(commandLog.toFile()))
                        .redirectErrorStream(true).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(what + " did not finish within 120 s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(what + " failed with exit code " + process.exitValue() + ": "
                            + String.join(" ", full) + "\n--- " + commandLog + " ---\n" + tail(commandLog));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(what + " could not be run: " + String.join(" ", full), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(what + " was interrupted", e);
            }
        }

        /** PostgreSQL refuses to run as root: as root, run the command as the postgres OS user. */
        private List<String> asPostgres(List<String> command) {
            if (!root) {
                return command;
            }
            if (onPath("runuser")) {
                List<String> full = new ArrayList<>(List.of("runuser", "-u", ADMIN_USER, "--"));
                full.addAll(command);
                return full;
            }
            return List.of("su", ADMIN_USER, "-s", "/bin/sh", "-c",
                    String.join(" ", command.stream().map(OwnCluster::shellQuote).toList()));
        }

        /** Further server options for experiments, e.g. {@code -Dmotcua.test.pg.options="-c synchronous_commit=off"}. */
        private static String extraOptions() {
            String options = System.getProperty("motcua.test.pg.options", System.getenv("MOTCUA_TEST_PG_OPTIONS"));
            return options == null || options.isBlank() ? "" : " " + options.trim();
        }

        private String tool(String name) {
            return bin.resolve(name).toString();
        }

        /** The run directory, owned by the user the server runs as; /tmp when that user cannot reach target/. */
        private Path prepareRunDir(Path preferred) throws IOException {
            deleteTree(preferred);
            Files.createDirectories(preferred);
            if (!root) {
                return preferred;
            }
            if (userPostgresMissing()) {
                throw new IllegalStateException("The tests run as root, and PostgreSQL refuses to: they need the OS user"
                        + " 'postgres' to run it as, which the postgresql package creates (" + INSTALL_HINT + ")");
            }
            ownByPostgres(preferred);
            Process probe = new ProcessBuilder(asPostgres(List.of("test", "-w", preferred.toString())))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                if (probe.waitFor() == 0) {
                    return preferred;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            deleteTree(preferred);
            Path fallback = privateTempDir("motcua-pg-");
            ownByPostgres(fallback);
            return fallback;
        }

        private Path privateTempDir(String prefix) throws IOException {
            Path dir = Files.createTempDirectory(prefix);
            if (root) {
                ownByPostgres(dir);
            }
            return dir;
        }

        private void ownByPostgres(Path path) throws IOException {
            if (root) {
                UserPrincipal postgres = FileSystems.getDefault().getUserPrincipalLookupService()
                        .lookupPrincipalByName(ADMIN_USER);
                Files.setOwner(path, postgres);
            }
        }

        private static boolean userPostgresMissing() {
            try {
                FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(ADMIN_USER);
                return false;
            } catch (IOException e) {
                return true;
            }
        }

        /** Run directories of earlier JVMs whose server is no longer running. */
        private static void removeStaleRuns(Path base) throws IOException {
            try (DirectoryStream<Path> runs = Files.newDirectoryStream(base, "run-*")) {
                for (Path run : runs) {
                    Path pidFile = run.resolve("data").resolve("postmaster.pid");
                    if (!Files.exists(pidFile) || !alive(pidFile)) {
                        deleteTree(run);
                    }
                }
            }
        }

        private static boolean alive(Path pidFile) {
            try {
                String first = Files.readAllLines(pidFile).getFirst().trim();
                return ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false);
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        private static void deleteTree(Path root) throws IOException {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }

        private static Path findBinaries() {
            List<Path> candidates = new ArrayList<>();
            String configured = System.getenv("MOTCUA_TEST_PG_BIN");
            if (configured != null && !configured.isBlank()) {
                candidates.add(Path.of(configured));
            }
            candidates.addAll(newestFirst(Path.of("/usr/lib/postgresql"), ""));
            candidates.addAll(newestFirst(Path.of("/usr"), "pgsql-"));
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir));
                }
            }
            return candidates.stream()
                    .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL server binaries (initdb, pg_ctl) found in "
                            + "$MOTCUA_TEST_PG_BIN, /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin or the PATH: "
                            + INSTALL_HINT));
        }

        /** {@code <parent>/<prefix><version>/bin}, the newest version first. */
        private static List<Path> newestFirst(Path parent, String prefix) {
            File[] dirs = parent.toFile().listFiles(file -> file.isDirectory() && file.getName().startsWith(prefix)
                    && file.getName().substring(prefix.length()).matches("\\d+(\\.\\d+)?"));
            if (dirs == null) {
                return List.of();
            }
            return Arrays.stream(dirs)
                    .sorted(Comparator.comparingDouble(
                            (File file) -> Double.parseDouble(file.getName().substring(prefix.length()))).reversed())
                    .map(file -> file.toPath().resolve("bin")).toList();
        }

        private static boolean isRoot() {
            try {
                return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
            } catch (IOException | RuntimeException e) {
                return "root".equals(System.getProperty("user.name"));
            }
        }

        private static boolean onPath(String command) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                    return true;
                }
            }
            return false;
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("No free port for the PostgreSQL test cluster", e);
            }
        }

        private static String tail(Path file) {
            try {
                List<String> lines = Files.readAllLines(file);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }

        private static String shellQuote(String word) {
            return "'" + word.replace("'", "'\\''") + "'";
        }
    }
}
