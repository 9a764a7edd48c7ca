package vn.motcua.watch;

import java.time.Instant;

/**
 * One ticket or dossier behind a signal: its number or code, when it was taken or received, and what it was for
 * (the ticket's service) or whose it is (the dossier's owner).
 */
public record Evidence(Source source, String ref, Instant at, String detail) {

    /** Where the evidence comes from. */
    public enum Source {
        TICKET, DOSSIER
    }
}
