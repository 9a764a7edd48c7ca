package vn.motcua.kiosk;

import java.util.List;

/**
 * The center's name, its hotline and its leaders' hotlines in their order: seed 000 wants the leaders' numbers
 * posted publicly, so every kiosk step and the phone page show them.
 */
public record CenterInfo(String name, String hotline, List<Leader> leaders) {

    public CenterInfo {
        leaders = List.copyOf(leaders);
    }

    /** A leader a visitor may call about a problem at the center. */
    public record Leader(String title, String fullName, String phone) {
    }
}
