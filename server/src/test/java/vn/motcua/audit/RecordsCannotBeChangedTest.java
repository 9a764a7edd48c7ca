package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.support.Repositories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.motcua.ServerTest;
import vn.motcua.queue.TicketEvent;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.rating.Rating;
import vn.motcua.rating.RatingLevel;

/**
 * The accountable records (audit trail, ticket history, ratings) cannot be changed or removed: no repository
 * offers it, a changed entity saved again changes nothing, no endpoint writes them, and no SQL in the
 * application updates or deletes them.
 */
@ServerTest
class RecordsCannotBeChangedTest {

    private static final Set<String> RECORD_TABLES = Set.of("audit_record", "ticket_event", "rating", "rating_reason");
    private static final Pattern CHANGING_SQL = Pattern.compile(
            "(?i)\\b(update|delete\\s+from|truncate\\s+table|drop\\s+table)\\s+(audit_record|ticket_event|rating|rating_reason)\\b");

    @Autowired
    ApplicationContext context;
    @Autowired
    vn.motcua.QueueTestData data;
    @Autowired
    vn.motcua.queue.IssueTicket issueTicket;
    @Autowired
    vn.motcua.queue.CallNextTicket callNext;
    @Autowired
    vn.motcua.queue.ServeTicket serve;
    @Autowired
    vn.motcua.rating.GiveRating giveRating;
    @Autowired
    vn.motcua.rating.internal.RatingRepository ratings;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noRepositoryOfARecordCanUpdateOrDelete() {
        Repositories repositories = new Repositories(context);
        List<String> offending = new ArrayList<>();
        for (Class<?> record : List.of(AuditRecord.class, TicketEvent.class, Rating.class)) {
            Class<?> repository = repositories.getRepositoryInformationFor(record).orElseThrow().getRepositoryInterface();
            if (CrudRepository.class.isAssignableFrom(repository)) {
                offending.add(repository.getSimpleName() + " extends CrudRepository (it has delete)");
            }
            for (Method method : repository.getMethods()) {
                if (method.getName().matches("(?i)(delete|remove|update|set).*") || method.isAnnotationPresent(Modifying.class)) {
                    offending.add(repository.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void savingAChangedRecordAgainChangesNothing() throws ReflectiveOperationException {
        AuditRecord written = trail.record(Actor.user("CB01"), AuditAction.SIGNED_IN, null, "original");
        Field detail = AuditRecord.class.getDeclaredField("detail");
        detail.setAccessible(true);
        detail.set(written, "forged");

        AuditRecordRepository repository = context.getBean(AuditRecordRepository.class);
        repository.save(written);

        assertThat(jdbc.sql("select detail from audit_record where id = ?").param(written.getId())
                .query(String.class).single()).isEqualTo("original");
    }

    @Test
    void aScoreCannotBeChangedAfterTheFact() throws ReflectiveOperationException {
        data.startOfDay();
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        callNext.callNext(1);
        serve.finish(1);
        Rating given = giveRating.rate(1, RatingLevel.UNSATISFIED);
        Field level = Rating.class.getDeclaredField("level");
        level.setAccessible(true);
        level.set(given, RatingLevel.VERY_SATISFIED);

        ratings.saveAndFlush(given);

        assertThat(jdbc.sql("select level from rating where id = ?").param(given.getId()).query(String.class).single())
                .isEqualTo("UNSATISFIED");
    }

    @Test
    void noEndpointWritesTheRecords() {
        Set<String> writing = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getMethodsCondition().getMethods().stream()
                .filter(method -> !method.name().equals("GET") && !method.name().equals("POST"))
                .forEach(method -> info.getPatternValues().forEach(path -> writing.add(method + " " + path))));

        // The only changing verbs are an officer opening and leaving a counter, and a visitor forgetting the phone
        // number they left for their ticket (personal data, not a record): nothing touches a record.
        assertThat(writing).containsExactly("DELETE /api/v1/counters/{counter}/officer",
                "DELETE /api/v1/tickets/{trackingCode}/contact", "PUT /api/v1/counters/{counter}/officer");
    }

    @Test
    void noSqlInTheApplicationUpdatesOrDeletesARecord() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(java|sql)"))
                    .toList()) {
                String text = Files.readString(file);
                var matcher = CHANGING_SQL.matcher(text);
                while (matcher.find()) {
                    found.add(file + ": " + matcher.group());
                }
            }
        }
        assertThat(RECORD_TABLES).isNotEmpty();
        assertThat(found).isEmpty();
    }
}
