package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.queue.TicketContacts;

/** A visitor's phone number for their ticket: the tracking code is their key, as on the phone page. */
@RestController
@RequestMapping("/api/v1/tickets/{trackingCode}/contact")
@Tag(name = ApiDocumentation.TICKETS)
class TicketContactController {

    private final TicketContacts contacts;

    TicketContactController(TicketContacts contacts) {
        this.contacts = contacts;
    }

    @PostMapping
    @Operation(summary = "Text me when my turn is near (nhắn tin khi sắp đến lượt)",
            description = "Keeps the visitor's mobile number for the ticket, only with their consent: when 3 or "
                    + "fewer are ahead of it, one SMS says so. Giving it again replaces the number.")
    @ApiResponse(responseCode = "204", description = "Kept")
    @ApiResponse(responseCode = "400", description = "No consent (problem.contact.consent-missing), not a "
            + "Vietnamese mobile number (problem.contact.phone-invalid), or a malformed body",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No ticket with this tracking code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The ticket no longer waits to be called "
            + "(problem.contact.ticket-finished)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Void> give(@Parameter(description = "Tracking code printed in the QR code")
            @PathVariable String trackingCode, @RequestBody ContactRequest request) {
        contacts.give(trackingCode, request.phone(), request.consent());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping
    @Operation(summary = "Forget my phone number (xoá số điện thoại)",
            description = "Deletes the number kept for the ticket at once; nothing kept is fine.")
    @ApiResponse(responseCode = "204", description = "Forgotten")
    @ApiResponse(responseCode = "404", description = "No ticket with this tracking code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Void> withdraw(@Parameter(description = "Tracking code printed in the QR code")
            @PathVariable String trackingCode) {
        contacts.withdraw(trackingCode);
        return ResponseEntity.noContent().build();
    }
}
