package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.security.DeviceRole;
import vn.motcua.security.ui.LoginView;
import vn.motcua.screens.security.PairingView;

/**
 * Every screen against every kind of caller: who sees it, and where the others are sent (sign-in for staff
 * screens, pairing for device screens). The table must name every route, so no screen is added without a decision.
 */
class ScreenAccessTableTest extends ScreenTest {

    enum Caller {
        ANONYMOUS, KIOSK, COUNTER_DISPLAY, PAD, HALL, OFFICER, UNIT_HEAD, MANAGER, ADMIN, POLICE
    }

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);

    /** Route template -> who sees it. Device screens are tried for counter 1 (the devices are counter 1's). */
    private static final Map<String, Set<Caller>> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("", EVERYONE);
        TABLE.put("login", EVERYONE);
        TABLE.put("pair", EVERYONE);
        TABLE.put("t", EVERYONE);
        TABLE.put("thu-tuc", EVERYONE);
        TABLE.put("hs", EVERYONE);
        TABLE.put("hs/:token", EVERYONE);
        // Feedback: the form, a feedback's own page (by its code) and the published answers are public.
        TABLE.put("phan-anh", EVERYONE);
        TABLE.put("phan-anh/:code", EVERYONE);
        TABLE.put("phan-anh/cong-khai", EVERYONE);
        TABLE.put("phan-anh/xu-ly", EnumSet.of(Caller.OFFICER, Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        TABLE.put("ho-so", EnumSet.of(Caller.OFFICER, Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        TABLE.put("ho-so/:code/kiem-soat", EnumSet.of(Caller.OFFICER, Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        TABLE.put("ho-so/bo-sung-lan-sau", EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        TABLE.put("ho-so/giai-trinh", EnumSet.of(Caller.OFFICER, Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        TABLE.put("ho-so/xin-loi", EnumSet.of(Caller.OFFICER, Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        TABLE.put("vi-pham", EnumSet.of(Caller.OFFICER, Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        // Follow-ups of dissatisfied ratings: heads of unit and the center's leaders, never the officer rated.
        TABLE.put("danh-gia/theo-doi", EnumSet.of(Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        // The daily overdue list: an officer sees their unit's, as a head does; managers every unit's.
        TABLE.put("ho-so/qua-han", EnumSet.of(Caller.OFFICER, Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        TABLE.put("admin/dossiers/import", EnumSet.of(Caller.MANAGER, Caller.ADMIN));
        TABLE.put("admin/duty", EnumSet.of(Caller.ADMIN));
        TABLE.put("admin/setup", EnumSet.of(Caller.ADMIN));
        // The catalogue and the counters (issue 18): the administrator's alone.
        TABLE.put("admin/services", EnumSet.of(Caller.ADMIN));
        TABLE.put("admin/procedures", EnumSet.of(Caller.ADMIN));
        TABLE.put("admin/counters", EnumSet.of(Caller.ADMIN));
        // Issue 18: the center and its leaders, units and heads, officers and their accounts.
        TABLE.put("admin/center", EnumSet.of(Caller.ADMIN));
        TABLE.put("admin/units", EnumSet.of(Caller.ADMIN));
        TABLE.put("admin/officers", EnumSet.of(Caller.ADMIN));
        TABLE.put("admin/calendar", EnumSet.of(Caller.ADMIN));
        TABLE.put("admin/device-map", EnumSet.of(Caller.ADMIN));
        TABLE.put("kiosk", EnumSet.of(Caller.KIOSK));
        TABLE.put("display/hall", EnumSet.of(Caller.HALL));
        TABLE.put("display/counter", EnumSet.of(Caller.COUNTER_DISPLAY));
        TABLE.put("pad", EnumSet.of(Caller.PAD));
        TABLE.put("counter", EnumSet.of(Caller.OFFICER, Caller.UNIT_HEAD));
        TABLE.put("board", EnumSet.of(Caller.MANAGER, Caller.UNIT_HEAD, Caller.ADMIN));
        TABLE.put("scorecard", EnumSet.of(Caller.MANAGER, Caller.UNIT_HEAD, Caller.ADMIN));
        // The monthly evaluation: an officer their own line, a head their unit's, the leaders every unit's.
        TABLE.put("bao-cao/danh-gia-can-bo", EnumSet.of(Caller.OFFICER, Caller.UNIT_HEAD, Caller.MANAGER, Caller.ADMIN));
        // The 766 index and how it is computed: the center's leaders, and a head for their own unit.
        TABLE.put("bao-cao/chi-so-766", EnumSet.of(Caller.MANAGER, Caller.UNIT_HEAD, Caller.ADMIN));
        TABLE.put("bao-cao/chi-so-766/cach-tinh", EnumSet.of(Caller.MANAGER, Caller.UNIT_HEAD, Caller.ADMIN));
        // The monthly and quarterly reports and the targets: the center's leaders, and a head for their own unit.
        TABLE.put("bao-cao/thang", EnumSet.of(Caller.MANAGER, Caller.UNIT_HEAD, Caller.ADMIN));
        TABLE.put("bao-cao/quy", EnumSet.of(Caller.MANAGER, Caller.UNIT_HEAD, Caller.ADMIN));
        TABLE.put("bao-cao/chi-tieu", EnumSet.of(Caller.MANAGER, Caller.UNIT_HEAD, Caller.ADMIN));
        // Rankings: the leaders and heads (they compare units); last month's are public on /cong-khai.
        TABLE.put("bao-cao/xep-hang", EnumSet.of(Caller.MANAGER, Caller.UNIT_HEAD, Caller.ADMIN));
        TABLE.put("cong-khai", EVERYONE);
        // The reports hub, the daily report and the weekly overdue count: the leaders, and a head for their unit.
        TABLE.put("bao-cao", EnumSet.of(Caller.MANAGER, Caller.UNIT_HEAD, Caller.ADMIN));
        TABLE.put("bao-cao/ngay", EnumSet.of(Caller.MANAGER, Caller.UNIT_HEAD, Caller.ADMIN));
        TABLE.put("bao-cao/tuan", EnumSet.of(Caller.MANAGER, Caller.UNIT_HEAD, Caller.ADMIN));
        TABLE.put("devices", EnumSet.of(Caller.MANAGER, Caller.ADMIN));
        TABLE.put("admin/devices", EnumSet.of(Caller.ADMIN));
        TABLE.put("admin/settings", EnumSet.of(Caller.ADMIN));
        TABLE.put("admin/accounts", EnumSet.of(Caller.ADMIN));
        TABLE.put("audit", EnumSet.of(Caller.MANAGER, Caller.ADMIN));
        // The broker watch: managers act on it; the commune police's liaison reads it, and nothing else.
        TABLE.put("canh-bao-co", EnumSet.of(Caller.MANAGER, Caller.POLICE));
    }

    @Autowired
    IssueTicket issueTicket;

    @Test
    void theTableNamesEveryScreen() {
        Set<String> routes = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            routes.add(route.getTemplate().replaceAll("/?:___url_parameter.*", ""));
        }

        assertThat(routes).isEqualTo(new TreeSet<>(TABLE.keySet()));
    }

    @Test
    void eachCallerSeesExactlyWhatTheTableSays() {
        String trackingCode = issueTicket.issue("HT-KS", PriorityCategory.NONE).ticket().getTrackingCode();
        List<String> wrong = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String template = route.getTemplate().replaceAll("/?:___url_parameter.*", "");
            // A required parameter gets a value (the ticket's code, counter 1); an optional one is left out.
            boolean withParameter = !template.equals(route.getTemplate()) && !route.getTemplate().endsWith("?");
            String path = !withParameter ? template : template + "/" + (template.equals("t") ? trackingCode : "1");
            for (Caller caller : Caller.values()) {
                actAs(caller);
                UI.getCurrent().navigate(path);
                Class<?> shown = getCurrentView().getClass();
                boolean allowed = TABLE.getOrDefault(template, Set.of()).contains(caller);
                if (allowed && shown != route.getNavigationTarget()) {
                    wrong.add(caller + " /" + path + " should see it, got " + shown.getSimpleName());
                }
                if (!allowed && shown == route.getNavigationTarget()) {
                    wrong.add(caller + " /" + path + " should be refused");
                }
                if (!allowed && caller == Caller.ANONYMOUS) {
                    Class<?> expected = Set.of("kiosk", "display/hall", "display/counter", "pad").contains(template)
                            ? PairingView.class : LoginView.class;
                    if (shown != expected) {
                        wrong.add("ANONYMOUS /" + path + " should be sent to " + expected.getSimpleName() + ", got "
                                + shown.getSimpleName());
                    }
                }
                callers.anonymous();
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void aCountersDeviceShowsOnlyItsOwnCounter() {
        actAs(Caller.PAD);
        UI.getCurrent().navigate("pad/2");
        assertThat(getCurrentView()).isInstanceOf(PairingView.class);
        UI.getCurrent().navigate("display/counter/1");
        assertThat(getCurrentView()).isInstanceOf(PairingView.class);
        UI.getCurrent().navigate("pad/1");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("PadView");
    }

    private void actAs(Caller caller) {
        switch (caller) {
            case ANONYMOUS -> callers.anonymous();
            case KIOSK -> callers.asDevice(DeviceRole.KIOSK, null);
            case COUNTER_DISPLAY -> callers.asDevice(DeviceRole.COUNTER_DISPLAY, 1);
            case PAD -> callers.asDevice(DeviceRole.PAD, 1);
            case HALL -> callers.asDevice(DeviceRole.HALL, null);
            case OFFICER -> callers.signIn("CB01");
            case UNIT_HEAD -> callers.signIn("CB02");
            case MANAGER -> callers.signIn("giamdoc");
            case ADMIN -> callers.signIn("admin");
            case POLICE -> callers.signIn("congan");
        }
    }
}
