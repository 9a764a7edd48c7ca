package vn.motcua.screens.dossier;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Apologies;
import vn.motcua.dossier.Dossier;
import vn.motcua.outbox.Outbox;
import vn.motcua.outbox.OutboxMessage;

/**
 * The messages the dossier's applicant was sent (supplement needed, result ready, new appointment): channel, the phone
 * masked but for its last 3 digits, the text, the state in words with the next try, the tries, the last error, times.
 */
@Component
class DossierMessagesPart {

    private final Outbox outbox;

    DossierMessagesPart(Outbox outbox) {
        this.outbox = outbox;
    }

    Div of(Dossier dossier, Dialog dialog) {
        Div part = new Div();
        part.setId("dossier-messages");
        List<OutboxMessage> messages = outbox.about(Apologies.SUBJECT, dossier.getCode());
        if (messages.isEmpty()) {
            part.add(DossierDetail.line(dialog.getTranslation("messages.none")));
            return part;
        }
        Grid<OutboxMessage> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(message -> dialog.getTranslation("messages.channel." + message.getChannel().name()))
                .setHeader(dialog.getTranslation("messages.column.channel")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMessage::getMaskedRecipient)
                .setHeader(dialog.getTranslation("messages.column.recipient")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMessage::getText).setHeader(dialog.getTranslation("messages.column.text"))
                .setFlexGrow(3);
        grid.addColumn(message -> state(message, dialog)).setHeader(dialog.getTranslation("messages.column.state"))
                .setFlexGrow(1).setPartNameGenerator(message -> "message-" + message.getState().name().toLowerCase(Locale.ROOT));
        grid.addColumn(OutboxMessage::getAttempts).setHeader(dialog.getTranslation("messages.column.attempts"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(message -> message.getLastError().orElse(""))
                .setHeader(dialog.getTranslation("messages.column.last-error")).setFlexGrow(1);
        grid.addColumn(message -> DossierWords.when(message.getCreatedAt()))
                .setHeader(dialog.getTranslation("messages.column.created")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(message -> message.getSentAt().map(DossierWords::when).orElse(""))
                .setHeader(dialog.getTranslation("messages.column.sent")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(messages);
        part.add(grid);
        return part;
    }

    private static String state(OutboxMessage message, Dialog dialog) {
        String words = dialog.getTranslation("messages.state." + message.getState().name());
        return message.getNextAttemptAt().filter(next -> message.getAttempts() > 0)
                .map(next -> words + ", " + dialog.getTranslation("messages.next-attempt", DossierWords.when(next)))
                .orElse(words);
    }
}
