package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.security.Principal;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.center.Centers;
import vn.motcua.forms.ReportFiles;
import vn.motcua.forms.ReportTable;
import vn.motcua.report.EvaluationSheets;
import vn.motcua.report.Evaluations;
import vn.motcua.report.Evaluator;

/** The monthly evaluation as files to open in a spreadsheet or to sign: XLSX, CSV with BOM, A4 PDF. */
@RestController
@RequestMapping("/api/v1/reports")
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
@Tag(name = ApiDocumentation.EVALUATIONS)
class EvaluationFilesController {

    /** The CSV's media type as the document names it; the answer adds its charset, UTF-8. */
    private static final String CSV = "text/csv";

    private final Evaluations evaluations;
    private final EvaluationSheets sheets;
    private final ReportFiles files;
    private final Centers centers;

    EvaluationFilesController(Evaluations evaluations, EvaluationSheets sheets, ReportFiles files, Centers centers) {
        this.evaluations = evaluations;
        this.sheets = sheets;
        this.files = files;
        this.centers = centers;
    }

    /** The refusals every file shares. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "400", description = "No month, or one that is not year-month",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a manager, head of unit or administrator",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @interface FileRefusals {
    }

    @GetMapping(path = "/evaluations.xlsx", produces = {ReportFiles.XLSX, PROBLEM})
    @Operation(summary = "The month's evaluations as a workbook (XLSX)", description = "One row per officer the "
            + "caller may see (a head of unit: their unit) with the figures as numbers, the rule's grade, the "
            + "proposal and the decision; a sheet of ratings by level, a sheet of the units' lines.")
    @ApiResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = ReportFiles.XLSX,
            schema = @Schema(type = "string", format = "binary")))
    @FileRefusals
    ResponseEntity<byte[]> xlsx(@Parameter(description = "The month, year-month", example = "2026-11")
            @RequestParam(required = false) YearMonth month, Principal caller) {
        return file(files.xlsx(report(month, caller)), ReportFiles.XLSX, month, "xlsx");
    }

    @GetMapping(path = "/evaluations.csv", produces = {CSV, PROBLEM})
    @Operation(summary = "The month's evaluations as CSV (UTF-8 with BOM)", description = "The same rows, for any "
            + "program; Excel reads the Vietnamese marks thanks to the byte-order mark.")
    @ApiResponse(responseCode = "200", description = "The CSV (UTF-8)", content = @Content(mediaType = CSV,
            schema = @Schema(type = "string", format = "binary")))
    @FileRefusals
    ResponseEntity<byte[]> csv(@Parameter(description = "The month, year-month", example = "2026-11")
            @RequestParam(required = false) YearMonth month, Principal caller) {
        return file(files.csv(report(month, caller)), ReportFiles.CSV, month, "csv");
    }

    @GetMapping(path = "/evaluations.pdf", produces = {ReportFiles.PDF, PROBLEM})
    @Operation(summary = "The month's evaluations on paper (PDF, A4)", description = "Under the center's header, "
            + "with places to sign for the preparer and the head of unit (a unit's) or the chairperson (all).")
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = ReportFiles.PDF,
            schema = @Schema(type = "string", format = "binary")))
    @FileRefusals
    ResponseEntity<byte[]> pdf(@Parameter(description = "The month, year-month", example = "2026-11")
            @RequestParam(required = false) YearMonth month, Principal caller) {
        return file(files.pdf(report(month, caller), centers.profile().getName()), ReportFiles.PDF, month, "pdf");
    }

    private ReportTable report(YearMonth month, Principal caller) {
        Evaluator reader = EvaluationsController.of(caller);
        return sheets.of(evaluations.month(EvaluationsController.needed(month), Optional.empty(), reader),
                !reader.seesAll());
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, YearMonth month, String extension) {
        ContentDisposition disposition = ("pdf".equals(extension) ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename("danh-gia-can-bo-" + month + "." + extension).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(body);
    }
}
