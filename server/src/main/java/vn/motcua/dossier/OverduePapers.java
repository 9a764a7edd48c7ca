package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import vn.motcua.center.Centers;
import vn.motcua.center.DutyRoster;
import vn.motcua.forms.FormPdf;
import vn.motcua.forms.FormXlsx;
import vn.motcua.forms.OverdueListForm;
import vn.motcua.i18n.Translations;

/**
 * The daily overdue list on paper (A4 landscape PDF, for the head of unit or the leader to sign) and as a workbook
 * with the weekly count beside it. Always in Vietnamese, like every paper of the center.
 */
@Service
public class OverduePapers {

    /** The weeks the workbook counts: two months, enough to see a trend at the weekly review. */
    public static final int WORKBOOK_WEEKS = 8;

    private final OverdueList list;
    private final Centers centers;
    private final DutyRoster duty;
    private final FormPdf pdf;
    private final FormXlsx xlsx;
    private final Translations translations;

    OverduePapers(OverdueList list, Centers centers, DutyRoster duty, FormPdf pdf, FormXlsx xlsx,
            Translations translations) {
        this.list = list;
        this.centers = centers;
        this.duty = duty;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.translations = translations;
    }

    public byte[] pdf(DossierScope scope, LocalDate day) {
        return pdf.overdueList(form(scope, list.of(scope, day), list.weekly(scope, WORKBOOK_WEEKS)));
    }

    public byte[] xlsx(DossierScope scope, LocalDate day) {
        return xlsx.overdueList(form(scope, list.of(scope, day), list.weekly(scope, WORKBOOK_WEEKS)));
    }

    private OverdueListForm form(DossierScope scope, OverdueDay day, OverdueWeeks weeks) {
        List<OverdueListForm.Unit> units = new ArrayList<>();
        for (OverdueDay.Group group : day.groups()) {
            units.add(new OverdueListForm.Unit(group.isUnassigned() ? null : group.unitName(),
                    group.headName().orElse(null), Stream.concat(group.late().stream(), group.dueSoon().stream())
                            .map(this::row).toList()));
        }
        String approver = scope.allUnits() ? duty.on(day.day()).map(DutyRoster.LeaderOnDuty::fullName).orElse(null)
                : day.groups().stream().findFirst().flatMap(OverdueDay.Group::headName).orElse(null);
        OverdueListForm.Weekly weekly = new OverdueListForm.Weekly(
                weeks.weeks().stream().map(OverdueWeeks.Week::monday).toList(),
                weeks.units().stream().map(unit -> new OverdueListForm.WeekRow(
                        unit.isUnassigned() ? null : unit.unitName(), unit.counts())).toList());
        return new OverdueListForm(centers.profile().getName(), day.day(), day.asOf(), !scope.allUnits(), approver,
                units, weekly);
    }

    private OverdueListForm.Row row(OverdueDay.Line line) {
        return new OverdueListForm.Row(line.code(), line.procedureCode(), line.procedureName().orElse(null),
                line.isLate(), line.scope() == LateScope.STEP ? line.step().map(this::stepName).orElse(null) : null,
                line.holderName().orElse(null), line.heldSince().orElse(null), line.heldFor().map(OverduePapers::span)
                        .orElse(null), line.dueAt(), line.lateBy().map(OverduePapers::span).orElse(null),
                line.answeringOfficer().orElse(null), line.answeringHead().orElse(null),
                line.newAppointmentAt().orElse(null));
    }

    private String stepName(vn.motcua.catalogue.StepKind step) {
        return translations.getTranslation("forms.step." + step.name(), Translations.VIETNAMESE);
    }

    private static OverdueListForm.Span span(WorkingSpan span) {
        return new OverdueListForm.Span(span.days(), span.rest(), span.total());
    }
}
