package vn.motcua.center;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.ServerTest;
import vn.motcua.queue.Counter;
import vn.motcua.queue.internal.CounterRepository;
import vn.motcua.catalogue.internal.CenterServiceRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.center.internal.CenterRepository;

@ServerTest
class DemoDataTest {

    @Autowired
    CenterRepository centers;
    @Autowired
    CounterRepository counters;
    @Autowired
    CenterServiceRepository services;
    @Autowired
    JdbcClient jdbc;

    @Test
    void demoCenterHasTheRealFieldsWithTheirDiacritics() {
        assertThat(jdbc.sql("select name from service_field order by sort_order").query(String.class).list())
                .containsExactly("Tư pháp – Hộ tịch", "Đất đai", "Xây dựng", "Đăng ký kinh doanh",
                        "Lao động – Thương binh và Xã hội", "Công an");
        assertThat(services.findAll()).extracting(service -> service.getField().getName())
                .contains("Đất đai", "Công an");
    }

    @Test
    void demoCenterHasSixStaffedCountersEachServingSomething() {
        assertThat(counters.findAllByOrderByNumberAsc()).extracting(Counter::getNumber).containsExactly(1, 2, 3, 4, 5, 6);
        for (Counter counter : counters.findAll()) {
            assertThat(counters.servedServiceIds(counter.getId())).as("services of counter %d", counter.getNumber()).isNotEmpty();
        }
    }

    @Test
    void demoCenterPublishesItsNameAndHotline() {
        Center center = centers.profile();
        assertThat(center.getName()).isEqualTo("Trung tâm Phục vụ hành chính công xã Bình Yên");
        assertThat(center.getHotline()).matches("[0-9 ]{10,}");
    }
}
