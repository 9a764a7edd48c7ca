package vn.motcua.api;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.security.DemoAccess;

/** A test of the API over real HTTP, each test starting from the demo center's empty morning. */
@ApiTest
abstract class RunningApiTest {

    @LocalServerPort
    int port;
    @Autowired
    QueueTestData data;

    Api api;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
        api = new Api(port).as(this::theRightCaller);
    }

    /**
     * The caller the demo center would have for each request: the kiosk issues tickets, the officer seated at a
     * counter operates it, the director reads reports and imports the province's dossiers. Who may call what is
     * AccessTableTest's subject; the other API tests are about the queue.
     */
    private java.util.Map<String, String> theRightCaller(String method, String path) {
        if (method.equals("POST") && path.startsWith("/api/v1/tickets") && !path.contains("/return")
                && !path.endsWith("/contact")) {
            return Api.device(DemoAccess.KIOSK_TOKEN).headers(method, path);
        }
        if (explanations(path)) {
            return Api.person("CB02", DemoAccess.PASSWORD).headers(method, path);
        }
        if (path.startsWith("/api/v1/evaluations")) {
            // The head of Kinh tế proposes for their officers; the director reads and decides.
            return Api.person(method.equals("POST") && path.contains("/proposal") ? "CB02" : "giamdoc",
                    DemoAccess.PASSWORD).headers(method, path);
        }
        if (feedbackDesk(method, path)) {
            return Api.person("giamdoc", DemoAccess.PASSWORD).headers(method, path);
        }
        if (path.startsWith("/api/v1/reports") || path.startsWith("/api/v1/apologies")
                || path.startsWith("/api/v1/violations") || path.startsWith("/api/v1/watch")
                || path.startsWith("/api/v1/follow-ups")
                || (path.startsWith("/api/v1/dossiers") && !atCounter(method, path))) {
            return Api.person("giamdoc", DemoAccess.PASSWORD).headers(method, path);
        }
        java.util.regex.Matcher counter = COUNTER.matcher(path);
        // At a counter nobody sits at (or that does not exist), an officer still calls: the refusal is the subject.
        String officer = counter.find() ? seatedAt(counter.group(1)).orElse("CB01")
                : path.contains("/return") || atCounter(method, path) ? "CB01" : null;
        return officer == null ? java.util.Map.of() : Api.person(officer, DemoAccess.PASSWORD).headers(method, path);
    }

    /** Dossier work done at a counter from the visit served there: reception, linking a visit, handing back. */
    static boolean atCounter(String method, String path) {
        String bare = path.split("\\?", 2)[0];
        return method.equals("POST") && bare.startsWith("/api/v1/dossiers")
                && (bare.equals("/api/v1/dossiers") || bare.endsWith("/visits") || bare.endsWith("/return"));
    }

    /** Explanations, written and ruled by the head of Kinh tế (an officer too), who may call each of them. */
    static boolean explanations(String path) {
        return path.startsWith("/api/v1/explanations") || path.startsWith("/api/v1/unit-explanations");
    }

    /** Staff's feedback operations, done by the director; sending and following feedback is anyone's, anonymous. */
    static boolean feedbackDesk(String method, String path) {
        String bare = path.split("\\?", 2)[0];
        return method.equals("GET") && bare.equals("/api/v1/feedback") || method.equals("POST")
                && bare.startsWith("/api/v1/feedback/") && (bare.endsWith("/hotline") || bare.endsWith("/answer")
                || bare.endsWith("/publication") || bare.endsWith("/assignment"));
    }

    private static final java.util.regex.Pattern COUNTER = java.util.regex.Pattern.compile("^/api/v1/counters/(\\d+)/");

    private java.util.Optional<String> seatedAt(String counterNumber) {
        if (counterNumber.length() > 9) {
            return java.util.Optional.empty();
        }
        return jdbc.sql("select o.code from counter c join officer o on o.id = c.current_officer_id where c.number = ?")
                .param(Integer.parseInt(counterNumber)).query(String.class).optional();
    }
}
