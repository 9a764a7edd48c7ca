package vn.motcua.counter;

import static vn.motcua.counter.PadParts.div;
import static vn.motcua.counter.PadParts.span;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import vn.motcua.counter.PadPort.FormAnswers;
import vn.motcua.counter.PadPort.FormToAnswer;

/**
 * The province's rating form on the pad, after the usual rating of a visit that collected dossiers: the two questions
 * with three large answers each and, beside them, the criteria only the citizen can score; after a "Không hài lòng"
 * a second page asks why (short reasons and the citizen's own words), and nothing is sent without a reason.
 */
final class PadRatingForm extends Div {

    private static final int LONGEST_REASON = 1000;
    /** The scores offered per criterion, best first as the faces are. */
    private static final List<Integer> POINTS = List.of(2, 1, 0);

    private final BiConsumer<FormToAnswer, FormAnswers> send;
    private final Runnable touched;
    private final Span codes = span("pad-form-codes");
    private final Div questions = div("pad-form-questions");
    private final Div why = div("pad-form-why");
    private final List<Map<PadFormAnswer, Button>> answerButtons = List.of(
            new EnumMap<>(PadFormAnswer.class), new EnumMap<>(PadFormAnswer.class));
    private final Map<PadFormCriterion, Map<Integer, Button>> pointButtons = new EnumMap<>(PadFormCriterion.class);
    private final Map<PadReason, Button> reasonButtons = new EnumMap<>(PadReason.class);
    private final TextArea ownWords = new TextArea();
    private final Button next = new Button();
    private final Button sendWithReason = new Button();
    private final PadFormAnswer[] answers = new PadFormAnswer[2];
    private final Map<PadFormCriterion, Integer> points = new EnumMap<>(PadFormCriterion.class);
    private final Set<PadReason> reasons = EnumSet.noneOf(PadReason.class);
    private FormToAnswer owed;

    /** {@code send} gets the finished form; {@code touched} runs on every touch, so the pad waits while used. */
    PadRatingForm(BiConsumer<FormToAnswer, FormAnswers> send, Runnable touched) {
        this.send = send;
        this.touched = touched;
        addClassName("pad-form");
        Div askedBoth = div("pad-form-answers");
        for (int question = 0; question < 2; question++) {
            askedBoth.add(question(question));
        }
        Div criteria = div("pad-form-criteria");
        criteria.add(span("pad-form-criteria-title", getTranslation("pad.form.criteria")));
        for (PadFormCriterion criterion : PadFormCriterion.values()) {
            criteria.add(criterion(criterion));
        }
        Div columns = div("pad-form-columns");
        columns.add(askedBoth, criteria);
        next.addClassNames("pad-send", "pad-form-next");
        next.addClickListener(click -> onNext());
        questions.add(span("pad-form-title", getTranslation("pad.form.title")), codes, columns, next);
        buildWhy();
        add(questions, why);
    }

    /** A fresh form for this visit: nothing chosen, the questions shown. */
    void start(FormToAnswer form) {
        owed = form;
        codes.setText(getTranslation("pad.form.dossiers", String.join(", ", form.dossierCodes())));
        answers[0] = null;
        answers[1] = null;
        points.clear();
        reasons.clear();
        ownWords.clear();
        refresh();
        showWhy(false);
    }

    private Div question(int question) {
        Div row = div("pad-form-choices");
        for (PadFormAnswer answer : PadFormAnswer.values()) {
            Button button = new Button(getTranslation(answer.labelKey()), click -> choose(question, answer));
            button.addClassNames("pad-form-answer", answer.className());
            answerButtons.get(question).put(answer, button);
            row.add(button);
        }
        Div block = div("pad-form-question");
        block.addClassName("question-" + (question + 1));
        block.add(span("pad-form-question-text", getTranslation("pad.form.question." + (question + 1))), row);
        return block;
    }

    private Div criterion(PadFormCriterion criterion) {
        Div row = div("pad-form-points");
        Map<Integer, Button> buttons = new HashMap<>();
        for (int point : POINTS) {
            Button button = new Button(getTranslation("pad.form.point." + point, point), click -> score(criterion,
                    point));
            button.addClassNames("pad-form-point", "point-" + point);
            buttons.put(point, button);
            row.add(button);
        }
        pointButtons.put(criterion, buttons);
        Div block = div("pad-form-criterion");
        block.addClassName(criterion.className());
        block.add(span("pad-form-criterion-label", getTranslation(criterion.labelKey())), row);
        return block;
    }

    private void buildWhy() {
        Div list = div("pad-reason-list");
        for (PadReason reason : PadReason.values()) {
            Button button = new Button();
            button.getElement().appendChild(span("pad-check").getElement(),
                    span("pad-reason-label", getTranslation(reason.labelKey())).getElement());
            button.addClassNames("pad-reason", "pad-form-reason", reason.className());
            button.addClickListener(click -> toggle(reason));
            reasonButtons.put(reason, button);
            list.add(button);
        }
        ownWords.setLabel(getTranslation("pad.form.own-words"));
        // The chosen reasons' words go before the citizen's own in the form's one reason.
        ownWords.setMaxLength(LONGEST_REASON - 200);
        ownWords.setValueChangeMode(ValueChangeMode.EAGER);
        ownWords.addClassName("pad-form-own-words");
        ownWords.addValueChangeListener(change -> {
            touched.run();
            refresh();
        });
        Button back = new Button(getTranslation("pad.form.back"), click -> {
            touched.run();
            showWhy(false);
        });
        back.addClassNames("pad-skip", "pad-form-back");
        sendWithReason.setText(getTranslation("pad.form.send"));
        sendWithReason.addClassNames("pad-send", "pad-form-send");
        sendWithReason.addClickListener(click -> {
            if (why.isVisible() && hasReason()) {
                send.accept(owed, filled());
            }
        });
        Div actions = div("pad-reason-actions");
        actions.add(back, sendWithReason);
        why.add(span("pad-reasons-title", getTranslation("pad.form.why.title")),
                span("pad-reasons-hint", getTranslation("pad.form.why.hint")), list, ownWords, actions);
    }

    private void choose(int question, PadFormAnswer answer) {
        touched.run();
        answers[question] = answer;
        refresh();
    }

    /** A second touch of the chosen score takes it back: the criteria are optional. */
    private void score(PadFormCriterion criterion, int point) {
        touched.run();
        if (points.get(criterion) != null && points.get(criterion) == point) {
            points.remove(criterion);
        } else {
            points.put(criterion, point);
        }
        refresh();
    }

    private void toggle(PadReason reason) {
        touched.run();
        if (!reasons.remove(reason)) {
            reasons.add(reason);
        }
        refresh();
    }

    private void onNext() {
        if (answers[0] == null || answers[1] == null || why.isVisible()) {
            return;
        }
        if (dissatisfied()) {
            touched.run();
            showWhy(true);
        } else {
            send.accept(owed, filled());
        }
    }

    private void refresh() {
        for (int question = 0; question < 2; question++) {
            PadFormAnswer chosen = answers[question];
            answerButtons.get(question).forEach((answer, button) -> mark(button, answer == chosen));
        }
        pointButtons.forEach((criterion, buttons) -> buttons.forEach((point, button) -> mark(button,
                Integer.valueOf(point).equals(points.get(criterion)))));
        reasonButtons.forEach((reason, button) -> mark(button, reasons.contains(reason)));
        next.setEnabled(answers[0] != null && answers[1] != null);
        next.setText(getTranslation(dissatisfied() ? "pad.form.next" : "pad.form.send"));
        sendWithReason.setEnabled(hasReason());
    }

    private void showWhy(boolean shown) {
        questions.setVisible(!shown);
        why.setVisible(shown);
    }

    private boolean dissatisfied() {
        return answers[0] == PadFormAnswer.DISSATISFIED || answers[1] == PadFormAnswer.DISSATISFIED;
    }

    private boolean hasReason() {
        return !reasons.isEmpty() || !ownWords.getValue().isBlank();
    }

    /** The reasons chosen, in the pad's words, then the citizen's own; none unless dissatisfied. */
    private FormAnswers filled() {
        String reason = null;
        if (dissatisfied()) {
            List<String> parts = new ArrayList<>();
            reasons.forEach(chosen -> parts.add(getTranslation(chosen.labelKey())));
            String own = ownWords.getValue().strip();
            if (!own.isEmpty()) {
                parts.add(own);
            }
            reason = String.join("; ", parts);
        }
        Map<PadFormCriterion, Integer> scored = new EnumMap<>(PadFormCriterion.class);
        scored.putAll(points);
        return new FormAnswers(answers[0], answers[1], reason, scored);
    }

    private static void mark(Button button, boolean chosen) {
        button.setClassName("chosen", chosen);
        button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
    }
}
