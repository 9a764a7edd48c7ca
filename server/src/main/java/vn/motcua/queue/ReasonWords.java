package vn.motcua.queue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.CenterService;
import vn.motcua.i18n.Translations;

/**
 * The reasons the queue itself writes into a ticket's history, in Vietnamese words from the server bundle: the
 * record is read by people (an audit, a complaint), not by the program.
 */
@Component
class ReasonWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Translations translations;

    ReasonWords(Translations translations) {
        this.translations = translations;
    }

    String carriedOverTo(LocalDate day) {
        return words("ticket.record.carried-over", DAY.format(day));
    }

    String closedAtEndOfDay() {
        return words("ticket.record.closed-at-end-of-day");
    }

    String recall(int count) {
        return words("ticket.record.recall", String.valueOf(count));
    }

    String secondService(CenterService service) {
        return words("ticket.record.second-service", service.getName());
    }

    String visit(String number) {
        return words("ticket.record.visit", number);
    }

    String transfer(CenterService to, Counter onlyAt, String reason) {
        String target = onlyAt == null ? words("ticket.record.transfer", to.getName())
                : words("ticket.record.transfer-to-counter", to.getName(), onlyAt.getName());
        return reason == null || reason.isBlank() ? target
                : words("ticket.record.transfer-reason", target, reason.strip());
    }

    private String words(String key, Object... params) {
        return translations.getTranslation(key, Translations.VIETNAMESE, params);
    }
}
