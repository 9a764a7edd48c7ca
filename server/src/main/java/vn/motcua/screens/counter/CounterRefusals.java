package vn.motcua.screens.counter;

import java.util.function.Supplier;
import vn.motcua.counter.CounterRefusal;
import vn.motcua.i18n.Refusal;

/** The one place the server's refusals become the counter screens' own: the key of the reason, to translate. */
final class CounterRefusals {

    private CounterRefusals() {
    }

    static <T> T translated(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (Refusal refusal) {
            throw new CounterRefusal(refusal.messageKey(), refusal.getMessage());
        }
    }

    static void translated(Runnable operation) {
        translated(() -> {
            operation.run();
            return null;
        });
    }
}
