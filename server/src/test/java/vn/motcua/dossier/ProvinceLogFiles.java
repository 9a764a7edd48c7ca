package vn.motcua.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Dossier log files as the province's system exports them, for tests: CSV text and XLSX workbooks made with POI. */
public final class ProvinceLogFiles {

    public static final String HEADER = "MaHoSo,MaTTHC,ChuHoSo,SoDienThoai,NgayTiepNhan,NgayHenTra,TrangThaiHoSo,"
            + "NgayKetThucXuLy,NgayTra,DonViXuLy";
    public static final String BOM = "\uFEFF";

    private ProvinceLogFiles() {
    }

    /** An agency code of its own per test, so tests sharing a database never meet each other's dossiers. */
    public static String agency() {
        return "999.T" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".H22";
    }

    /** The CSV file: the header, then each line, ended as Excel ends them (CRLF). */
    public static String csv(String... lines) {
        StringBuilder file = new StringBuilder(HEADER).append("\r\n");
        for (String line : lines) {
            file.append(line).append("\r\n");
        }
        return file.toString();
    }

    /** Three dossiers of the agency received on 23/11/2026, as the province's system had them that evening. */
    public static String firstLog(String agency) {
        return csv(agency + "-261123-0001,1.001193,Nguyễn Thị An,0912345678,20261123080500,20261124160000,2,,,"
                        + "Phòng Tư pháp – Hộ tịch",
                agency + "-261123-0002,1.004194,Trần Văn Bình,0987 654 321,20261123091000,20261207160000,4,,,KT",
                agency + "-261123-0003,2.000908,\"Lê Thị Cúc, chủ hộ\",+84905111222,20261123100000,20261123150000,9,"
                        + "20261123113000,,Phòng Tư pháp – Hộ tịch");
    }

    /** The same log a day later: the second dossier awaits a supplement, the third was returned, a fourth came in. */
    public static String nextLog(String agency) {
        return csv(agency + "-261123-0001,1.001193,Nguyễn Thị An,0912345678,20261123080500,20261124160000,2,,,"
                        + "Phòng Tư pháp – Hộ tịch",
                agency + "-261123-0002,1.004194,Trần Văn Bình,0987 654 321,20261123091000,20261207160000,5,,,KT",
                agency + "-261123-0003,2.000908,\"Lê Thị Cúc, chủ hộ\",+84905111222,20261123100000,20261123150000,10,"
                        + "20261123113000,20261124083000,Phòng Tư pháp – Hộ tịch",
                agency + "-261124-0001,1.000894,Phạm Văn Dũng,0977000111,20261124080000,20261127160000,2,,,TP");
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook whose first sheet holds these rows; numbers are written as numeric cells, as Excel keeps them. */
    public static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("HoSo");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header as a sheet's first row. */
    public static List<Object> headerRow() {
        return List.of((Object[]) HEADER.split(","));
    }
}
