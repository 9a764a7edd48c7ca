package vn.motcua.queue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.audit.OldAndNew;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.CenterService;
import vn.motcua.i18n.Refusal;

/**
 * The admin adds counters and sets the services each serves in its order of preference (call next takes the first
 * service's tickets first). A counter serves at least one service; its number, which devices are paired by, is fixed.
 */
@Service
public class CounterSetup {

    private final JdbcClient jdbc;
    private final Counters counters;
    private final Catalogue catalogue;
    private final AuditTrail audit;

    CounterSetup(JdbcClient jdbc, Counters counters, Catalogue catalogue, AuditTrail audit) {
        this.jdbc = jdbc;
        this.counters = counters;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** A counter as the admin set it: number, name and the codes of its services, the preferred first. */
    public record CounterDraft(Integer number, String name, List<String> serviceCodes) {
    }

    /** The codes of the services a counter serves, the preferred first. */
    @Transactional(readOnly = true)
    public List<String> serviceCodes(Counter counter) {
        return jdbc.sql("select s.code from counter_service cs join center_service s on s.id = cs.service_id"
                + " where cs.counter_id = ? order by cs.preference").param(counter.getId()).query(String.class).list();
    }

    /** Adds a counter; a number already used, a number below 1, no name or no service is refused. */
    @Transactional
    public void add(CounterDraft draft, Actor by) {
        Integer number = draft.number();
        if (number == null || number < 1 || number > 999) {
            throw new Refusal("problem.counter.number", "A counter number is 1 to 999: " + number);
        }
        if (counters.find(number).isPresent()) {
            throw new Refusal("problem.counter.duplicate", "Counter " + number + " exists", number);
        }
        String name = name(draft.name());
        List<CenterService> services = services(draft.serviceCodes());
        jdbc.sql("insert into counter (number, name) values (?, ?)").params(number, name).update();
        long id = jdbc.sql("select id from counter where number = ?").param(number).query(Long.class).single();
        serve(id, services);
        audit.record(by, AuditAction.COUNTER_ADDED, "counter " + number, new OldAndNew().compare("name", null, name)
                .compare("services", null, codes(services)).text());
    }

    /** Renames the counter with this number or changes its services and their order. */
    @Transactional
    public void change(int number, CounterDraft draft, Actor by) {
        Counter counter = counters.find(number)
                .orElseThrow(() -> new Refusal("problem.counter.unknown", "No counter " + number));
        String name = name(draft.name());
        List<CenterService> services = services(draft.serviceCodes());
        List<String> before = serviceCodes(counter);
        jdbc.sql("update counter set name = ? where id = ?").params(name, counter.getId()).update();
        jdbc.sql("delete from counter_service where counter_id = ?").param(counter.getId()).update();
        serve(counter.getId(), services);
        OldAndNew change = new OldAndNew().compare("name", counter.getName(), name)
                .compare("services", before, codes(services));
        if (change.changed()) {
            audit.record(by, AuditAction.COUNTER_CHANGED, "counter " + number, change.text());
        }
    }

    private void serve(long counterId, List<CenterService> services) {
        for (int i = 0; i < services.size(); i++) {
            jdbc.sql("insert into counter_service (counter_id, service_id, preference) values (?, ?, ?)")
                    .params(counterId, services.get(i).getId(), i + 1).update();
        }
    }

    /** The services by code in the order given, each once; none at all is refused: such a counter could call nobody. */
    private List<CenterService> services(List<String> codes) {
        List<CenterService> services = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes == null ? List.<String>of() : codes)) {
            services.add(catalogue.service(code)
                    .orElseThrow(() -> new Refusal("problem.service.unknown", "Unknown service: " + code)));
        }
        if (services.isEmpty()) {
            throw new Refusal("problem.counter.no-service", "A counter serves at least one service");
        }
        return services;
    }

    private static List<String> codes(List<CenterService> services) {
        return services.stream().map(CenterService::getCode).toList();
    }

    private static String name(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new Refusal("problem.catalogue.name", "A name has 1 to 100 characters");
        }
        return name;
    }
}
