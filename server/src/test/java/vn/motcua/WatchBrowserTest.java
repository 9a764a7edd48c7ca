package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.center.CenterTime;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.security.DemoAccess;
import vn.motcua.watch.WatchTestData;

/**
 * The broker watch (/canh-bao-co) in real Chromium: the manager reads a planted broker's signal with its evidence and
 * records a report to the police (refused in words without a note); the police liaison reads the same with no button
 * to act. Each opening is on the audit trail. Screenshots: target/screenshots/e2e-watch-{manager,police}.png.
 */
@BrowserTest
class WatchBrowserTest {

    private static final String CARD = ".watch-signal[data-key='" + WatchTestData.KEY + "']";

    @LocalServerPort
    int port;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock.MutableClock clock;
    @Autowired
    CenterTime time;
    @Autowired
    IssueTicket issueTicket;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @AfterEach
    void noBroker() {
        WatchTestData.clear(jdbc);
        data.startOfDay();
    }

    @Test
    void theManagerActsOnASignalAndThePoliceLiaisonOnlyReadsIt() {
        data.startOfDay();
        clock.set(LocalDateTime.of(2026, 11, 23, 9, 0));
        WatchTestData.plantBroker(jdbc, time.now());
        for (String service : new String[] {"HT-KS", "TP-CT", "DD-GCN", "XD-GP", "KD-HKD"}) {
            issueTicket.issue(service, PriorityCategory.NONE, "Kiosk sảnh");
            clock.advance(Duration.ofSeconds(25));
        }
        long readsBefore = reads();
        try (Browser manager = Browser.start("watch-manager", "http://localhost:" + port, 1366, 900)) {
            manager.signIn("giamdoc", DemoAccess.PASSWORD).open("/canh-bao-co");
            manager.waitForText(By.cssSelector(CARD + " .watch-why"), "Số điện thoại " + WatchTestData.PHONE);
            manager.waitForText(By.cssSelector(CARD + " .watch-figure"), "6 (ngưỡng 5)");
            manager.waitForText(By.cssSelector(".watch-kiosk_burst .watch-why"), "Tại Kiosk sảnh, từ 09:00 ngày 23/11/2026: 5 phiếu cho 5 dịch vụ");
            manager.click(By.cssSelector(CARD + " vaadin-details-summary"));
            manager.waitForText(By.cssSelector(CARD + " .watch-evidence-table"), "Vũ Thị Mơ");

            manager.click(By.cssSelector(CARD + " .watch-act"));
            manager.click(By.xpath("//vaadin-radio-button[normalize-space(.)='Báo công an']"));
            manager.click(By.id("watch-action-save"));
            manager.waitForText(By.id("watch-action-answer"), "Báo công an cần ghi chú nội dung báo.");
            manager.find(By.cssSelector("#watch-action-note textarea")).sendKeys("Chuyển Công an xã xác minh");
            manager.click(By.id("watch-action-save"));
            manager.waitForText(By.cssSelector(CARD + " .watch-actions"), "Báo công an (giamdoc): Chuyển Công an xã");
            manager.screenshot("watch-manager");
        }
        try (Browser police = Browser.start("watch-police", "http://localhost:" + port, 1366, 900)) {
            police.signIn("congan", DemoAccess.PASSWORD).open("/canh-bao-co");
            police.waitForText(By.cssSelector(CARD + " .watch-actions"), "Báo công an (giamdoc)");
            police.waitForPageText("Tài khoản công an chỉ được xem");
            assertThat(police.all(By.className("watch-act"))).isEmpty();
            police.click(By.cssSelector(CARD + " vaadin-details-summary"));
            police.waitForText(By.cssSelector(CARD + " .watch-evidence-table"), "Vũ Thị Mơ");
            police.screenshot("watch-police");
        }
        assertThat(reads()).isEqualTo(readsBefore + 2);
        assertThat(jdbc.sql("select actor from audit_record where action = 'PERSONAL_DATA_READ' order by id desc")
                .query(String.class).list()).startsWith("congan", "giamdoc");
    }

    private long reads() {
        return jdbc.sql("select count(*) from audit_record where action = 'PERSONAL_DATA_READ'").query(Long.class)
                .single();
    }
}
