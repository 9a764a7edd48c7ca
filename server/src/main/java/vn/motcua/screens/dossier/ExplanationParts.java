package vn.motcua.screens.dossier;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.motcua.dossier.ExplanationCase;
import vn.motcua.dossier.LateExplanation;

/** The lines every explanation card starts with, and an attempt in words, as the explanations screen shows them. */
final class ExplanationParts {

    private final DossierWords.Texts texts;

    ExplanationParts(DossierWords.Texts texts) {
        this.texts = texts;
    }

    /** A card for a late dossier: code and procedure, due / found / deadline, who answers, the overdue flag. */
    Div card(ExplanationCase each, String className) {
        Div card = new Div();
        card.addClassNames("explanation-card", className);
        card.getElement().setAttribute("data-dossier", each.dossierCode());
        card.add(note("explanation-dossier", texts.get("explanations.dossier", each.dossierCode(),
                        each.procedureName() != null ? each.procedureName() : each.procedureCode())),
                note("explanation-times", texts.get("explanations.times", DossierWords.when(each.dueAt()),
                        DossierWords.when(each.foundAt()), DossierWords.when(each.deadline()))),
                note("explanation-who", each.officerName() != null
                        ? texts.get("explanations.officer", each.officerName(), nonNull(each.unitName()))
                        : texts.get("explanations.unit-only", nonNull(each.unitName()))));
        if (each.overdue()) {
            Span flag = note("dossier-flag", texts.get("explanations.overdue"));
            flag.addClassNames("dossier-flag-overdue", "explanation-overdue");
            card.add(flag);
        }
        return card;
    }

    /** "Lần 2 · Lỗi của cán bộ · viết lúc 08/12/2026 09:00 (viết sau hạn giải trình)" and the text. */
    Div attempt(ExplanationCase each, LateExplanation attempt) {
        String when = DossierWords.when(attempt.getWrittenAt())
                + (each.writtenLate(attempt) ? " (" + texts.get("explanations.written-late") + ")" : "");
        Div lines = new Div(note("explanation-attempt", texts.get("explanations.attempt", attempt.getAttemptNo(),
                        texts.get("explanations.reason." + attempt.getReason().name()), when)),
                note("explanation-text", attempt.getText()));
        lines.addClassName("explanation-written");
        return lines;
    }

    /** The head's comment on the latest attempt, when it was returned. */
    Span returned(LateExplanation attempt) {
        return note("explanation-returned", texts.get("explanations.returned", attempt.getAttemptNo(),
                attempt.getRulingComment().orElse("")));
    }

    static Span note(String className, String text) {
        Span note = new Span(text);
        note.addClassName(className);
        return note;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
