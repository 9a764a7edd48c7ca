package vn.motcua.screens.center;

import vn.motcua.counter.CounterConsoleView;
import vn.motcua.screens.audit.AuditView;
import vn.motcua.screens.catalogue.ProceduresAdminView;
import vn.motcua.screens.catalogue.ServicesAdminView;
import vn.motcua.screens.counter.CountersAdminView;
import vn.motcua.screens.calendar.CalendarView;
import vn.motcua.screens.device.DevicesView;
import vn.motcua.screens.dossier.ApologiesView;
import vn.motcua.screens.dossier.DossierListView;
import vn.motcua.screens.dossier.ExplanationsView;
import vn.motcua.screens.dossier.ImportView;
import vn.motcua.screens.dossier.OverdueListView;
import vn.motcua.screens.dossier.SupplementRulingsView;
import vn.motcua.screens.dossier.ViolationsView;
import vn.motcua.screens.feedback.FeedbackDeskView;
import vn.motcua.screens.report.BoardView;
import vn.motcua.screens.report.DailyView;
import vn.motcua.screens.report.EvaluationsView;
import vn.motcua.screens.report.FollowUpsView;
import vn.motcua.screens.report.MonthlyReportView;
import vn.motcua.screens.report.QuarterlyReportView;
import vn.motcua.screens.report.ScorecardView;
import vn.motcua.screens.report.TargetsView;
import vn.motcua.screens.report.ReportsHubView;
import vn.motcua.screens.report.WeeklyOverdueView;
import vn.motcua.screens.security.AccountsView;
import vn.motcua.screens.security.DeviceAdminView;
import vn.motcua.screens.watch.WatchView;

/** The staff screens the start page offers, each with the view whose declaration says who may open it. */
enum StaffScreen {
    CONSOLE("/counter", CounterConsoleView.class, "home.console"),
    DOSSIERS("/ho-so", DossierListView.class, "home.dossiers"),
    OVERDUE("/ho-so/qua-han", OverdueListView.class, "home.overdue"),
    RULINGS("/ho-so/bo-sung-lan-sau", SupplementRulingsView.class, "home.rulings"),
    EXPLANATIONS("/ho-so/giai-trinh", ExplanationsView.class, "home.explanations"),
    APOLOGIES("/ho-so/xin-loi", ApologiesView.class, "home.apologies"),
    VIOLATIONS("/vi-pham", ViolationsView.class, "home.violations"),
    FEEDBACK("/phan-anh/xu-ly", FeedbackDeskView.class, "home.feedback"),
    FOLLOW_UPS("/danh-gia/theo-doi", FollowUpsView.class, "home.follow-ups"),
    BOARD("/board", BoardView.class, "home.board"),
    BOARD_TV("/board/tv", BoardView.class, "home.board-tv"),
    SCORECARD("/scorecard", ScorecardView.class, "home.scorecard"),
    EVALUATIONS("/bao-cao/danh-gia-can-bo", EvaluationsView.class, "home.evaluations"),
    INDEX766("/bao-cao/chi-so-766", vn.motcua.screens.report.Index766View.class, "home.index766"),
    REPORTS("/bao-cao", ReportsHubView.class, "home.reports"),
    DAILY("/bao-cao/ngay", DailyView.class, "home.daily"),
    WEEKLY("/bao-cao/tuan", WeeklyOverdueView.class, "home.weekly"),
    MONTHLY("/bao-cao/thang", MonthlyReportView.class, "home.monthly"),
    QUARTERLY("/bao-cao/quy", QuarterlyReportView.class, "home.quarterly"),
    TARGETS("/bao-cao/chi-tieu", TargetsView.class, "home.targets"),
    RANKINGS("/bao-cao/xep-hang", vn.motcua.screens.report.RankingsView.class, "home.rankings"),
    DEVICES("/devices", DevicesView.class, "home.devices"),
    AUDIT("/audit", AuditView.class, "home.audit"),
    PAIRING("/admin/devices", DeviceAdminView.class, "home.pairing"),
    SETUP("/admin/setup", SetupView.class, "home.setup"),
    SETTINGS("/admin/settings", SettingsView.class, "home.settings"),
    ACCOUNTS("/admin/accounts", AccountsView.class, "home.accounts"),
    DUTY("/admin/duty", DutyRosterView.class, "home.duty"),
    SERVICES("/admin/services", ServicesAdminView.class, "home.services-admin"),
    PROCEDURES("/admin/procedures", ProceduresAdminView.class, "home.procedures-admin"),
    COUNTERS("/admin/counters", CountersAdminView.class, "home.counters-admin"),
    CENTER("/admin/center", CenterProfileView.class, "home.center"),
    UNITS("/admin/units", vn.motcua.screens.officer.UnitsView.class, "home.units"),
    OFFICERS("/admin/officers", vn.motcua.screens.officer.OfficersView.class, "home.officers"),
    CALENDAR("/admin/calendar", CalendarView.class, "home.calendar"),
    DEVICE_MAP("/admin/device-map", vn.motcua.screens.device.DeviceMapView.class, "home.device-map"),
    DOSSIER_IMPORT("/admin/dossiers/import", ImportView.class, "home.dossier-import"),
    WATCH("/canh-bao-co", WatchView.class, "home.watch");

    final String address;
    final Class<?> view;
    final String textKey;

    StaffScreen(String address, Class<?> view, String textKey) {
        this.address = address;
        this.view = view;
        this.textKey = textKey;
    }
}
