package vn.motcua.forms;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import vn.motcua.i18n.Translations;

/**
 * One A4 form being written: the national header, titles, labelled fields, tables, signature blocks and a QR code,
 * all in DejaVu Sans embedded as Identity-H so every Vietnamese letter is real, searchable text.
 */
final class PdfPage {

    static final float BODY = 11f;
    static final float SMALL = 9f;
    static final float TABLE = 8f;
    private static final float TITLE = 14f;
    private static final float MARGIN = 50f;
    private static final float QR_SIZE = 90f;
    private static final float SIGNATURE_SPACE = 55f;
    // Read once: the font files are parsed again for each document, so no glyph state is shared between requests.
    private static final byte[] REGULAR = load("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("fonts/DejaVuSans-Bold.ttf");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final PdfWriter writer;
    private final BaseFont regular;
    private final BaseFont bold;

    /** A signer at the foot of a form: the role in capitals above, the name below the space for the signature. */
    record Signer(String role, String name) {
    }

    /**
     * A form with its national header and its title over the dossier code; {@code form} names its words
     * ({@code forms.<form>.number}, {@code forms.<form>.title}), {@code agencyDetail} may be null.
     */
    static PdfPage form(String form, String centerName, String agencyDetail, String code, FormWords words) {
        String title = words.text("forms." + form + ".title");
        var page = new PdfPage(title);
        page.nationalHeader(words.text("forms." + form + ".number"), centerName, agencyDetail, words);
        page.title(title, words.text("forms.code", code));
        return page;
    }

    /**
     * A list on A4 landscape rather than a national form (the daily overdue list): the same header without a form
     * number, its title and the line under it.
     */
    static PdfPage landscapeList(String title, String subtitle, String centerName, FormWords words) {
        // A wide media box rather than A4 turned by /Rotate: viewers, printers and text extraction agree on it.
        var page = new PdfPage(title, new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()));
        page.nationalHeader(null, centerName, null, words);
        page.title(title, subtitle);
        return page;
    }

    /** A report on A4, standing when its tables are narrow, lying when wide: the same header, title and line. */
    static PdfPage report(String title, String subtitle, String centerName, boolean wide, FormWords words) {
        var page = new PdfPage(title, wide ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth())
                : PageSize.A4);
        page.nationalHeader(null, centerName, null, words);
        page.title(title, subtitle);
        return page;
    }

    private PdfPage(String title) {
        this(title, PageSize.A4);
    }

    private PdfPage(String title, Rectangle size) {
        document = new Document(size, MARGIN, MARGIN, MARGIN * 0.8f, MARGIN);
        try {
            regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, REGULAR, null);
            bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, BOLD, null);
        } catch (IOException e) {
            throw new UncheckedIOException("The form fonts cannot be read", e);
        }
        writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
    }

    Font font(float size) {
        return new Font(regular, size);
    }

    Font boldFont(float size) {
        return new Font(bold, size);
    }

    /** The agency on the left, the nation and its motto on the right, the form's number (if any) above them. */
    private void nationalHeader(String formNumber, String agency, String agencyDetail, FormWords words) {
        if (formNumber != null) {
            add(aligned(formNumber, font(SMALL), Element.ALIGN_RIGHT));
        }
        var header = new PdfPTable(new float[] {42, 58});
        header.setWidthPercentage(100);
        header.addCell(stack(new Paragraph(agency.toUpperCase(Translations.VIETNAMESE), boldFont(10)),
                agencyDetail == null ? null : new Paragraph(agencyDetail, font(SMALL))));
        Font motto = boldFont(10.5f);
        motto.setStyle(Font.UNDERLINE);
        header.addCell(stack(new Paragraph(words.text("forms.nation"), boldFont(10)),
                new Paragraph(words.text("forms.motto"), motto)));
        add(header);
    }

    /** The form's title in capitals, and the line under it. */
    private void title(String title, String subtitle) {
        Paragraph heading = aligned(title, boldFont(TITLE), Element.ALIGN_CENTER);
        heading.setSpacingBefore(18);
        add(heading);
        add(aligned(subtitle, boldFont(BODY), Element.ALIGN_CENTER));
        add(new Paragraph(" ", font(SMALL)));
    }

    /** "Label: value", the value in bold so the eye finds it. */
    void field(String label, String value) {
        var line = new Paragraph("", font(BODY));
        line.add(new Phrase(label + ": ", font(BODY)));
        line.add(new Phrase(value, boldFont(BODY)));
        line.setSpacingAfter(3);
        add(line);
    }

    void text(String text) {
        Paragraph paragraph = new Paragraph(text, font(BODY));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setSpacingAfter(3);
        add(paragraph);
    }

    /** A bold line that opens a part of the paper (a unit's table). */
    void heading(String text) {
        Paragraph heading = new Paragraph(text, boldFont(BODY));
        heading.setSpacingBefore(8);
        add(heading);
    }

    /** An entry of a list, indented under the line that announces it. */
    void item(String text) {
        Paragraph paragraph = new Paragraph(text, font(BODY));
        paragraph.setIndentationLeft(18);
        paragraph.setSpacingAfter(2);
        add(paragraph);
    }

    /** A ruled table whose header row repeats on every page. */
    PdfPTable table(float[] widths, List<String> headers) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, boldFont(TABLE)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    void cell(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font(TABLE)));
        cell.setPadding(4);
        table.addCell(cell);
    }

    /** Side by side, each with the hint to sign and write the name, then the name already printed. */
    void signatures(List<Signer> signers, FormWords words) {
        var table = new PdfPTable(signers.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        for (Signer signer : signers) {
            PdfPCell cell = stack(new Paragraph(signer.role(), boldFont(BODY)),
                    new Paragraph(words.text("forms.sign"), font(SMALL)));
            Paragraph name = new Paragraph(signer.name(), boldFont(BODY));
            name.setAlignment(Element.ALIGN_CENTER);
            name.setSpacingBefore(SIGNATURE_SPACE);
            cell.addElement(name);
            table.addCell(cell);
        }
        add(table);
    }

    /** The QR code of {@code url} drawn as vector squares, with its caption beside it. */
    void qr(String url, String caption) {
        var table = new PdfPTable(new float[] {QR_SIZE + 10, 400});
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        PdfPCell code = new PdfPCell(qrImage(url), false);
        code.setBorder(Rectangle.NO_BORDER);
        table.addCell(code);
        PdfPCell words = new PdfPCell(new Phrase(caption, font(SMALL)));
        words.setBorder(Rectangle.NO_BORDER);
        words.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(words);
        add(table);
    }

    void add(Element element) {
        document.add(element);
    }

    /** Closes the document and returns the PDF file's bytes. */
    byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private Image qrImage(String url) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The tracking URL does not fit in a QR code: " + url, e);
        }
        PdfTemplate template = writer.getDirectContent().createTemplate(matrix.getWidth(), matrix.getHeight());
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    // PDF's y axis points up; the matrix's rows go down.
                    template.rectangle(column, matrix.getHeight() - 1 - row, 1, 1);
                }
            }
        }
        template.fill();
        Image image = Image.getInstance(template);
        image.scaleAbsolute(QR_SIZE, QR_SIZE);
        return image;
    }

    private static Paragraph aligned(String text, Font font, int alignment) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    /** A borderless cell of centred lines; a null line is left out. */
    private static PdfPCell stack(Paragraph... lines) {
        var cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        for (Paragraph line : lines) {
            if (line != null) {
                line.setAlignment(Element.ALIGN_CENTER);
                cell.addElement(line);
            }
        }
        return cell;
    }

    private static byte[] load(String resource) {
        try (InputStream in = PdfPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font on the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
