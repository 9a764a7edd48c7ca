package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.JSON;
import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.center.CenterTime;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackDesk;
import vn.motcua.feedback.FeedbackFigures;
import vn.motcua.feedback.FeedbackReader;
import vn.motcua.feedback.FeedbackState;
import vn.motcua.feedback.SendFeedback;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.security.Accounts;
import vn.motcua.security.SignedInUser;

/**
 * Staff's side of feedback: the desk of what each may handle, hotline calls written down, answers, publication, and
 * the on-time figure of the reports.
 */
@RestController
@Tag(name = ApiDocumentation.FEEDBACK)
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
class FeedbackDeskController {

    private final SendFeedback send;
    private final FeedbackDesk desk;
    private final FeedbackFigures figures;
    private final Officers officers;
    private final CenterTime time;

    FeedbackDeskController(SendFeedback send, FeedbackDesk desk, FeedbackFigures figures, Officers officers,
            CenterTime time) {
        this.send = send;
        this.desk = desk;
        this.figures = figures;
        this.officers = officers;
        this.time = time;
    }

    @GetMapping("/api/v1/feedback")
    @Operation(summary = "The feedback desk (phản ánh, kiến nghị cần xử lý)",
            description = "What the caller may see: feedback of the unit a head heads, all feedback for managers "
                    + "and administrators, the calls an officer recorded; denunciations only for the center's named "
                    + "receiver, or every manager when none is named. The contact only for those who answer it. "
                    + "open=true: unanswered only, soonest deadline first; else all, newest first.")
    @ApiResponse(responseCode = "200", description = "The feedback the caller may see", content = @Content(
            mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = FeedbackCaseView.class))))
    @ApiResponse(responseCode = "400", description = "A malformed parameter",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    List<FeedbackCaseView> list(@Parameter(description = "Unanswered only") @RequestParam(defaultValue = "false")
            boolean open, Principal principal) {
        FeedbackReader reader = reader(principal);
        return desk.list(reader, open).stream().map(each -> view(reader, each)).toList();
    }

    @PostMapping("/api/v1/feedback/hotline")
    @Operation(summary = "Write down a hotline call (ghi nhận phản ánh qua đường dây nóng)",
            description = "The officer who took the call records it, with the same rules as feedback sent by a "
                    + "citizen; the channel is HOTLINE and the record names them. They read it after; the head of "
                    + "the unit or the managers answer it (a denunciation: its receiver).")
    @ApiResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = FeedbackCaseView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, an unknown or missing category, a text not of 5 "
            + "to 2000 characters or a contact over 200",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No ticket or dossier has the code given",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<FeedbackCaseView> hotline(@RequestBody FeedbackIntakeRequest request, Principal principal) {
        SignedInUser officer = user(principal);
        Feedback recorded = send.recordCall(request.as(null), officer);
        return ResponseEntity.created(URI.create("/api/v1/feedback/" + recorded.getCode()))
                .body(view(FeedbackReader.of(officer), recorded));
    }

    @PostMapping("/api/v1/feedback/{code}/answer")
    @Operation(summary = "Answer feedback in writing (trả lời phản ánh)",
            description = "Once. Feedback: the head of the unit it is assigned to or a manager; a denunciation: its "
                    + "receiver. A citizen who left a mobile number is told by SMS that the answer is there (the SMS "
                    + "holds the code and the address, not the answer).")
    @ApiResponse(responseCode = "200", description = "Answered",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = FeedbackCaseView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, or an answer not of 5 to 4000 characters "
            + "(problem.feedback.answer-text)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not staff, or one who reads it but does not answer it "
            + "(problem.feedback.not-yours)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No feedback the caller may see has this code "
            + "(problem.feedback.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Answered already (problem.feedback.answered)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    FeedbackCaseView answer(@PathVariable String code, @RequestBody FeedbackAnswerRequest request,
            Principal principal) {
        FeedbackReader reader = reader(principal);
        return view(reader, desk.answer(reader, code, request.text()));
    }

    @PostMapping("/api/v1/feedback/{code}/assignment")
    @Operation(summary = "Assign feedback to a unit (giao phản ánh cho bộ phận xử lý)",
            description = "A manager assigns unanswered feedback to the unit concerned, or moves it to another: "
                    + "feedback from the kiosk or the hall's QR code names no ticket, dossier or officer and is with no "
                    + "unit until then. The unit's head then reads and answers it. Never a denunciation. The answer deadline does "
                    + "not change. Audited with the old and the new unit.")
    @ApiResponse(responseCode = "200", description = "Assigned",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = FeedbackCaseView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, no unit code (problem.feedback.unit-missing) or "
            + "a note over 500 characters (problem.feedback.assign-note)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a manager (problem.feedback.assign-managers)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No feedback the caller may see has this code "
            + "(problem.feedback.unknown), or no unit has the code given (problem.feedback.unit-unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "A denunciation (problem.feedback.denunciation-unassigned), "
            + "answered already (problem.feedback.answered) or with that unit already "
            + "(problem.feedback.assigned-already)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    FeedbackCaseView assign(@PathVariable String code, @RequestBody FeedbackAssignmentRequest request,
            Principal principal) {
        FeedbackReader reader = reader(principal);
        if (request.unitCode() == null || request.unitCode().isBlank()) {
            throw new Refusal("problem.feedback.unit-missing", "The unit's code is missing");
        }
        String unitCode = request.unitCode().strip();
        Unit unit = officers.units().stream().filter(each -> each.getCode().equalsIgnoreCase(unitCode)).findFirst()
                .orElseThrow(() -> new Refusal("problem.feedback.unit-unknown", "No unit " + unitCode));
        return view(reader, desk.assign(reader, code, unit.getId(), request.note()));
    }

    @PostMapping("/api/v1/feedback/{code}/publication")
    @Operation(summary = "Publish the answer (công khai trả lời)",
            description = "Feedback only, once answered, by the head of its unit or a manager: the question and "
                    + "answer as a person rewrote them without personal data. A text still holding something like a "
                    + "phone number (nine digits or more, spaces and dots ignored) or an ID number is refused.")
    @ApiResponse(responseCode = "200", description = "Published",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = FeedbackCaseView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, texts not of 5 to 2000 (question) or 4000 "
            + "(answer) characters (problem.feedback.publication-text), or personal data in them "
            + "(problem.feedback.personal-data)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a head of unit, manager or administrator, or not the head "
            + "of its unit (problem.feedback.not-yours)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No feedback the caller may see has this code "
            + "(problem.feedback.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "A denunciation (problem.feedback.denunciation-private), not "
            + "answered yet (problem.feedback.not-answered) or published already (problem.feedback.published)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    FeedbackCaseView publish(@PathVariable String code, @RequestBody FeedbackPublicationRequest request,
            Principal principal) {
        FeedbackReader reader = reader(principal);
        return view(reader, desk.publish(reader, code, request.question(), request.answer()));
    }

    @GetMapping("/api/v1/reports/feedback")
    @Operation(summary = "Feedback answered on time (tỷ lệ phản ánh được trả lời đúng hạn)",
            description = "Feedback and denunciations whose deadline falls in the period (the center's days, both "
                    + "included) or that were answered in it. Answered by the deadline counts on time; unanswered "
                    + "past it counts late (overdue); still open ones are not yet due. percent is null when nothing "
                    + "was due.")
    @ApiResponse(responseCode = "200", description = "The figure",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = FeedbackOnTimeView.class)))
    @ApiResponse(responseCode = "400", description = "A period missing, malformed, or from after to "
            + "(problem.report.period)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a head of unit, manager or administrator",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    FeedbackOnTimeView onTime(
            @Parameter(description = "First day", example = "2026-12-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last day, included", example = "2026-12-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new Refusal("problem.report.period", "A period runs from one day to the same or a later one");
        }
        FeedbackFigures.OnTime figure = figures.onTime(from.atStartOfDay(CenterTime.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(CenterTime.ZONE).toInstant());
        return new FeedbackOnTimeView(from, to, figure.due(), figure.onTime(), figure.open(), figure.overdue(),
                figure.percent());
    }

    private FeedbackCaseView view(FeedbackReader reader, Feedback f) {
        Optional<Officer> officer = f.getOfficerId().flatMap(officers::find);
        Optional<Unit> unit = f.getUnitId().flatMap(officers::unit);
        return new FeedbackCaseView(f.getCode(), f.getKind(), f.getCategory(), FeedbackState.of(f), f.getChannel(),
                f.getText(), desk.mayReadContact(reader, f) ? f.getContact().orElse(null) : null,
                officer.map(Officer::getCode).orElse(null), officer.map(Officer::getFullName).orElse(null),
                unit.map(Unit::getCode).orElse(null), unit.map(Unit::getName).orElse(null),
                f.getRecordedBy().orElse(null), f.getReceivedAt(), f.getAnswerDueAt(),
                CenterLocalTime.of(f.getAnswerDueAt()), f.getAnsweredAt().isEmpty() && !f.onTime(time.now()),
                f.getWarnedAt().orElse(null), f.getAnswer().orElse(null), f.getAnsweredBy().orElse(null),
                f.getAnsweredAt().orElse(null), f.getPublishedQuestion().orElse(null),
                f.getPublishedAnswer().orElse(null), f.getPublishedAt().orElse(null));
    }

    private static FeedbackReader reader(Principal principal) {
        return FeedbackReader.of(user(principal));
    }

    private static SignedInUser user(Principal principal) {
        return Accounts.of(principal).orElseThrow(() -> new Refusal("problem.auth.forbidden",
                "Feedback is handled by staff"));
    }
}
