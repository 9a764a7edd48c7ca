package vn.motcua.api;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.motcua.center.Centers;
import vn.motcua.forms.ReportFiles;
import vn.motcua.forms.ReportTable;

/** A report table answered as the API's file of one kind: XLSX, CSV or PDF, attached under its name. */
@Component
class ReportFileAnswers {

    private final ReportFiles files;
    private final Centers centers;

    ReportFileAnswers(ReportFiles files, Centers centers) {
        this.files = files;
        this.centers = centers;
    }

    /** {@code extension} is xlsx, csv or pdf: each endpoint names its own. */
    ResponseEntity<byte[]> answer(ReportTable report, String name, String extension) {
        return switch (extension) {
            case "xlsx" -> file(files.xlsx(report), ReportFiles.XLSX, name + ".xlsx");
            case "csv" -> file(files.csv(report), ReportFiles.CSV, name + ".csv");
            case "pdf" -> file(files.pdf(report, centers.profile().getName()), ReportFiles.PDF, name + ".pdf");
            default -> throw new IllegalArgumentException("No report file of kind " + extension);
        };
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type)).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()).body(body);
    }
}
