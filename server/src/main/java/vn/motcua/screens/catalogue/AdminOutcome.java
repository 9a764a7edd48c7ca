package vn.motcua.screens.catalogue;

import com.vaadin.flow.component.html.Span;
import vn.motcua.i18n.Refusal;

/** What became of the admin's last save on a catalogue or counters screen: saved, or refused in words. */
public class AdminOutcome extends Span {

    public AdminOutcome(String id) {
        setId(id);
        addClassName("catalogue-outcome");
    }

    /** Says what was saved. */
    public void saved(String text) {
        setText(text);
        getElement().setAttribute("data-outcome", "saved");
    }

    /** Says why nothing was saved, in the reader's language. */
    public void refused(Refusal refusal) {
        setText(getTranslation(refusal.messageKey(), refusal.args()));
        getElement().setAttribute("data-outcome", "refused");
    }

    /** Runs a change; a refusal is shown instead of a failure, and the answer says whether it went through. */
    public boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (Refusal refusal) {
            refused(refusal);
            return false;
        }
    }
}
