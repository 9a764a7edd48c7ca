package vn.motcua.watch;

import java.util.List;

/**
 * A pattern found in the data: its kind, a key that stays the same while the same pattern is found (actions are
 * recorded on it), who or what it is about (a phone or ID number, a kiosk and time), the figure measured against the
 * center's threshold, why in words (a bundle key and its parameters), the tickets and dossiers behind it, and what
 * managers did about it, newest first.
 */
public record BrokerSignal(SignalKind kind, String key, String subject, int figure, int threshold, Words why,
        List<Evidence> evidence, List<WatchAction> actions) {

    /** A sentence of the bundles and the figures it names. */
    public record Words(String key, List<Object> args) {

        public Words(String key, Object... args) {
            this(key, List.of(args));
        }
    }

    BrokerSignal withActions(List<WatchAction> taken) {
        return new BrokerSignal(kind, key, subject, figure, threshold, why, evidence, List.copyOf(taken));
    }

    static BrokerSignal of(SignalKind kind, String subject, int figure, int threshold, Words why,
            List<Evidence> evidence) {
        return new BrokerSignal(kind, kind.name() + ":" + subject, subject, figure, threshold, why,
                List.copyOf(evidence), List.of());
    }
}
