package vn.motcua.screens.report;

/**
 * Every report screen the hub links, in the order a manager reads them. A screen still being built (the monthly,
 * quarterly, targets and rankings reports) is listed here already: the hub shows a link once its route exists, so
 * merging the screen is all it takes to switch its link on, and no link ever leads nowhere.
 */
enum ReportLink {
    DAILY("bao-cao/ngay", "reports.link.daily"),
    WEEKLY("bao-cao/tuan", "reports.link.weekly"),
    MONTHLY("bao-cao/thang", "reports.link.monthly"),
    QUARTERLY("bao-cao/quy", "reports.link.quarterly"),
    INDEX766("bao-cao/chi-so-766", "reports.link.index766"),
    EVALUATIONS("bao-cao/danh-gia-can-bo", "reports.link.evaluations"),
    TARGETS("bao-cao/chi-tieu", "reports.link.targets"),
    RANKINGS("bao-cao/xep-hang", "reports.link.rankings");

    final String route;
    final String textKey;

    ReportLink(String route, String textKey) {
        this.route = route;
        this.textKey = textKey;
    }
}
