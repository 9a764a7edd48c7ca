package vn.motcua.screens.dossier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import vn.motcua.audit.Actor;
import vn.motcua.dossier.ImportProvinceLog;
import vn.motcua.dossier.ProvinceLog;
import vn.motcua.dossier.ProvinceLogFormat;
import vn.motcua.dossier.ProvinceLogProblem;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.CurrentActor;

/**
 * A manager or the admin picks the province's dossier log (CSV or XLSX) and sees what was written, or each faulty
 * line with its reason and that nothing was written: the same import as POST /api/v1/dossiers/import.
 */
@RolesAllowed({"ADMIN", "MANAGER"})
@Route("admin/dossiers/import")
@StyleSheet("styles/admin.css")
public class ImportView extends Div implements HasDynamicTitle {

    private final ImportProvinceLog imports;
    /** Who the import is recorded for: the person who opened the screen (the upload's thread has no sign-in). */
    private final Actor actor = CurrentActor.get();
    private final UI ui = UI.getCurrent();
    private final Upload upload = new Upload();
    private final Span result = new Span();
    private final Grid<Map.Entry<Integer, List<ProvinceLogProblem>>> faulty = new Grid<>();

    public ImportView(ImportProvinceLog imports) {
        this.imports = imports;
        addClassName("admin");
        upload.setUploadHandler(UploadHandler.inMemory(this::received));
        upload.setId("dossier-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ProvinceLog.MAX_CSV_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("dossier-import.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("dossier-import.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("dossier-import.too-large", ProvinceLog.MAX_CSV_BYTES >> 20))
                        .setIncorrectFileType(getTranslation("dossier-import.wrong-type"))
                        .setTooManyFiles(getTranslation("dossier-import.wrong-type"))));
        upload.addFileRejectedListener(rejected -> show("refused", rejected.getErrorMessage(), List.of()));
        result.setId("import-result");
        result.addClassName("import-result");
        faulty.setId("import-problems");
        faulty.addColumn(Map.Entry::getKey).setHeader(getTranslation("dossier-import.line")).setAutoWidth(true)
                .setFlexGrow(0);
        faulty.addColumn(line -> String.join("; ", line.getValue().stream().map(this::reason).toList()))
                .setHeader(getTranslation("dossier-import.reason"));
        faulty.setAllRowsVisible(true);
        faulty.setVisible(false);
        add(new H1(getTranslation("dossier-import.title")), new Paragraph(getTranslation("dossier-import.hint")),
                upload, result, faulty);
    }

    /** Runs on the upload's request; what it shows is put on the screen under the session's lock. */
    private void received(UploadMetadata file, byte[] content) {
        ProvinceLogFormat format = ProvinceLogFormat.ofFileName(file.fileName()).orElse(null);
        if (format == null) {
            ui.access(() -> show("refused", getTranslation("dossier-import.wrong-type"), List.of()));
            return;
        }
        try {
            ImportProvinceLog.Outcome outcome = imports.importLog(content, format, file.fileName(), actor);
            ui.access(() -> shown(outcome));
        } catch (Refusal refused) {
            ui.access(() -> show("refused", getTranslation(refused.messageKey(), refused.args()), List.of()));
        }
    }

    private void shown(ImportProvinceLog.Outcome outcome) {
        if (outcome.written()) {
            show("written", getTranslation("dossier-import.written", outcome.counts().created(),
                    outcome.counts().updated(), outcome.counts().unchanged()), List.of());
        } else {
            Map<Integer, List<ProvinceLogProblem>> lines = ProvinceLogProblem.byLine(outcome.problems());
            show("refused", getTranslation("dossier-import.nothing-written", lines.size()),
                    List.copyOf(lines.entrySet()));
        }
    }

    private void show(String outcome, String text, List<Map.Entry<Integer, List<ProvinceLogProblem>>> lines) {
        // The file is done with: the picker is free for the next (a corrected file, or tomorrow's log).
        upload.clearFileList();
        result.setText(text);
        result.getElement().setAttribute("data-outcome", outcome);
        faulty.setItems(lines);
        faulty.setVisible(!lines.isEmpty());
    }

    private String reason(ProvinceLogProblem problem) {
        return getTranslation(problem.reasonKey(), problem.args().toArray());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dossier-import.title");
    }
}
