package vn.motcua.dossier;

import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.motcua.center.Centers;
import vn.motcua.i18n.Translations;
import vn.motcua.outbox.MessageChannel;
import vn.motcua.outbox.Outbox;

/**
 * What a dossier's applicant is told by SMS, in the transaction of what happened: a supplement is needed (and what to
 * bring, in short), the result is ready to collect. A dossier without a phone gets the message on record only.
 */
@Component
class DossierMessages {

    /** An SMS stays short: the list of things to bring is cut here, the paper request has it in full. */
    private static final int ITEMS_LENGTH = 120;

    private final Outbox outbox;
    private final Centers centers;
    private final Translations translations;

    DossierMessages(Outbox outbox, Centers centers, Translations translations) {
        this.outbox = outbox;
        this.centers = centers;
        this.translations = translations;
    }

    void supplementNeeded(Dossier dossier, SupplementRequest request) {
        String items = request.getItems().stream().map(SupplementRequest.MissingItem::what).map(String::strip)
                .collect(Collectors.joining("; "));
        if (items.length() > ITEMS_LENGTH) {
            items = items.substring(0, ITEMS_LENGTH - 1).strip() + "…";
        }
        post(dossier, "dossier.supplement.sms", items);
    }

    void resultRecorded(Dossier dossier, DossierResult result) {
        switch (result) {
            case APPROVED -> post(dossier, "dossier.ready.sms");
            case REFUSED -> post(dossier, "dossier.refused.sms");
            // The applicant withdrew it themselves: nothing to tell them.
            case WITHDRAWN -> {
            }
        }
    }

    private void post(Dossier dossier, String key, Object... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = centers.profile().getName();
        args[1] = dossier.getCode();
        System.arraycopy(more, 0, args, 2, more.length);
        outbox.post(MessageChannel.SMS, dossier.getPhone().orElse(null),
                translations.getTranslation(key, Translations.VIETNAMESE, args), Apologies.SUBJECT, dossier.getCode());
    }
}
