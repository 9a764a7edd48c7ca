package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.JSON;
import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.center.CenterTime;
import vn.motcua.i18n.Refusal;
import vn.motcua.i18n.Translations;
import vn.motcua.security.Accounts;
import vn.motcua.security.SignedInUser;
import vn.motcua.watch.BrokerSignal;
import vn.motcua.watch.BrokerSignals;
import vn.motcua.watch.WatchAction;
import vn.motcua.watch.WatchActions;

/** The broker watch (cò giấy tờ): managers and the police liaison read it, audited; managers record actions. */
@RestController
@RequestMapping("/api/v1/watch")
@Tag(name = ApiDocumentation.DOSSIERS)
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
class WatchController {

    private final BrokerSignals signals;
    private final WatchActions actions;
    private final CenterTime time;
    private final Translations translations;

    WatchController(BrokerSignals signals, WatchActions actions, CenterTime time, Translations translations) {
        this.signals = signals;
        this.actions = actions;
        this.time = time;
        this.translations = translations;
    }

    @GetMapping
    @Operation(summary = "The broker watch (theo dõi cò giấy tờ)",
            description = "Signals found over the center's last WATCH_DAYS days, each with the figure against the "
                    + "center's threshold, why in words, the tickets and dossiers behind it and the actions taken. "
                    + "Managers and the police liaison only; every read is on the audit trail (personal data).")
    @ApiResponse(responseCode = "200", description = "The signals",
            content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = WatchSignalView.class))))
    @ApiResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Neither a manager nor the police liaison",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    List<WatchSignalView> list(Principal principal) {
        return signals.read(person(principal), "/api/v1/watch", time.now()).stream().map(this::view).toList();
    }

    @PostMapping("/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an action on a signal (ghi nhận xử lý)",
            description = "A manager records WATCH, WARN or REPORT_TO_POLICE (with a note) on a signal found now; "
                    + "audited, never changed. The police liaison reads only.")
    @ApiResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = WatchSignalView.ActionView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, a field missing, an unknown action, no note for "
            + "REPORT_TO_POLICE (problem.watch.note-missing) or one too long (problem.watch.note-too-long)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a manager",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No signal has this key now (problem.watch.signal-unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "Body is not application/json",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    WatchSignalView.ActionView record(@Valid @RequestBody WatchActionRequest request, Principal principal) {
        return view(actions.record(person(principal), request.signalKey().strip(), request.action(), request.note()));
    }

    private static SignedInUser person(Principal principal) {
        return Accounts.of(principal).orElseThrow(() -> new Refusal("problem.auth.forbidden", "Not a person"));
    }

    private WatchSignalView view(BrokerSignal signal) {
        return new WatchSignalView(signal.kind(), signal.key(), signal.subject(), signal.figure(), signal.threshold(),
                translations.getTranslation(signal.why().key(), Translations.VIETNAMESE, signal.why().args().toArray()),
                signal.evidence().stream().map(e -> new WatchSignalView.EvidenceView(e.source(), e.ref(), e.at(),
                        CenterLocalTime.of(e.at()), e.detail())).toList(),
                signal.actions().stream().map(this::view).toList());
    }

    private WatchSignalView.ActionView view(WatchAction action) {
        return new WatchSignalView.ActionView(action.getSignalKey(), action.getAction(), action.getNote(),
                action.getActedBy(), action.getActedAt(), CenterLocalTime.of(action.getActedAt()));
    }
}
