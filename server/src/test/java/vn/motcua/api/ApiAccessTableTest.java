package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.motcua.audit.Actor;
import vn.motcua.security.DemoAccess;
import vn.motcua.security.DevicePairing;
import vn.motcua.security.DeviceRole;

/**
 * Every REST endpoint against every kind of caller: who gets in (any answer but 401/403) and who is refused.
 * The table must name every endpoint the server has, so a new one cannot slip in without a decision.
 */
class ApiAccessTableTest extends RunningApiTest {

    /** The kinds of caller, as the API sees them. The officer is CB01, seated at counter 1 (the one called). */
    enum Caller {
        ANONYMOUS, KIOSK, COUNTER_DISPLAY, PAD, HALL, OFFICER, OFFICER_ELSEWHERE, UNIT_HEAD, MANAGER, ADMIN, POLICE
    }

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> SEATED_OFFICER = EnumSet.of(Caller.OFFICER);
    private static final Set<Caller> OFFICERS = EnumSet.of(Caller.OFFICER, Caller.OFFICER_ELSEWHERE, Caller.UNIT_HEAD);
    private static final Set<Caller> STAFF = EnumSet.of(Caller.OFFICER, Caller.OFFICER_ELSEWHERE, Caller.UNIT_HEAD,
            Caller.MANAGER, Caller.ADMIN);

    /** "METHOD path-pattern" -> who gets in. */
    private static final Map<String, Set<Caller>> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("GET /api/v1/services", EVERYONE);
        TABLE.put("GET /api/v1/procedures", EVERYONE);
        TABLE.put("GET /api/v1/queue", EVERYONE);
        TABLE.put("GET /api/v1/tickets/{trackingCode}", EVERYONE);
        TABLE.put("POST /api/v1/tickets", EnumSet.of(Caller.KIOSK));
        TABLE.put("POST /api/v1/tickets/{trackingCode}/return", OFFICERS);
        // The tracking code is the visitor's key: whoever holds it leaves or deletes the ticket's phone number.
        TABLE.put("POST /api/v1/tickets/{trackingCode}/contact", EVERYONE);
        TABLE.put("DELETE /api/v1/tickets/{trackingCode}/contact", EVERYONE);
        for (String operation : List.of("call-next", "call", "recall", "start", "finish", "no-show", "hold", "resume",
                "transfer", "walk-in", "second-service")) {
            TABLE.put("POST /api/v1/counters/{counter}/" + operation, SEATED_OFFICER);
        }
        // Any officer may open a counter for themselves; closing it is for the one seated there.
        TABLE.put("PUT /api/v1/counters/{counter}/officer", OFFICERS);
        TABLE.put("DELETE /api/v1/counters/{counter}/officer", SEATED_OFFICER);
        TABLE.put("GET /api/v1/reports/scorecard", EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        // The daily overdue list and the weekly count: a head reads their unit's, managers every unit's.
        for (String report : List.of("overdue", "overdue.pdf", "overdue.xlsx", "overdue-weekly")) {
            TABLE.put("GET /api/v1/reports/" + report, EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        }
        // The 766 index: a head reads their unit's (Index766ApiTest), managers the center's.
        for (String report : List.of("index766", "index766/dossiers", "index766.xlsx", "index766.csv", "index766.pdf")) {
            TABLE.put("GET /api/v1/reports/" + report, EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        }
        // The monthly and quarterly reports and the targets: a head reads their unit's, managers the center's.
        for (String report : List.of("monthly", "quarterly", "targets")) {
            for (String form : List.of("", ".xlsx", ".csv", ".pdf")) {
                TABLE.put("GET /api/v1/reports/" + report + form,
                        EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
            }
        }
        // The daily report (a head sees their unit's officers) and the weekly overdue files (a head their unit's).
        for (String report : List.of("daily", "daily.xlsx", "daily.csv", "daily.pdf", "overdue-weekly.xlsx",
                "overdue-weekly.csv", "overdue-weekly.pdf")) {
            TABLE.put("GET /api/v1/reports/" + report, EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        }
        // Staff mark their scope's dossiers for the 766 index (the unit is checked after: Index766ApiTest).
        TABLE.put("POST /api/v1/dossiers/{code}/marks", STAFF);
        // Any officer gets in; only the one seated at the ticket's counter links (DossierVisitsApiTest).
        TABLE.put("POST /api/v1/dossiers/{code}/visits", OFFICERS);
        TABLE.put("POST /api/v1/dossiers/import", EnumSet.of(Caller.MANAGER, Caller.ADMIN));
        // Staff read dossiers (their own unit's, unless they see every unit); an unknown code answers 404 to all.
        TABLE.put("GET /api/v1/dossiers", STAFF);
        TABLE.put("GET /api/v1/dossiers/{code}", STAFF);
        TABLE.put("GET /api/v1/dossiers/{code}/control-slip", STAFF);
        TABLE.put("GET /api/v1/dossiers/{code}/messages", STAFF);
        // The late and due-soon lists: each staff member their scope's (LateDossiersApiTest).
        TABLE.put("GET /api/v1/dossiers/late", STAFF);
        TABLE.put("GET /api/v1/dossiers/due-soon", STAFF);
        for (String paper : List.of("receipt", "supplement", "refusal", "control-slip", "apology")) {
            TABLE.put("GET /api/v1/dossiers/{code}/" + paper + ".pdf", STAFF);
        }
        // Reception and return are counter work (the seat is checked after: DossierReceptionApiTest); the other
        // steps let in any staff member, whom the dossier's rules then hold to the holder, their head or a manager.
        TABLE.put("POST /api/v1/dossiers", OFFICERS);
        TABLE.put("POST /api/v1/dossiers/{code}/return", OFFICERS);
        TABLE.put("POST /api/v1/dossiers/{code}/hand-off", STAFF);
        TABLE.put("POST /api/v1/dossiers/{code}/supplement", STAFF);
        TABLE.put("POST /api/v1/dossiers/{code}/supplement/received", STAFF);
        TABLE.put("POST /api/v1/dossiers/{code}/result", STAFF);
        TABLE.put("POST /api/v1/dossiers/{code}/supplement/{number}/ruling",
                EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        // Explanations: any staff member reads their list (by role); officers and heads write their own; heads and
        // managers rule (the head only their unit's: ExplanationsApiTest) and read the units' explanations.
        TABLE.put("GET /api/v1/explanations", STAFF);
        TABLE.put("POST /api/v1/explanations", OFFICERS);
        TABLE.put("POST /api/v1/explanations/{id}/ruling", EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        TABLE.put("GET /api/v1/unit-explanations", EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        TABLE.put("POST /api/v1/unit-explanations", EnumSet.of(Caller.UNIT_HEAD));
        // The holder (or who answers for them) drafts an apology; only a leader of the center decides on it.
        TABLE.put("POST /api/v1/dossiers/{code}/apology", STAFF);
        TABLE.put("POST /api/v1/dossiers/{code}/apology/decision", EnumSet.of(Caller.MANAGER, Caller.ADMIN));
        TABLE.put("GET /api/v1/dossiers/{code}/apology", STAFF);
        TABLE.put("GET /api/v1/apologies", STAFF);
        TABLE.put("GET /api/v1/apologies/missing", STAFF);
        // Staff read the register as far as their role reaches; heads and managers record in it (the unit is checked
        // after: ViolationsApiTest).
        TABLE.put("GET /api/v1/violations", STAFF);
        TABLE.put("POST /api/v1/violations", EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        // Anyone sends feedback, follows it by its code and reads the published answers; staff read the desk (as far
        // as their role reaches: FeedbackApiTest), write down hotline calls and answer; heads and managers publish.
        TABLE.put("POST /api/v1/feedback", EVERYONE);
        TABLE.put("GET /api/v1/feedback/{code}", EVERYONE);
        TABLE.put("GET /api/v1/feedback/published", EVERYONE);
        TABLE.put("GET /api/v1/feedback", STAFF);
        TABLE.put("POST /api/v1/feedback/hotline", STAFF);
        TABLE.put("POST /api/v1/feedback/{code}/answer", STAFF);
        TABLE.put("POST /api/v1/feedback/{code}/publication", EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER,
                Caller.ADMIN));
        // Managers assign feedback to a unit (an administrator passes the gate and is refused in words).
        TABLE.put("POST /api/v1/feedback/{code}/assignment", EnumSet.of(Caller.MANAGER, Caller.ADMIN));
        TABLE.put("GET /api/v1/reports/feedback", EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        // The broker watch: managers and the commune police's liaison read it; managers alone act on it.
        TABLE.put("GET /api/v1/watch", EnumSet.of(Caller.MANAGER, Caller.POLICE));
        TABLE.put("POST /api/v1/watch/actions", EnumSet.of(Caller.MANAGER));
        // Follow-ups of dissatisfied ratings: heads (their unit's, checked after: FollowUpsApiTest) and managers.
        TABLE.put("GET /api/v1/follow-ups", EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        TABLE.put("POST /api/v1/follow-ups/{id}/contact", EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        TABLE.put("POST /api/v1/follow-ups/{id}/resolution",
                EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        // The monthly evaluation: staff read (their own, their unit's or all: EvaluationsApiTest), heads and managers
        // propose, managers decide; its files are reports.
        TABLE.put("GET /api/v1/evaluations", STAFF);
        TABLE.put("POST /api/v1/evaluations/{officerCode}/proposal", EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER));
        TABLE.put("POST /api/v1/evaluations/{officerCode}/decision", EnumSet.of(Caller.MANAGER));
        for (String file : List.of("evaluations.xlsx", "evaluations.csv", "evaluations.pdf")) {
            TABLE.put("GET /api/v1/reports/" + file, EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        }
        // Rankings: heads and managers read the whole center's (they compare units); a finished month's are public.
        for (String form : List.of("rankings", "rankings.xlsx", "rankings.csv", "rankings.pdf")) {
            TABLE.put("GET /api/v1/reports/" + form, EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        }
        TABLE.put("GET /api/v1/public/rankings", EVERYONE);
    }

    @Autowired
    DevicePairing pairing;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<Caller, Api.Credentials> credentials = new LinkedHashMap<>();
    private String trackingCode;

    @BeforeEach
    void callers() {
        credentials.put(Caller.ANONYMOUS, Api.Credentials.NONE);
        credentials.put(Caller.KIOSK, Api.device(DemoAccess.KIOSK_TOKEN));
        credentials.put(Caller.COUNTER_DISPLAY, Api.device(pairing.pair(DeviceRole.COUNTER_DISPLAY, 1, "t", Actor.SYSTEM)));
        credentials.put(Caller.PAD, Api.device(pairing.pair(DeviceRole.PAD, 1, "t", Actor.SYSTEM)));
        credentials.put(Caller.HALL, Api.device(pairing.pair(DeviceRole.HALL, null, "t", Actor.SYSTEM)));
        credentials.put(Caller.OFFICER, Api.person("CB01", DemoAccess.PASSWORD));
        credentials.put(Caller.OFFICER_ELSEWHERE, Api.person("CB05", DemoAccess.PASSWORD));
        credentials.put(Caller.UNIT_HEAD, Api.person("CB02", DemoAccess.PASSWORD));
        credentials.put(Caller.MANAGER, Api.person("giamdoc", DemoAccess.PASSWORD));
        credentials.put(Caller.ADMIN, Api.person("admin", DemoAccess.PASSWORD));
        credentials.put(Caller.POLICE, Api.person("congan", DemoAccess.PASSWORD));
        trackingCode = api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}").json().get("trackingCode").asString();
    }

    @Test
    void theTableNamesEveryEndpoint() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/") && !path.equals("/api/**"))
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + path))));

        assertThat(endpoints).isEqualTo(new TreeSet<>(TABLE.keySet()));
    }

    @Test
    void eachCallerGetsInExactlyWhereTheTableSays() {
        List<String> wrong = new ArrayList<>();
        TABLE.forEach((endpoint, allowed) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{counter}", "1")
                    .replace("{trackingCode}", trackingCode).replace("{code}", "NO-SUCH-DOSSIER")
                    .replace("{number}", "2").replace("{id}", "999999").replace("{officerCode}", "CB03");
            for (Caller caller : Caller.values()) {
                Api.Reply reply = new Api(port).as(credentials.get(caller)).send(method, path, "{}", "application/json");
                boolean gotIn = reply.status() != 401 && reply.status() != 403;
                if (gotIn != allowed.contains(caller)) {
                    wrong.add(caller + " " + endpoint + " -> " + reply.status() + " " + reply.body());
                }
            }
        });

        assertThat(wrong).isEmpty();
    }

    @Test
    void aRefusalSaysWhyInVietnamese() {
        Api.Reply anonymous = new Api(port).post("/api/v1/counters/1/call-next");
        Api.Reply display = new Api(port).as(credentials.get(Caller.COUNTER_DISPLAY)).post("/api/v1/tickets",
                "{\"serviceCode\":\"HT-KS\"}");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.json().get("code").asString()).isEqualTo("problem.auth.required");
        assertThat(anonymous.json().get("detail").asString()).startsWith("Cần đăng nhập");
        assertThat(display.status()).isEqualTo(403);
        assertThat(display.json().get("code").asString()).isEqualTo("problem.auth.forbidden");
    }

    @Test
    void aDevicesAuthenticationDoesNotOutliveItsRequest() {
        // Every server thread serves a kiosk's call first; then nobody may issue a ticket without a token.
        Api kiosk = new Api(port).as(Api.device(DemoAccess.KIOSK_TOKEN));
        Api nobody = new Api(port);
        List<Integer> anonymous = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            kiosk.get("/api/v1/services");
            anonymous.add(nobody.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}").status());
        }

        assertThat(anonymous).containsOnly(401);
    }

    @Test
    void anotherApplicationStartedInTheSameJvmDoesNotChangeWhoCalls() {
        // A second Vaadin application replaces Spring Security's static context holder (tests run several):
        // this one must still see its own callers.
        try (var other = new org.springframework.boot.builder.SpringApplicationBuilder(vn.motcua.MotCuaApplication.class)
                .profiles("test").properties("server.port=0", "vaadin.devmode.devTools.enabled=false").run()) {
            assertThat(other.isRunning()).isTrue();
            assertThat(api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}").status()).isEqualTo(201);
            assertThat(api.post("/api/v1/counters/1/call-next").status()).isEqualTo(200);
            assertThat(new Api(port).post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}").status()).isEqualTo(401);
        }
    }

    @Test
    void aRevokedDeviceIsRefusedAtItsNextCall() {
        String token = pairing.pair(DeviceRole.KIOSK, null, "kiosk to revoke", Actor.SYSTEM);
        Api kiosk = new Api(port).as(Api.device(token));
        assertThat(kiosk.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}").status()).isEqualTo(201);

        long id = pairing.devices().stream().filter(d -> d.getName().equals("kiosk to revoke")).findFirst()
                .orElseThrow().getId();
        pairing.revoke(id, Actor.SYSTEM);

        assertThat(kiosk.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}").status()).isEqualTo(401);
    }
}
