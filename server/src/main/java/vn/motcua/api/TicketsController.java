package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.JSON;
import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import vn.motcua.security.CurrentActor;
import vn.motcua.security.DeviceIdentity;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.RouteTicket;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.QueueSnapshot;
import vn.motcua.i18n.Refusal;

/** Taking a ticket, and following it by its tracking code as the phone page does. */
@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = ApiDocumentation.TICKETS)
class TicketsController {

    private final IssueTicket issueTicket;
    private final RouteTicket routeTicket;
    private final QueueSnapshot snapshot;

    TicketsController(IssueTicket issueTicket, RouteTicket routeTicket, QueueSnapshot snapshot) {
        this.issueTicket = issueTicket;
        this.routeTicket = routeTicket;
        this.snapshot = snapshot;
    }

    @PostMapping
    @SecurityRequirement(name = ApiDocumentAnswers.DEVICE_TOKEN)
    @Operation(summary = "Take a ticket (lấy số thứ tự)",
            description = "Issues the next number of the service for today, as the kiosk does. Priority visitors "
                    + "(người cao tuổi, người khuyết tật, phụ nữ mang thai, thương binh) go ahead of the ordinary queue. "
                    + "Before opening on a working day the ticket is for today (callsFromLocal says from when). After "
                    + "closing time or on a day off nothing is issued (409 problem.center.closed, naming the next "
                    + "opening), unless the center allows tickets for the next working day: then ticketDay names it.")
    @ApiResponse(responseCode = "201", description = "Issued; Location is the ticket's tracking address",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = IssuedTicketView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, serviceCode missing or an unknown priority "
            + "(the problem lists the allowed values)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such service",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Outside working hours (code problem.center.closed): the detail "
            + "names the next opening; no number is used. Or, for an ordinary ticket, this kiosk issued tickets for "
            + "more different services within the last minutes than the center allows (problem.kiosk.burst); a "
            + "priority visitor is never refused",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "Body is not application/json",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<IssuedTicketView> issue(@Valid @RequestBody IssueRequest request, Principal principal) {
        String kiosk = CurrentActor.device(principal).map(DeviceIdentity::name).orElse(null);
        IssuedTicketView issued = IssuedTicketView.of(issueTicket.issue(request.serviceCode().strip(),
                request.priority(), kiosk));
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + issued.trackingCode())).body(issued);
    }

    @GetMapping("/{trackingCode}")
    @Operation(summary = "Follow a ticket (theo dõi số thứ tự)",
            description = "What the phone page behind the ticket's QR code shows: status, people ahead, estimated "
                    + "wait and, once called, the counter to go to.")
    @ApiResponse(responseCode = "200", description = "The ticket",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TrackedTicketView.class)))
    @ApiResponse(responseCode = "404", description = "No ticket with this tracking code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    TrackedTicketView track(@Parameter(description = "Tracking code printed in the QR code")
            @PathVariable String trackingCode) {
        return tracked(snapshot.byTrackingCode(trackingCode).orElseThrow(
                () -> new Refusal("problem.ticket.unknown", "Unknown ticket " + trackingCode)));
    }

    @PostMapping("/{trackingCode}/return")
    @SecurityRequirement(name = ApiDocumentAnswers.BASIC)
    @Operation(summary = "An absent visitor returns (quay lại sau khi vắng mặt)",
            description = "A visitor marked absent who comes back the same day goes to the front of their queue "
                    + "with the number they hold.")
    @ApiResponse(responseCode = "200", description = "Back in the queue",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TrackedTicketView.class)))
    @ApiResponse(responseCode = "404", description = "No ticket with this tracking code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The ticket was not marked absent, or it was for another day",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    TrackedTicketView returnAfterNoShow(@Parameter(description = "Tracking code printed in the QR code")
            @PathVariable String trackingCode) {
        return tracked(routeTicket.returnAfterNoShow(trackingCode));
    }

    private TrackedTicketView tracked(Ticket ticket) {
        long ahead = snapshot.peopleAhead(ticket);
        return TrackedTicketView.of(ticket, ahead, snapshot.estimatedWait(ticket.getService(), ahead).minutes());
    }
}
