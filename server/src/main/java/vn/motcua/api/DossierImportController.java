package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.JSON;
import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.ImportProvinceLog;
import vn.motcua.dossier.ProvinceLog;
import vn.motcua.dossier.ProvinceLogFormat;
import vn.motcua.dossier.ProvinceLogProblem;
import vn.motcua.i18n.Translations;
import vn.motcua.security.CurrentActor;

/** The province's dossier log imported as a file (CSV or XLSX), by a manager or the admin. */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = ApiDocumentation.DOSSIERS)
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
class DossierImportController {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String BAD_ROWS = "problem.import.bad-rows";

    private final ImportProvinceLog imports;
    private final Translations translations;

    DossierImportController(ImportProvinceLog imports, Translations translations) {
        this.imports = imports;
        this.translations = translations;
    }

    @PostMapping("/import")
    @FileBody({CSV, XLSX})
    @Operation(summary = "Import the province's dossier log (nhập sổ theo dõi hồ sơ từ hệ thống của tỉnh)",
            description = "The body is the file exported from the province's one-stop information system: CSV in "
                    + "UTF-8 (with or without a byte-order mark; comma or semicolon) or an XLSX workbook (first sheet). "
                    + "Its header line names the national portal's fields, in any order (other columns are ignored): "
                    + "MaHoSo, MaTTHC, ChuHoSo, SoDienThoai, NgayTiepNhan, NgayHenTra, TrangThaiHoSo (1 to 10) "
                    + "required; NgayKetThucXuLy, NgayTra, DonViXuLy may be left out or empty. Dates are "
                    + "yyyyMMddHHmmss in Vietnam time. Every line is checked first: if any is faulty, nothing is "
                    + "written and the 422 lists each faulty line. Otherwise the whole file is written in one "
                    + "transaction: a new code becomes a dossier, a changed row updates its dossier (recorded as a "
                    + "dossier event), the same row again changes nothing. CSV up to 10 MB, XLSX up to 4 MB.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "The dossier log file", content = {
                            @Content(mediaType = CSV, schema = @Schema(type = "string",
                                    example = "MaHoSo,MaTTHC,ChuHoSo,SoDienThoai,NgayTiepNhan,NgayHenTra,TrangThaiHoSo")),
                            @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))}))
    @ApiResponse(responseCode = "200", description = "Written: how many dossiers were new, changed and unchanged",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ImportCountsView.class)))
    @ApiResponse(responseCode = "400", description = "Not a dossier log at all: no body, empty or only a header, "
            + "not UTF-8 text, not an XLSX workbook, a CSV broken past reading, or larger than allowed; nothing "
            + "was written", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Only a manager or the admin imports dossiers",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "The body is neither text/csv in UTF-8 nor an XLSX workbook "
            + "(application/json and wildcards are refused too); nothing was done",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "A required column is missing, or lines are faulty (each is "
            + "listed with its line number and reason); nothing of the file was written",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ImportProblem.class)))
    ImportCountsView importLog(@RequestBody InputStreamResource file, HttpServletRequest request, Principal caller)
            throws IOException {
        ProvinceLogFormat format = MediaType.parseMediaType(request.getContentType()).isCompatibleWith(
                MediaType.parseMediaType(XLSX)) ? ProvinceLogFormat.XLSX : ProvinceLogFormat.CSV;
        byte[] content = ProvinceLog.readAtMost(file.getInputStream(), format);
        ImportProvinceLog.Outcome outcome = imports.importLog(content, format, null, CurrentActor.of(caller));
        if (!outcome.written()) {
            throw new FaultyLines(outcome.problems());
        }
        return ImportCountsView.of(outcome.counts());
    }

    @ExceptionHandler(FaultyLines.class)
    ResponseEntity<ProblemDetail> faultyLines(FaultyLines faulty, HttpServletRequest request) {
        Locale language = ApiProblems.language(request);
        List<ImportProblem.BadLine> rows = ProvinceLogProblem.byLine(faulty.problems).entrySet().stream()
                .map(line -> new ImportProblem.BadLine(line.getKey(), String.join("; ", line.getValue().stream()
                        .map(problem -> translations.getTranslation(problem.reasonKey(), language,
                                problem.args().toArray())).toList())))
                .toList();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                translations.getTranslation(BAD_ROWS, language, rows.size()));
        body.setProperty("code", BAD_ROWS);
        body.setProperty("rows", rows);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag()).body(body);
    }

    /** A file with faulty lines: answered here with each of them, not as a generic refusal. */
    static final class FaultyLines extends RuntimeException {
        private final transient List<ProvinceLogProblem> problems;

        FaultyLines(List<ProvinceLogProblem> problems) {
            super(problems.size() + " faults in the dossier log", null, false, false);
            this.problems = problems;
        }
    }
}
