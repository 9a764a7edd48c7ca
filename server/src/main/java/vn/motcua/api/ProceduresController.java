package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.JSON;
import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.Procedure;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;

/** The public catalogue of administrative procedures (seed 002: every procedure published). */
@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = ProceduresController.TAG, description = "The public catalogue: papers, fees and legal times")
class ProceduresController {

    static final String TAG = "Procedures (thủ tục hành chính)";

    private final Catalogue catalogue;
    private final Officers officers;

    ProceduresController(Catalogue catalogue, Officers officers) {
        this.catalogue = catalogue;
        this.officers = officers;
    }

    @GetMapping
    @Operation(summary = "List the procedures (danh mục thủ tục hành chính)",
            description = "Every procedure the center publishes, in catalogue order, or those of one field: the "
                    + "national code (mã TTHC), the legal handling time (working days, working hours, or the same "
                    + "day), the fee, whether it is done on the spot (4 tại chỗ), the papers to bring with their "
                    + "copies, the internal steps with each one's share of the time, and the kiosk service to take a "
                    + "ticket for. demoValues marks illustrative values not yet checked against the national database.")
    @ApiResponse(responseCode = "200", description = "The procedures",
            content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ProcedureView.class))))
    @ApiResponse(responseCode = "404", description = "No field has this code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    List<ProcedureView> procedures(
            @Parameter(description = "Only the procedures of this field, by its code", example = "TPHT")
            @RequestParam(required = false) String field) {
        List<Procedure> procedures = field == null ? catalogue.procedures() : catalogue.procedures(field);
        Map<Long, String> unitCodes = officers.units().stream().collect(Collectors.toMap(Unit::getId, Unit::getCode));
        Function<Long, String> unitCode = id -> id == null ? null : unitCodes.get(id);
        return procedures.stream().map(procedure -> ProcedureView.of(procedure, unitCode)).toList();
    }
}
