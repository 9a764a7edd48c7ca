package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.JSON;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.queue.QueueSnapshot;

/** The services offered at the center, as the kiosk lists them. */
@RestController
@RequestMapping("/api/v1/services")
@Tag(name = ApiDocumentation.SERVICES)
class ServicesController {

    private final Catalogue services;
    private final QueueSnapshot snapshot;

    ServicesController(Catalogue services, QueueSnapshot snapshot) {
        this.services = services;
        this.snapshot = snapshot;
    }

    @GetMapping
    @Operation(summary = "List the services (danh sách dịch vụ)",
            description = "Every service a visitor can take a ticket for, in the kiosk's order, with how many wait "
                    + "for it now and about how long a ticket taken now would wait.")
    @ApiResponse(responseCode = "200", description = "The services",
            content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ServiceView.class))))
    List<ServiceView> services() {
        Map<Long, QueueSnapshot.Waiting> waiting = snapshot.waitingPerService();
        return services.offered().stream()
                .map(service -> {
                    long count = waiting.getOrDefault(service.getId(), QueueSnapshot.Waiting.NOBODY).count();
                    return new ServiceView(service.getCode(), service.getLetter(), service.getName(),
                            service.getField().getName(), count, snapshot.estimatedWait(service, count).minutes());
                })
                .toList();
    }
}
