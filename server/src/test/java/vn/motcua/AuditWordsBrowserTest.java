package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.audit.Actor;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.CounterSession.ClosedReason;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServeTicket;
import vn.motcua.queue.TicketEventKind;
import vn.motcua.queue.TicketStatus;
import vn.motcua.security.DemoAccess;
import vn.motcua.security.DevicePairing;
import vn.motcua.security.DeviceRole;
import vn.motcua.security.Role;

/**
 * The audit trail in real Chromium reads in words: a ticket served and finished, a counter display paired and
 * revoked, a setting changed; no event kind, status, device kind or role shows as its code.
 */
@BrowserTest
class AuditWordsBrowserTest {

    /** Every code of the enums the audit holds, as a whole word. */
    private static final Pattern RAW_CODE = Pattern.compile("\\b(" + Stream.of(TicketEventKind.values(),
            TicketStatus.values(), DeviceRole.values(), ClosedReason.values(), Role.values())
            .flatMap(Stream::of).map(Enum::name).distinct().collect(Collectors.joining("|")) + ")\\b");

    @LocalServerPort
    int port;
    @Autowired
    QueueTestData data;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    DevicePairing pairing;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @Test
    void theAuditTrailShowsWordsNotCodes() {
        data.startOfDay();
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        serve.startServing(3);
        serve.finish(3);
        String token = pairing.pair(DeviceRole.COUNTER_DISPLAY, 3, "Trên cao quầy 3", Actor.user("admin"));
        pairing.devices().stream().filter(d -> "Trên cao quầy 3".equals(d.getName()) && !d.isRevoked())
                .forEach(d -> pairing.revoke(d.getId(), Actor.user("admin")));
        assertThat(token).isNotBlank();

        try (Browser manager = Browser.start("audit-words", "http://localhost:" + port, 1920, 1080)) {
            manager.signIn("giamdoc", DemoAccess.PASSWORD).open("/audit");
            manager.waitForText(By.id("audit-tickets"), "Kết thúc phục vụ: Đang phục vụ → Đã xong");
            manager.waitForText(By.id("audit-tickets"), "Bắt đầu phục vụ: Đã gọi → Đang phục vụ");
            manager.waitForText(By.id("audit-records"), "Màn hình quầy 3 Trên cao quầy 3");
            String page = manager.find(By.tagName("body")).getText();
            List<String> codes = RAW_CODE.matcher(page).results().map(found -> found.group()).distinct().toList();
            assertThat(codes).as("codes shown on the audit trail").isEmpty();
            manager.screenshot("audit-in-words");
        }
    }
}
