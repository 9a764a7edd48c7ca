package vn.motcua.screens.kiosk;

import vn.motcua.center.Center;
import vn.motcua.center.Centers;
import vn.motcua.kiosk.CenterInfo;

/** The center as the visitor's screens show it: its name, its hotline and its leaders' hotlines. */
final class CenterInfos {

    private CenterInfos() {
    }

    static CenterInfo of(Centers centers) {
        Center center = centers.profile();
        return new CenterInfo(center.getName(), center.getHotline(), centers.leaders().stream()
                .map(leader -> new CenterInfo.Leader(leader.getTitle(), leader.getFullName(), leader.getPhone()))
                .toList());
    }
}
