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
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestAttribute;
import vn.motcua.queue.CounterWork;
import vn.motcua.queue.Seat;
import vn.motcua.queue.Ticket;
import vn.motcua.security.CurrentActor;

/**
 * What an officer does at a counter, one endpoint per button of the console. Only the officer seated at the
 * counter may call these (HTTP Basic), and every call is attributed to them; PUT .../officer seats the caller.
 */
@RestController
@RequestMapping("/api/v1/counters/{counter}")
@Tag(name = ApiDocumentation.COUNTERS)
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
@ApiResponse(responseCode = "400", description = "Malformed JSON, a missing or invalid field, or a counter number "
        + "that is not a number", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "No such counter (or service, officer named in the body)",
        content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
class CountersController {

    /** The request attribute that holds the caller's seat at the counter, once checked. */
    private static final String SEAT = "vn.motcua.api.CountersController.seat";

    private final CounterWork work;

    CountersController(CounterWork work) {
        this.work = work;
    }

    /**
     * Runs before every operation here but the one that seats the caller, and before the body is read, so who
     * calls is answered before what they sent: the caller must be the officer seated at this counter. The seat
     * checked is handed to the operation as a request attribute (which the API's documentation leaves out).
     */
    @ModelAttribute
    void onlyTheSeatedOfficer(@PathVariable int counter, HttpServletRequest request, Principal caller) {
        if (!(request.getRequestURI().endsWith("/officer") && "PUT".equals(request.getMethod()))) {
            request.setAttribute(SEAT, work.seat(counter, CurrentActor.caller(caller)));
        }
    }

    @PostMapping("/call-next")
    @Operation(summary = "Call the next ticket (gọi số tiếp theo)",
            description = "Finishes the ticket the counter is serving, if any, and calls the next one by the "
                    + "center's rules: carried over from an earlier day first, then tickets put back at the front, "
                    + "then priority visitors, then the oldest, within the services of this counter. Refused while "
                    + "the current visitor is only called (problem.ticket.called-not-served): start or finish their "
                    + "service if they came, or recall them and mark them absent.")
    @ApiResponse(responseCode = "200", description = "The ticket called",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TicketView.class)))
    @ApiResponse(responseCode = "204", description = "Nobody waits for this counter", content = @Content)
    @ApiResponse(responseCode = "409", description = "No officer is seated at the counter, or its visitor is only"
            + " called", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<TicketView> callNext(@CounterNumber @PathVariable int counter, @RequestAttribute(SEAT) Seat seat) {
        return work.callNext(seat).map(TicketView::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/call")
    @Operation(summary = "Call a chosen ticket (gọi số theo lựa chọn)",
            description = "Calls a waiting ticket by its number, out of order; the choice is on record. The ticket "
                    + "the counter was serving is finished first; refused while its visitor is only called.")
    @ApiResponse(responseCode = "200", description = "The ticket called",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TicketView.class)))
    @ApiResponse(responseCode = "409", description = "No waiting ticket has this number, no officer is seated, or"
            + " the counter's visitor is only called",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    TicketView callChosen(@CounterNumber @PathVariable int counter, @RequestAttribute(SEAT) Seat seat,
            @Valid @RequestBody CallRequest request) {
        return TicketView.of(work.callChosen(seat, request.ticketNumber().strip()));
    }

    @PostMapping("/recall")
    @Operation(summary = "Call the visitor again (gọi lại)",
            description = "Announces the called ticket again and counts it; after the center's number of recalls the "
                    + "officer may mark the visitor absent.")
    @ApiResponse(responseCode = "200", description = "The ticket, with its recall count",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TicketView.class)))
    @ApiResponse(responseCode = "409", description = "The counter deals with no ticket, or it is already being served",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    TicketView recall(@CounterNumber @PathVariable int counter, @RequestAttribute(SEAT) Seat seat) {
        return TicketView.of(work.recall(seat));
    }

    @PostMapping("/start")
    @Operation(summary = "Start serving (bắt đầu tiếp nhận)",
            description = "The called visitor has arrived at the counter: service time starts now.")
    @ApiResponse(responseCode = "200", description = "The ticket, now SERVING",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TicketView.class)))
    @ApiResponse(responseCode = "409", description = "The counter deals with no called ticket",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    TicketView start(@CounterNumber @PathVariable int counter, @RequestAttribute(SEAT) Seat seat) {
        return TicketView.of(work.startServing(seat));
    }

    @PostMapping("/finish")
    @Operation(summary = "Finish (kết thúc phục vụ)",
            description = "The visitor has been served; the rating pad rates this ticket.")
    @ApiResponse(responseCode = "200", description = "The ticket, now DONE",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TicketView.class)))
    @ApiResponse(responseCode = "409", description = "The counter is not serving any ticket",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    TicketView finish(@CounterNumber @PathVariable int counter, @RequestAttribute(SEAT) Seat seat) {
        return TicketView.of(work.finish(seat));
    }

    @PostMapping("/no-show")
    @Operation(summary = "Mark the visitor absent (vắng mặt)",
            description = "Allowed once the visitor was recalled as often as the center requires. An absent visitor "
                    + "who comes back the same day returns to the front (POST /api/v1/tickets/{trackingCode}/return).")
    @ApiResponse(responseCode = "200", description = "The ticket, now NO_SHOW",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TicketView.class)))
    @ApiResponse(responseCode = "409", description = "Not recalled enough yet, no called ticket, or it is being served",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    TicketView noShow(@CounterNumber @PathVariable int counter, @RequestAttribute(SEAT) Seat seat) {
        return TicketView.of(work.noShow(seat));
    }

    @PostMapping("/hold")
    @Operation(summary = "Hold the ticket (tạm dừng)",
            description = "Puts the current ticket aside with a reason, e.g. the visitor fetches a missing paper; "
                    + "the counter may call others meanwhile and resume it later.")
    @ApiResponse(responseCode = "200", description = "The ticket, now HELD",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TicketView.class)))
    @ApiResponse(responseCode = "409", description = "The counter deals with no ticket",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    TicketView hold(@CounterNumber @PathVariable int counter, @RequestAttribute(SEAT) Seat seat,
            @Valid @RequestBody HoldRequest request) {
        return TicketView.of(work.hold(seat, request.comment()));
    }

    @PostMapping("/resume")
    @Operation(summary = "Resume a held ticket (tiếp tục)",
            description = "Takes back a ticket held at this counter: the one named, or the latest held. The body "
                    + "may be left out.")
    @ApiResponse(responseCode = "200", description = "The ticket, SERVING again",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TicketView.class)))
    @ApiResponse(responseCode = "409", description = "No such held ticket, the counter is busy, or it is closed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    TicketView resume(@CounterNumber @PathVariable int counter, @RequestAttribute(SEAT) Seat seat,
            @Valid @RequestBody(required = false) ResumeRequest request) {
        Optional<String> number = Optional.ofNullable(request).map(ResumeRequest::ticketNumber)
                .map(String::strip).filter(n -> !n.isEmpty());
        return TicketView.of(work.resume(seat, number));
    }

    @PostMapping("/transfer")
    @Operation(summary = "Transfer the ticket (chuyển dịch vụ / chuyển quầy)",
            description = "Sends the current ticket to another service's queue, or to one counter only, at the "
                    + "front: the visitor keeps their number and does not queue again.")
    @ApiResponse(responseCode = "200", description = "The ticket, WAITING at the front of its new queue",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TicketView.class)))
    @ApiResponse(responseCode = "409", description = "The counter deals with no ticket",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    TicketView transfer(@CounterNumber @PathVariable int counter, @RequestAttribute(SEAT) Seat seat,
            @Valid @RequestBody TransferRequest request) {
        String service = request.serviceCode() == null || request.serviceCode().isBlank() ? null
                : request.serviceCode().strip();
        return TicketView.of(work.transfer(seat, service, request.counter(), request.reason()));
    }

    @PostMapping("/walk-in")
    @Operation(summary = "Serve a visitor without a ticket (tiếp nhận trực tiếp)",
            description = "A visitor served at the counter without a kiosk ticket still gets a numbered record, "
                    + "attributed to the officer; it is SERVING at once.")
    @ApiResponse(responseCode = "201", description = "The new ticket, SERVING",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TicketView.class)))
    @ApiResponse(responseCode = "409", description = "The counter is serving another ticket, or it is closed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<TicketView> walkIn(@CounterNumber @PathVariable int counter, @RequestAttribute(SEAT) Seat seat,
            @Valid @RequestBody ServiceRequest request) {
        return created(work.walkIn(seat, request.serviceCode().strip()));
    }

    @PostMapping("/second-service")
    @Operation(summary = "Serve a second service in the same visit (dịch vụ thứ hai)",
            description = "Finishes the current ticket and serves another service for the same visitor at once: they "
                    + "keep the number they hold.")
    @ApiResponse(responseCode = "201", description = "The ticket of the second service, SERVING",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TicketView.class)))
    @ApiResponse(responseCode = "409", description = "The counter deals with no ticket, or it is closed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<TicketView> secondService(@CounterNumber @PathVariable int counter,
            @RequestAttribute(SEAT) Seat seat, @Valid @RequestBody ServiceRequest request) {
        return created(work.secondService(seat, request.serviceCode().strip()));
    }

    @PutMapping("/officer")
    @Operation(summary = "Open the counter for the calling officer (cán bộ vào quầy)",
            description = "What the counter does from now on is attributed to the caller, who must be the officer "
                    + "named in the body. Another officer's open session at this counter is closed, on the record.")
    @ApiResponse(responseCode = "200", description = "The counter and its officer",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = CounterView.class)))
    CounterView seatOfficer(@CounterNumber @PathVariable int counter, @Valid @RequestBody OfficerRequest request,
            Principal caller) {
        return CounterView.of(work.open(counter, request.officerId(), CurrentActor.caller(caller)));
    }

    @DeleteMapping("/officer")
    @Operation(summary = "Close the counter (cán bộ rời quầy)",
            description = "The seated officer leaves; nothing more is attributed to them here.")
    @ApiResponse(responseCode = "200", description = "The counter, now without an officer",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = CounterView.class)))
    CounterView leave(@CounterNumber @PathVariable int counter, @RequestAttribute(SEAT) Seat seat) {
        return CounterView.of(work.close(seat));
    }

    private static ResponseEntity<TicketView> created(Ticket ticket) {
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticket.getTrackingCode()))
                .body(TicketView.of(ticket));
    }

    /** Documents the {counter} path variable once. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(name = "counter", description = "Counter number (số quầy): plain decimal digits", example = "1",
            schema = @Schema(type = "integer", format = "int32", minimum = "0"))
    @interface CounterNumber {
    }
}
