package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;

/**
 * A unit's open dossiers, due soonest first, with 10^5 dossiers in the database: each query of the list walks the
 * index dossier_unit_due in order (H2's plan says so) and the first page comes back in well under the 50 ms goal.
 */
@ServerTest
class DossierListAtScaleTest {

    private static final int DOSSIERS = 100_000;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    DossierList list;

    private long tp;

    @BeforeEach
    void aHundredThousandDossiers() {
        DossierTestData.reset(jdbc);
        clock.set(LocalDateTime.of(2026, 11, 23, 9, 0));
        // Spread over the four units and the ten statuses, due one minute apart from January on; a third held here.
        jdbc.sql("""
                insert into dossier (center_id, code, procedure_code, owner_name, received_at, due_at, status, unit_id,
                    source, tracking_token, holder_officer_id, held_since)
                select 1, 'S-' || x, '1.001193', 'Chủ hồ sơ ' || x,
                    dateadd('MINUTE', x, timestamp with time zone '2026-01-01 08:00:00+07:00'),
                    dateadd('MINUTE', x * 3, timestamp with time zone '2026-01-05 08:00:00+07:00'),
                    casewhen(mod(x, 10) = 0, 'RECEIVING', casewhen(mod(x, 10) = 1, 'RECEIVED',
                    casewhen(mod(x, 10) = 2, 'DENIED', casewhen(mod(x, 10) = 3, 'PROCESSING',
                    casewhen(mod(x, 10) = 4, 'AWAITING_SUPPLEMENT', casewhen(mod(x, 10) = 5, 'PAYING',
                    casewhen(mod(x, 10) = 6, 'WITHDRAWN', casewhen(mod(x, 10) = 7, 'STOPPED',
                    casewhen(mod(x, 10) = 8, 'DONE', 'RETURNED'))))))))),
                    case mod(x, 4) when 0 then (select id from unit where code = 'TP')
                        when 1 then (select id from unit where code = 'KT')
                        when 2 then (select id from unit where code = 'VHXH') else (select id from unit where code = 'CA') end,
                    'PROVINCE', 'scale-' || x,
                    casewhen(mod(x, 3) = 0, (select id from officer where code = 'CB01'), null),
                    casewhen(mod(x, 3) = 0, dateadd('MINUTE', x, timestamp with time zone '2026-01-02 08:00:00+07:00'),
                        null)
                from system_range(1, :n)""").param("n", DOSSIERS).update();
        tp = jdbc.sql("select id from unit where code = 'TP'").query(Long.class).single();
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("delete from dossier where code like 'S-%'").update();
    }

    @Test
    void eachRunWalksTheUnitDueIndexInOrder() {
        String plan = jdbc.sql("""
                explain select d.code, p.name, o.full_name, d.held_since
                from dossier d left join admin_procedure p on p.id = d.procedure_id
                    left join officer o on o.id = d.holder_officer_id
                where d.center_id = 1 and d.unit_id = :unit and d.status = 'PROCESSING'
                  and d.due_at < timestamp with time zone '9999-12-31 00:00:00+00:00'
                order by d.center_id, d.unit_id, d.status, d.due_at limit 51""")
                .param("unit", tp).query(String.class).single();

        assertThat(plan).containsIgnoringCase("DOSSIER_UNIT_DUE").containsIgnoringCase("index sorted");
    }

    @Test
    void theFirstPageOfAUnitsOpenDossiersIsFast() {
        DossierFilter open = DossierFilter.open(DossierScope.unit(tp));
        for (int i = 0; i < 20; i++) {
            list.page(open, 0, 50);
        }
        List<Long> micros = new ArrayList<>();
        List<DossierLine> page = List.of();
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            page = list.page(open, 0, 50);
            micros.add((System.nanoTime() - start) / 1_000);
        }
        micros.sort(null);
        long median = micros.get(micros.size() / 2);
        System.out.println("RESULT dossier_first_page_us=" + median + " (median of 30, " + DOSSIERS + " dossiers)");

        assertThat(page).hasSize(50).allMatch(line -> line.status().isOpen() && tp == line.unitId());
        assertThat(page).isSortedAccordingTo(java.util.Comparator.comparing(DossierLine::dueAt));
        assertThat(page).filteredOn(line -> line.holderName() != null).isNotEmpty()
                .allMatch(line -> line.heldSince() != null && "Nguyễn Thị Hương".equals(line.holderName()));
        assertThat(median).as("median microseconds of the first page").isLessThan(50_000);
    }
}
