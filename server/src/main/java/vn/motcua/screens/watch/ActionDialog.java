package vn.motcua.screens.watch;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;
import vn.motcua.i18n.Refusal;
import vn.motcua.watch.BrokerSignal;
import vn.motcua.watch.WatchActionKind;

/** The manager's choice on a signal (watch, warn, report to the police) with a note; a refusal is said in words. */
final class ActionDialog extends Dialog {

    ActionDialog(BrokerSignal signal, BiConsumer<WatchActionKind, String> record) {
        setHeaderTitle(getTranslation("watch.dialog.title"));
        addClassName("watch-dialog");
        RadioButtonGroup<WatchActionKind> kind = new RadioButtonGroup<>(getTranslation("watch.dialog.kind"));
        kind.setItems(WatchActionKind.values());
        kind.setItemLabelGenerator(each -> getTranslation("watch.action." + each.name()));
        kind.setValue(WatchActionKind.WATCH);
        kind.setId("watch-action-kind");
        TextArea note = new TextArea(getTranslation("watch.dialog.note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setId("watch-action-note");
        Span answer = new Span();
        answer.setId("watch-action-answer");
        Button save = new Button(getTranslation("watch.dialog.save"), click -> {
            try {
                record.accept(kind.getValue(), note.getValue());
                close();
            } catch (Refusal refused) {
                answer.setText(getTranslation(refused.messageKey(), refused.args()));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("watch-action-save");
        Button cancel = new Button(getTranslation("watch.dialog.cancel"), click -> close());
        add(new Paragraph(getTranslation(signal.why().key(), signal.why().args().toArray())), kind, note, answer);
        getFooter().add(cancel, save);
    }
}
