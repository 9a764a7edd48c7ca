package vn.motcua.kiosk;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

/**
 * The first screen outside working hours (or before a new center's set-up is finished), before the visitor chooses anything: the center is closed, when it opens
 * again, and no service to tap, since a ticket taken now would not be called today.
 */
final class ClosedStep {

    private final KioskView kiosk;
    private final KioskHours hours;

    ClosedStep(KioskView kiosk, KioskHours hours) {
        this.kiosk = kiosk;
        this.hours = hours;
    }

    void showIn(HasComponents body) {
        if (hours.issuing() == KioskHours.Issuing.SETTING_UP) {
            showSettingUp(body);
            return;
        }
        H2 title = new H2(kiosk.getTranslation(hours.issuing() == KioskHours.Issuing.DAY_OFF
                ? "kiosk.closed.day-off" : "kiosk.closed.after-hours"));
        title.addClassName("kiosk-closed-title");
        Span reopens = new Span(hours.day() == null ? kiosk.getTranslation("kiosk.closed.no-calendar")
                : kiosk.getTranslation("kiosk.closed.reopens", KioskDays.time(hours.opens()),
                        KioskDays.day(kiosk, hours.day())));
        reopens.addClassName("kiosk-closed-reopens");
        Span hint = new Span(kiosk.getTranslation("kiosk.closed.hint"));
        hint.addClassName("kiosk-closed-hint");
        Div closed = new Div(title, reopens, hint);
        closed.addClassName("kiosk-closed");
        body.add(closed);
    }

    private void showSettingUp(HasComponents body) {
        H2 title = new H2(kiosk.getTranslation("kiosk.closed.setting-up"));
        title.addClassName("kiosk-closed-title");
        Span hint = new Span(kiosk.getTranslation("kiosk.closed.setting-up-hint"));
        hint.addClassName("kiosk-closed-hint");
        Div closed = new Div(title, hint);
        closed.addClassName("kiosk-closed");
        body.add(closed);
    }
}
