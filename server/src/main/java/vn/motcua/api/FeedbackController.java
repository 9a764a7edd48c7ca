package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.JSON;
import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.PublicFeedback;
import vn.motcua.feedback.SendFeedback;
import vn.motcua.i18n.Refusal;

/** Citizens' side of feedback: anyone sends it, follows it by its code and reads the published answers. */
@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = ApiDocumentation.FEEDBACK)
class FeedbackController {

    private final SendFeedback send;
    private final PublicFeedback feedback;

    FeedbackController(SendFeedback send, PublicFeedback feedback) {
        this.send = send;
        this.feedback = feedback;
    }

    @PostMapping
    @Operation(summary = "Send feedback (gửi phản ánh, kiến nghị)",
            description = "Anonymous. The answer is due within the center's feedback days (working days on its "
                    + "calendar, the day itself not counted, until closing time of the last). Linked to the ticket or "
                    + "dossier named, it goes to the unit of the officer who served it (or the dossier's unit); else "
                    + "to the center's managers. ASKED_FOR_MONEY is a denunciation: it goes to the center's named "
                    + "receiver or its managers, never to the unit, and is never published. Keep the code: it is the "
                    + "only key to the answer.")
    @ApiResponse(responseCode = "201", description = "Received; Location is the feedback's own address",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = FeedbackReceivedView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, an unknown category (allowedValues lists "
            + "them), no category (problem.feedback.category), a text not of 5 to 2000 characters "
            + "(problem.feedback.text) or a contact over 200 (problem.feedback.contact)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No ticket has this tracking code "
            + "(problem.feedback.ticket-unknown), or no dossier this code (problem.feedback.dossier-unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<FeedbackReceivedView> send(@RequestBody FeedbackIntakeRequest request) {
        FeedbackReceivedView received = FeedbackReceivedView.of(send.send(request.as(FeedbackChannel.API)));
        return ResponseEntity.created(URI.create("/api/v1/feedback/" + received.code())).body(received);
    }

    @GetMapping("/published")
    @Operation(summary = "Published answers (công khai kết quả trả lời phản ánh, kiến nghị)",
            description = "Newest first: the question and answer as a person cleared them of personal data, the "
                    + "category and the dates. Denunciations are never here.")
    @ApiResponse(responseCode = "200", description = "The published answers", content = @Content(mediaType = JSON,
            array = @ArraySchema(schema = @Schema(implementation = PublishedFeedbackView.class))))
    List<PublishedFeedbackView> published() {
        return feedback.published().stream().map(PublishedFeedbackView::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Follow feedback by its code (tra cứu phản ánh)",
            description = "Public: the code is the citizen's key. Where it stands, its dates and the answer once "
                    + "written; never the contact, nor who handled it.")
    @ApiResponse(responseCode = "200", description = "The feedback",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = FeedbackStatusView.class)))
    @ApiResponse(responseCode = "404", description = "No feedback has this code (problem.feedback.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    FeedbackStatusView byCode(@PathVariable String code) {
        return FeedbackStatusView.of(feedback.byCode(code).orElseThrow(() -> new Refusal("problem.feedback.unknown",
                "No feedback " + code)));
    }
}
