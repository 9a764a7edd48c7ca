package vn.motcua.screens.calendar;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.util.function.BiConsumer;
import vn.motcua.audit.Actor;
import vn.motcua.calendar.CalendarEdits;
import vn.motcua.calendar.CalendarEdits.ImportPreview;
import vn.motcua.calendar.ImportProblem;
import vn.motcua.calendar.OfficialDay;
import vn.motcua.calendar.OfficialDaysFile;
import vn.motcua.i18n.Refusal;

/**
 * The import of next year's official list of holidays and make-up days: the file is read and checked against the
 * calendar first, every bad line shown with its number and reason; only a clean file can be confirmed, all at once.
 */
final class CalendarImportPart extends Div {

    private final CalendarEdits edits;
    private final CalendarWords words;
    /** Who the import is recorded for: the person who opened the screen (the upload's thread has no sign-in). */
    private final Actor actor;
    private final BiConsumer<String, String> said;
    private final Runnable changed;
    private final UI ui = UI.getCurrent();
    private final Upload upload = new Upload();
    private final Div preview = new Div();
    private final Button confirm;
    private final Button cancel;
    private OfficialDaysFile.Reading reading;

    CalendarImportPart(CalendarEdits edits, CalendarWords words, Actor actor, BiConsumer<String, String> said,
            Runnable changed) {
        this.edits = edits;
        this.words = words;
        this.actor = actor;
        this.said = said;
        this.changed = changed;
        upload.setUploadHandler(UploadHandler.inMemory(this::received));
        upload.setId("calendar-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(OfficialDaysFile.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(words.get("calendar-import.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(words.get("calendar-import.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(words.get("calendar-import.too-large", OfficialDaysFile.MAX_BYTES / 1024))
                        .setIncorrectFileType(words.get("calendar-import.wrong-type"))
                        .setTooManyFiles(words.get("calendar-import.wrong-type"))));
        upload.addFileRejectedListener(rejected -> said.accept("refused", rejected.getErrorMessage()));
        confirm = new Button(words.get("calendar-import.confirm"), click -> confirm());
        confirm.setId("calendar-import-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        cancel = new Button(words.get("calendar-import.cancel"), click -> clear());
        cancel.setId("calendar-import-cancel");
        preview.setId("calendar-import-preview");
        add(new Paragraph(words.get("calendar-import.hint")), upload, preview, new Div(confirm, cancel));
        clear();
    }

    /** Runs on the upload's request; what it shows is put on the screen under the session's lock. */
    private void received(UploadMetadata file, byte[] content) {
        try {
            OfficialDaysFile.Reading read = OfficialDaysFile.read(content);
            ImportPreview checked = edits.preview(read);
            ui.access(() -> show(read, checked));
        } catch (Refusal refused) {
            ui.access(() -> {
                clear();
                said.accept("refused", words.get(refused.messageKey(), refused.args()));
            });
        }
    }

    private void show(OfficialDaysFile.Reading read, ImportPreview checked) {
        upload.clearFileList();
        preview.removeAll();
        boolean clean = checked.problems().isEmpty();
        reading = clean && !checked.added().isEmpty() ? read : null;
        if (!clean) {
            said.accept("refused", words.get("calendar-import.bad-lines", checked.problems().size()));
            NativeTable problems = table("calendar-import-problems", "calendar-import.line", "calendar-import.reason");
            for (ImportProblem problem : checked.problems()) {
                NativeTableRow row = problems.getBody().addRow();
                row.addDataCell().setText(String.valueOf(problem.line()));
                row.addDataCell().setText(words.get(problem.reasonKey(), problem.args().toArray()));
            }
            preview.add(problems);
        } else {
            said.accept("preview", checked.added().isEmpty() ? words.get("calendar-import.nothing-new")
                    : words.get("calendar-import.ready", checked.added().size(), checked.unchanged().size()));
        }
        if (!checked.added().isEmpty()) {
            NativeTable days = table("calendar-import-days", "calendar-import.line", "calendar.day", "calendar.name",
                    "calendar.kind", "calendar.hours");
            for (OfficialDay day : checked.added()) {
                NativeTableRow row = days.getBody().addRow();
                row.addDataCell().setText(String.valueOf(day.line()));
                row.addDataCell().setText(words.day(day.day()));
                row.addDataCell().setText(day.name());
                row.addDataCell().setText(words.kind(day.kind()));
                row.addDataCell().setText(day.ownHours() == null ? "" : words.hours(day.ownHours()));
            }
            preview.add(days);
        }
        confirm.setEnabled(reading != null);
        cancel.setEnabled(true);
    }

    private void confirm() {
        if (reading == null) {
            return;
        }
        try {
            int added = edits.importDays(reading, actor);
            clear();
            said.accept("saved", words.get("calendar-import.done", added));
        } catch (Refusal refused) {
            // The calendar changed between preview and confirmation: nothing was written, the admin reads why.
            said.accept("refused", words.get(refused.messageKey(), refused.args()));
        }
        changed.run();
    }

    private void clear() {
        reading = null;
        upload.clearFileList();
        preview.removeAll();
        confirm.setEnabled(false);
        cancel.setEnabled(false);
    }

    private NativeTable table(String id, String... headerKeys) {
        NativeTable rows = new NativeTable();
        rows.setId(id);
        rows.addClassName("slip-table");
        NativeTableRow head = rows.getHead().addRow();
        for (String key : headerKeys) {
            head.addHeaderCell().setText(words.get(key));
        }
        return rows;
    }
}
