package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the officer registers at reception: the procedure, who submits it (name, phone, ID number: taken only with the
 * citizen's consent), the owner when someone submits on another's behalf, the channel, and the positions of the
 * procedure's documents received (as the catalogue numbers them, 0 first). {@code ticketCode}: the tracking code of
 * the ticket served, when the API names it.
 */
public record Reception(String procedureCode, String applicantName, String applicantPhone, String applicantIdNumber,
        boolean consent, String ownerName, Channel channel, String ticketCode, List<Integer> documents) {

    public Reception {
        // Not List.copyOf: a null position (JSON [null]) must reach the check that refuses it in words, not fail here.
        documents = documents == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(documents));
    }
}
