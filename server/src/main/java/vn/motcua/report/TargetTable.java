package vn.motcua.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import vn.motcua.forms.ReportTable;
import vn.motcua.forms.ReportTable.Column;
import vn.motcua.forms.ReportTable.Kind;
import vn.motcua.forms.ReportTable.Section;
import vn.motcua.i18n.Translations;

/**
 * The targets of a period as a report table: each target, its goal, the value reached, the counts it comes from, and
 * the result in words (met, not met, nothing to count, not recorded here): never a colour alone, never a made-up 0%.
 */
@Service
public class TargetTable {

    private final Translations translations;

    TargetTable(Translations translations) {
        this.translations = translations;
    }

    /** The table of {@code targets} for the period named {@code periodName} and the group named {@code groupName}. */
    public ReportTable of(List<Target> targets, String periodName, String groupName, Locale locale) {
        List<Column> columns = List.of(new Column(word(locale, "targets.target"), Kind.TEXT),
                new Column(word(locale, "targets.goal"), Kind.TEXT),
                new Column(word(locale, "targets.value"), Kind.PERCENT),
                new Column(word(locale, "targets.counts"), Kind.TEXT),
                new Column(word(locale, "targets.result"), Kind.TEXT),
                new Column(word(locale, "targets.source"), Kind.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (Target target : targets) {
            List<Object> row = new ArrayList<>();
            row.add(name(target, locale));
            row.add(word(locale, "targets.goal." + target.code().name()));
            row.add(target.value().orElse(null));
            row.add(counts(target, locale));
            row.add(result(target, locale));
            row.add(word(locale, "targets.source." + target.code().name()));
            rows.add(row);
        }
        return new ReportTable(word(locale, "targets.file.title"), periodName + " – " + groupName,
                List.of(new Section(word(locale, "targets.file.sheet"), "", columns, rows)),
                List.of(word(locale, "targets.file.note.year-earlier"), word(locale, "targets.file.note.source")),
                List.of(word(locale, "monthly.file.signer.preparer"), word(locale, "monthly.file.signer.leader")));
    }

    /** The target's name in words. */
    public String name(Target target, Locale locale) {
        return word(locale, "targets.code." + target.code().name());
    }

    /** The result in words. */
    public String result(Target target, Locale locale) {
        return word(locale, "targets.status." + target.status().name());
    }

    /** What the value comes from in words: "45 / 50", "12 so với 10 cùng kỳ năm trước", or nothing. */
    public String counts(Target target, Locale locale) {
        if (target.part().isEmpty() || target.whole().isEmpty()) {
            return word(locale, "targets.counts.none." + target.code().name());
        }
        String key = target.code() == Target.Code.WITHOUT_APPOINTMENT ? "targets.counts.growth" : "targets.counts.rate";
        return word(locale, key, target.part().get(), target.whole().get());
    }

    private String word(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
