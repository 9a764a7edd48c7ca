package vn.motcua.screens.center;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import vn.motcua.audit.Actor;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.DossierCutoffs;
import vn.motcua.center.CenterSettings.Setting;
import vn.motcua.center.HallNotice;
import vn.motcua.center.ReportSettings;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;

/** The admin changes the center's settings while it runs; each change is audited with its old and new value. */
@RolesAllowed("ADMIN")
@Route("admin/settings")
@StyleSheet("styles/admin.css")
public class SettingsView extends Div implements HasDynamicTitle {

    private final CenterSettings settings;
    private final Map<Setting, IntegerField> fields = new EnumMap<>(Setting.class);
    private final TextArea notice = new TextArea();
    private final Checkbox nextDayTickets = new Checkbox();
    private final TimePicker passedOnCutoff = new TimePicker();
    private final TimePicker sameDayCutoff = new TimePicker();
    private final TextField agencyCode = new TextField();
    private final Checkbox provinceRatingForm = new Checkbox();
    private final TextField denunciationTo = new TextField();
    private final Checkbox neutralSatisfied = new Checkbox();
    private final TextField gradeDecider = new TextField();
    private final Span result = new Span();

    private final ReportSettings reportSettings;

    public SettingsView(CenterSettings settings, ReportSettings reportSettings, HallNotice hallNotice) {
        this.settings = settings;
        this.reportSettings = reportSettings;
        addClassName("admin");
        Div form = new Div();
        form.addClassName("admin-form");
        settings.current().forEach((setting, value) -> {
            IntegerField field = new IntegerField(getTranslation("settings." + setting.name().toLowerCase(Locale.ROOT)));
            field.setId("setting-" + setting.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            field.setMin(setting.min());
            field.setMax(setting.max());
            field.setStepButtonsVisible(true);
            field.setHelperText(getTranslation("settings.range", setting.min(), setting.max()));
            field.setValue(value);
            fields.put(setting, field);
            form.add(field);
        });
        nextDayTickets.setLabel(getTranslation("settings.next-day-tickets"));
        nextDayTickets.setHelperText(getTranslation("settings.next-day-tickets.help"));
        nextDayTickets.setId("setting-next-day-tickets");
        nextDayTickets.setValue(settings.nextDayTickets());
        form.add(nextDayTickets);
        DossierCutoffs cutoffs = settings.dossierCutoffs();
        cutoffField(passedOnCutoff, "dossier-cutoff", cutoffs.passedOn());
        cutoffField(sameDayCutoff, "same-day-cutoff", cutoffs.sameDay());
        form.add(passedOnCutoff, sameDayCutoff);
        agencyCode.setLabel(getTranslation("settings.agency-code"));
        agencyCode.setHelperText(getTranslation("settings.agency-code.help"));
        agencyCode.setId("setting-agency-code");
        agencyCode.setMaxLength(40);
        agencyCode.setWidth("22em");
        agencyCode.setValue(settings.agencyCode());
        provinceRatingForm.setLabel(getTranslation("settings.province-rating-form"));
        provinceRatingForm.setHelperText(getTranslation("settings.province-rating-form.help"));
        provinceRatingForm.setId("setting-province-rating-form");
        provinceRatingForm.setValue(settings.provinceRatingForm());
        denunciationTo.setLabel(getTranslation("settings.denunciation-to"));
        denunciationTo.setHelperText(getTranslation("settings.denunciation-to.help"));
        denunciationTo.setId("setting-denunciation-to");
        denunciationTo.setMaxLength(60);
        denunciationTo.setWidth("22em");
        denunciationTo.setValue(settings.denunciationTo().orElse(""));
        neutralSatisfied.setLabel(getTranslation("settings.neutral-satisfied"));
        neutralSatisfied.setHelperText(getTranslation("settings.neutral-satisfied.help"));
        neutralSatisfied.setId("setting-neutral-satisfied");
        neutralSatisfied.setValue(reportSettings.neutralSatisfied());
        gradeDecider.setLabel(getTranslation("settings.grade-decider"));
        gradeDecider.setHelperText(getTranslation("settings.grade-decider.help"));
        gradeDecider.setId("setting-grade-decider");
        gradeDecider.setMaxLength(60);
        gradeDecider.setWidth("22em");
        gradeDecider.setValue(reportSettings.gradeDecider().orElse(""));
        form.add(agencyCode, provinceRatingForm, denunciationTo, neutralSatisfied, gradeDecider);
        notice.setLabel(getTranslation("settings.hall-notice"));
        notice.setId("setting-hall-notice");
        notice.setValue(hallNotice.current().orElse(""));
        notice.setWidthFull();
        notice.setMaxLength(500);
        Button save = new Button(getTranslation("settings.save"), click -> save());
        save.setId("settings-save");
        result.setId("settings-result");
        form.add(notice, save, result);
        add(new H1(getTranslation("settings.title")), form);
    }

    private void save() {
        Actor by = CurrentActor.get();
        for (Map.Entry<Setting, IntegerField> entry : fields.entrySet()) {
            Integer value = entry.getValue().getValue();
            Setting setting = entry.getKey();
            if (value == null || value < setting.min() || value > setting.max()) {
                entry.getValue().setInvalid(true);
                result.setText(getTranslation("settings.refused", entry.getValue().getLabel(), setting.min(), setting.max()));
                result.getElement().setAttribute("data-outcome", "refused");
                return;
            }
        }
        if (passedOnCutoff.getValue() == null || sameDayCutoff.getValue() == null) {
            result.setText(getTranslation("settings.cutoff.refused"));
            result.getElement().setAttribute("data-outcome", "refused");
            return;
        }
        if (!changed(agencyCode, () -> settings.changeAgencyCode(agencyCode.getValue(), by))
                || !changed(denunciationTo, () -> settings.changeDenunciationTo(denunciationTo.getValue(), by))
                || !changed(gradeDecider, () -> reportSettings.changeGradeDecider(gradeDecider.getValue(), by))) {
            return;
        }
        fields.forEach((setting, field) -> settings.change(setting, field.getValue(), by));
        settings.changeDossierCutoffs(new DossierCutoffs(passedOnCutoff.getValue(), sameDayCutoff.getValue()), by);
        settings.changeNextDayTickets(nextDayTickets.getValue(), by);
        settings.changeProvinceRatingForm(provinceRatingForm.getValue(), by);
        reportSettings.changeNeutralSatisfied(neutralSatisfied.getValue(), by);
        settings.changeHallNotice(notice.getValue(), by);
        result.setText(getTranslation("settings.saved"));
        result.getElement().setAttribute("data-outcome", "saved");
    }

    /** Makes a change the settings may refuse in words; a refusal marks the field and stops the save. */
    private boolean changed(TextField field, Runnable change) {
        try {
            change.run();
        } catch (Refusal refused) {
            field.setInvalid(true);
            result.setText(getTranslation(refused.messageKey(), refused.args()));
            result.getElement().setAttribute("data-outcome", "refused");
            return false;
        }
        field.setInvalid(false);
        return true;
    }

    private void cutoffField(TimePicker picker, String name, LocalTime value) {
        picker.setLabel(getTranslation("settings." + name));
        picker.setHelperText(getTranslation("settings." + name + ".help"));
        picker.setId("setting-" + name);
        picker.setStep(Duration.ofMinutes(15));
        picker.setWidth("22em");
        picker.setValue(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
