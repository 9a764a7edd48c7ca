package vn.motcua.dossier;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.motcua.center.CenterTime;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;

/** The proof of a late-through-own-fault violation in words a reader of the register understands without the ids. */
@Component
class ExplanationEvidence {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(CenterTime.ZONE);
    /** The register's column holds 2000 characters; the officer's own text is what gives way. */
    private static final int MOST = 2000;

    private final Officers officers;

    ExplanationEvidence(Officers officers) {
        this.officers = officers;
    }

    /** "Hồ sơ X hẹn trả ... trễ hạn; giải trình lần n (lỗi của cán bộ): «...»; Y chấp nhận lúc ...". */
    String of(Dossier dossier, DossierLateness lateness, LateExplanation explanation, Handler ruler, Instant at) {
        String who = ruler.officerId().flatMap(officers::find).map(Officer::getFullName)
                .orElse(ruler.actor().name());
        String head = "Hồ sơ " + dossier.getCode() + " hẹn trả " + LOCAL.format(lateness.getDueAt())
                + " trễ hạn; giải trình lần " + explanation.getAttemptNo() + " (lỗi của cán bộ): «";
        String tail = "»; " + who + " chấp nhận lúc " + LOCAL.format(at) + ".";
        String text = explanation.getText();
        int room = MOST - head.length() - tail.length();
        return head + (text.length() <= room ? text : text.substring(0, room - 1) + "…") + tail;
    }
}
