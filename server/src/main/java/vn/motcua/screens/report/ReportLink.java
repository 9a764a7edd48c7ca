package vn.motcua.screens.report;

/**
 * Every report screen the hub links, in the order a manager reads them. The hub shows a link only when its route
 * exists, so no link ever leads nowhere.
 */
enum ReportLink {
    DAILY("bao-cao/ngay", "reports.link.daily"),
    WEEKLY("bao-cao/tuan", "reports.link.weekly"),
    MONTHLY("bao-cao/thang", "reports.link.monthly"),
    QUARTERLY("bao-cao/quy", "reports.link.quarterly"),
    INDEX766("bao-cao/chi-so-766", "reports.link.index766"),
    EVALUATIONS("bao-cao/danh-gia-can-bo", "reports.link.evaluations"),
    TARGETS("bao-cao/chi-tieu", "reports.link.targets"),
    RANKINGS("bao-cao/xep-hang", "reports.link.rankings"),
    PUBLISHED("cong-khai", "reports.link.published");

    final String route;
    final String textKey;

    ReportLink(String route, String textKey) {
        this.route = route;
        this.textKey = textKey;
    }
}
