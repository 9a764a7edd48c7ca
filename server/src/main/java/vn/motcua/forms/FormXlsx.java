package vn.motcua.forms;

import org.springframework.stereotype.Service;
import vn.motcua.i18n.Translations;

/** Lists as XLSX workbooks for the spreadsheet: numbers as numbers, times as dates, always in Vietnamese. */
@Service
public class FormXlsx {

    private final FormWords words;

    /** Needs only the translations, so tests can build it without the application. */
    public FormXlsx(Translations translations) {
        this.words = new FormWords(translations);
    }

    /** The daily overdue list on its first sheet, the weekly count on the second. */
    public byte[] overdueList(OverdueListForm form) {
        return OverdueListXlsx.render(form, words);
    }
}
