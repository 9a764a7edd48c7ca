package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.watch.Evidence;
import vn.motcua.watch.SignalKind;
import vn.motcua.watch.WatchActionKind;

/** A broker signal as the API shows it: what, about whom, the figure against the threshold, why, the evidence. */
@Schema(description = "A broker signal (dấu hiệu cò giấy tờ) found in the center's data over the last WATCH_DAYS")
record WatchSignalView(
        @Schema(description = "SHARED_CONTACT: one phone or ID number submitting dossiers for many owners; "
                + "KIOSK_BURST: tickets for different services at one kiosk within minutes; HOARDING: tickets of one "
                + "kiosk and hour never served; PHONE_REUSE: one phone number on tickets or dossiers on many days")
        SignalKind kind,
        @Schema(description = "Stable key (KIND:subject): actions are recorded on it",
                example = "SHARED_CONTACT:phone:0912000111") String key,
        @Schema(description = "Whom or what it is about: phone:number, id:number, kiosk@yyyy-MM-dd HH:mm, or a phone "
                + "number", example = "phone:0912000111") String subject,
        @Schema(description = "The figure measured (owners, services, unserved tickets, days)", example = "6") int figure,
        @Schema(description = "The center's threshold the figure reached", example = "5") int threshold,
        @Schema(description = "Why, in Vietnamese words") String explanation,
        @Schema(description = "The tickets and dossiers behind it, oldest first") List<EvidenceView> evidence,
        @Schema(description = "What managers did about it, newest first") List<ActionView> actions) {

    /** One ticket or dossier behind a signal. */
    @Schema(description = "A ticket (number, service) or dossier (code, owner) behind the signal")
    record EvidenceView(Evidence.Source source, @Schema(example = "B012") String ref, Instant at,
            @Schema(description = "The center's local time") LocalDateTime atLocal,
            @Schema(description = "The ticket's service or the dossier's owner") String detail) {
    }

    /** An action a manager recorded. */
    @Schema(description = "An action recorded on a signal")
    record ActionView(String signalKey, WatchActionKind action, String note, String actedBy, Instant actedAt,
            @Schema(description = "The center's local time") LocalDateTime actedAtLocal) {
    }
}
