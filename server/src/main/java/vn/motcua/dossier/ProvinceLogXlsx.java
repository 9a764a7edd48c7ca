package vn.motcua.dossier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.i18n.Refusal;

/**
 * Reads the first sheet of an XLSX log into lines of cells, numbered as Excel numbers its rows. Cells are taken as the
 * portal's text: a number typed in a cell (a status, a date written as digits) without its ".0", a cell formatted as a
 * date as yyyyMMddHHmmss.
 */
final class ProvinceLogXlsx {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private ProvinceLogXlsx() {
    }

    static List<ProvinceLogLine> lines(byte[] content) {
        if (!startsLikeZip(content)) {
            throw new Refusal("problem.import.not-xlsx", "Not a zip container, so not an XLSX workbook");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new Refusal("problem.import.not-xlsx", "A workbook without sheets");
            }
            return lines(workbook.getSheetAt(0), new DataFormatter());
        } catch (Refusal refusal) {
            throw refusal;
        } catch (IOException | RuntimeException unreadable) {
            // POI has many ways to say a file is no workbook (or a zip bomb); to the user it is one refusal.
            throw new Refusal("problem.import.not-xlsx", "Unreadable workbook: " + unreadable);
        }
    }

    private static List<ProvinceLogLine> lines(Sheet sheet, DataFormatter formatter) {
        List<ProvinceLogLine> lines = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                cells.add(text(row.getCell(column), formatter));
            }
            lines.add(new ProvinceLogLine(row.getRowNum() + 1, cells));
        }
        return lines;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return PORTAL_TIME.format(cell.getLocalDateTimeCellValue());
            }
            BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
            return number.scale() <= 0 ? number.toPlainString() : formatter.formatCellValue(cell);
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return type == CellType.BOOLEAN ? String.valueOf(cell.getBooleanCellValue()) : formatter.formatCellValue(cell);
    }

    private static boolean startsLikeZip(byte[] content) {
        if (content.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (content[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }
}
