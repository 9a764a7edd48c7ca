package vn.motcua.setup;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.center.Centers;
import vn.motcua.i18n.Translations;
import vn.motcua.queue.Counter;
import vn.motcua.queue.Counters;

/**
 * How far a real center's first set-up has gone: the center named, its working week, its services and a counter that
 * serves one. The kiosk stays closed until every step is done, since a ticket taken before then could never be called.
 */
@Service
public class CenterSetup {

    private final Centers centers;
    private final WorkingCalendar calendar;
    private final Catalogue catalogue;
    private final Counters counters;
    private final Translations translations;
    /** Once set up, a center stays open to tickets: the kiosk asks at every screen, so the answer is kept. */
    private volatile boolean completed;

    CenterSetup(Centers centers, WorkingCalendar calendar, Catalogue catalogue, Counters counters,
            Translations translations) {
        this.centers = centers;
        this.calendar = calendar;
        this.catalogue = catalogue;
        this.counters = counters;
        this.translations = translations;
    }

    /** The steps in the order the admin takes them, each done or not. */
    @Transactional(readOnly = true)
    public List<SetupStep> steps() {
        String unnamed = translations.getTranslation("center.waiting-for-setup", Translations.VIETNAMESE);
        boolean named = !centers.profile().getName().equals(unnamed);
        boolean week = !calendar.weeklyHours().isEmpty();
        boolean services = !catalogue.services().isEmpty();
        boolean counter = false;
        for (Counter each : counters.all()) {
            counter |= !counters.servedServiceIds(each).isEmpty();
        }
        return List.of(new SetupStep(SetupStep.Kind.CENTER, named), new SetupStep(SetupStep.Kind.CALENDAR, week),
                new SetupStep(SetupStep.Kind.SERVICES, services), new SetupStep(SetupStep.Kind.COUNTERS, counter));
    }

    /** Whether every step is done: the kiosk issues tickets from then on. */
    public boolean complete() {
        if (!completed) {
            completed = steps().stream().allMatch(SetupStep::done);
        }
        return completed;
    }
}
