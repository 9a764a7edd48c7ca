package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierPapers;
import vn.motcua.dossier.Dossiers;
import vn.motcua.i18n.Refusal;

/**
 * A dossier's papers as PDF files (Vietnamese fonts embedded) for the center's staff only: they carry the applicant's
 * name and phone. The receipt is Mẫu 01, the supplement request Mẫu 02, the refusal Mẫu 03, the apology Mẫu 04, the
 * control slip Mẫu 06.
 */
@RestController
@RequestMapping(path = "/api/v1/dossiers/{code}", produces = {DossierPapersController.PDF, PROBLEM})
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
@Tag(name = ApiDocumentation.DOSSIERS)
class DossierPapersController {

    static final String PDF = "application/pdf";

    private final Dossiers dossiers;
    private final DossierPapers papers;

    DossierPapersController(Dossiers dossiers, DossierPapers papers) {
        this.dossiers = dossiers;
        this.papers = papers;
    }

    @GetMapping("/receipt.pdf")
    @Operation(summary = "Receipt and appointment slip, Mẫu 01 (giấy tiếp nhận hồ sơ và hẹn trả kết quả)",
            description = "Code, procedure, papers received, due date and time, receiving officer and the QR code of "
                    + "the citizen's page. For a dossier received here, with a procedure of the catalogue.")
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF,
            schema = @Schema(type = "string", format = "binary")))
    @PaperRefusals
    ResponseEntity<byte[]> receipt(@Parameter(description = "Dossier code") @PathVariable String code) {
        return paper(code, "tiep-nhan", papers::receiptPdf);
    }

    @GetMapping("/supplement.pdf")
    @Operation(summary = "The latest supplement request, Mẫu 02 (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ)",
            description = "Everything missing with its reason, as handed to the citizen; a request after the first "
                    + "carries its stated reason. 409 while the dossier has no request.")
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF,
            schema = @Schema(type = "string", format = "binary")))
    @PaperRefusals
    ResponseEntity<byte[]> supplement(@Parameter(description = "Dossier code") @PathVariable String code) {
        return paper(code, "bo-sung", papers::supplementPdf);
    }

    @GetMapping("/refusal.pdf")
    @Operation(summary = "The refusal with its reason, Mẫu 03 (phiếu từ chối tiếp nhận giải quyết hồ sơ)",
            description = "For a dossier whose result is REFUSED: the reason in writing and the officer. 409 otherwise.")
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF,
            schema = @Schema(type = "string", format = "binary")))
    @PaperRefusals
    ResponseEntity<byte[]> refusal(@Parameter(description = "Dossier code") @PathVariable String code) {
        return paper(code, "tu-choi", papers::refusalPdf);
    }

    @GetMapping("/apology.pdf")
    @Operation(summary = "The apology and new appointment, Mẫu 04 (phiếu xin lỗi và hẹn lại ngày trả kết quả)",
            description = "Why the result is late, the apology, the new appointment a leader approved and the QR code "
                    + "of the citizen's page. 409 until a leader approved an apology.")
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF,
            schema = @Schema(type = "string", format = "binary")))
    @PaperRefusals
    ResponseEntity<byte[]> apology(@Parameter(description = "Dossier code") @PathVariable String code) {
        return paper(code, "xin-loi", papers::apologyPdf);
    }

    @GetMapping("/control-slip.pdf")
    @Operation(summary = "The control slip, Mẫu 06 (phiếu kiểm soát quá trình giải quyết hồ sơ)",
            description = "Every holder in turn: who gave, who took, when, the step's due time, how long it was held.")
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF,
            schema = @Schema(type = "string", format = "binary")))
    @PaperRefusals
    ResponseEntity<byte[]> controlSlip(@Parameter(description = "Dossier code") @PathVariable String code) {
        return paper(code, "kiem-soat", papers::controlSlipPdf);
    }

    private ResponseEntity<byte[]> paper(String code, String name, Function<Dossier, byte[]> render) {
        Dossier dossier = dossiers.find(code)
                .orElseThrow(() -> new Refusal("problem.dossier.unknown", "Unknown dossier " + code));
        byte[] pdf = render.apply(dossier);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(name + "-" + dossier.getCode() + ".pdf").build().toString())
                .body(pdf);
    }
}
