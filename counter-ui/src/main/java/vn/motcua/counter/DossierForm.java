package vn.motcua.counter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One thing done to a dossier the officer holds, in a dialog of a few large controls: the form, then one button
 * (also Ctrl+Enter) that does it. A refusal stays in words beside the button; done, the dialog closes and hands the
 * console the words saying what was done.
 */
final class DossierForm extends Dialog {

    private final RefusalLine refusal = new RefusalLine();
    private final Button submit;

    /** {@code action} does it and answers the words to show on the console afterwards. */
    DossierForm(String title, String className, String submitLabel, Supplier<String> action, Consumer<String> done,
            Component... fields) {
        addClassNames("console-form", className);
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        Div body = new Div(fields);
        body.addClassName("console-form-fields");
        add(body);
        submit = new Button(submitLabel);
        submit.addClassName("console-form-submit");
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> {
            String words = refusal.attempt(submit, action);
            if (words != null) {
                close();
                done.accept(words);
            }
        });
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        Button cancel = new Button(getTranslation("console.form.cancel"), click -> close());
        cancel.addClassName("console-form-cancel");
        Div footer = new Div(refusal, cancel, submit);
        footer.addClassName("console-form-footer");
        getFooter().add(footer);
    }
}
