package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureDocument;

/** A procedure of the public catalogue, as the API publishes it. */
@Schema(description = "An administrative procedure (thủ tục hành chính)")
record ProcedureView(
        @Schema(description = "National procedure code (mã TTHC)", example = "1.001193") String code,
        @Schema(example = "Đăng ký khai sinh") String name,
        @Schema(description = "The field (lĩnh vực) it belongs to") Field field,
        @Schema(description = "Legal handling time (thời hạn giải quyết)") LegalTime legalTime,
        @Schema(description = "Fee (phí, lệ phí)") Fee fee,
        @Schema(description = "Received, decided and returned at the counter (4 tại chỗ)") boolean onTheSpot,
        @Schema(description = "Illustrative values, to be checked against the national database") boolean demoValues,
        @Schema(description = "Papers to bring (thành phần hồ sơ), in order") List<Document> documents,
        @Schema(description = "Internal steps, in order; their shares sum to 100") List<Step> steps,
        @Schema(nullable = true, description = "Kiosk service to take a ticket for", example = "HT-KS")
        String serviceCode) {

    static ProcedureView of(Procedure procedure, Function<Long, String> unitCode) {
        return new ProcedureView(procedure.getCode(), procedure.getName(),
                new Field(procedure.getField().getCode(), procedure.getField().getName()),
                new LegalTime(procedure.getLegalTime().unit().name(), procedure.getLegalTime().amount()),
                new Fee(procedure.getFeeVnd().orElse(null), procedure.getFeeNote().orElse(null)),
                procedure.isOnTheSpot(), procedure.isDemoValues(),
                IntStream.range(0, procedure.getDocuments().size()).mapToObj(position -> document(position,
                        procedure.getDocuments().get(position))).toList(),
                procedure.getSteps().stream()
                        .map(s -> new Step(s.kind().name(), unitCode.apply(s.unitId()), s.sharePercent())).toList(),
                procedure.getService().map(service -> service.getCode()).orElse(null));
    }

    private static Document document(int position, ProcedureDocument paper) {
        return new Document(position, paper.name(), paper.copies(), paper.required());
    }

    /** A field of the catalogue. */
    @Schema(description = "A field (lĩnh vực)")
    record Field(@Schema(example = "TPHT") String code, @Schema(example = "Tư pháp – Hộ tịch") String name) {
    }

    /** A legal time: SAME_DAY takes amount 0. */
    @Schema(description = "A legal time: working days or hours, or the same day (amount 0)")
    record LegalTime(
            @Schema(allowableValues = {"WORKING_DAYS", "WORKING_HOURS", "SAME_DAY"}, example = "WORKING_DAYS")
            String unit,
            @Schema(example = "3") int amount) {
    }

    /** A fee: the amount in đồng (null: none charged) and the center's words for it. */
    @Schema(description = "A fee")
    record Fee(
            @Schema(nullable = true, description = "Amount in đồng; null when none is charged", example = "2000")
            Long amountVnd,
            @Schema(nullable = true, example = "2.000 đồng/trang") String note) {
    }

    /** One paper and its copies. */
    @Schema(description = "A paper to bring")
    record Document(
            @Schema(description = "Its position in the list, 0 first: what POST /api/v1/dossiers ticks in documents",
                    example = "0") int position,
            @Schema(example = "Tờ khai đăng ký khai sinh (theo mẫu)") String name,
            @Schema(example = "01 bản chính") String copies,
            @Schema(description = "False: needed only in the case the name says") boolean required) {
    }

    /** One internal step and its share of the legal time. */
    @Schema(description = "An internal step")
    record Step(
            @Schema(allowableValues = {"RECEPTION", "APPRAISAL", "SIGNATURE", "RETURN"}, example = "APPRAISAL")
            String kind,
            @Schema(nullable = true, description = "Code of the unit doing it; null at the counter", example = "TP")
            String unit,
            @Schema(description = "Share of the legal time, percent", example = "50") int sharePercent) {
    }
}
