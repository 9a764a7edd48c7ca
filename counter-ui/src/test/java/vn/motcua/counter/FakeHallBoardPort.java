package vn.motcua.counter;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A hall board port whose calls the test makes: each goes on the board's list and to the board's subscription. */
class FakeHallBoardPort implements HallBoardPort {

    /** Newest first, as the board lists them. */
    final List<HallCall> lastCalls = new ArrayList<>();
    private Consumer<HallCall> onCall;

    /** A call already made before the board opens: only on the list. */
    void calledBefore(HallCall call) {
        lastCalls.addFirst(call);
    }

    /** A call made while the board is open: on the list, and delivered as the call event. */
    void call(HallCall call) {
        lastCalls.addFirst(call);
        onCall.accept(call);
    }

    @Override
    public String centerName() {
        return "Trung tâm thử";
    }

    @Override
    public HallStatus hall() {
        return new HallStatus(List.copyOf(lastCalls), List.of(new ServiceQueue("A", "Hộ tịch", 2)), Optional.empty());
    }

    @Override
    public HallContacts contacts() {
        return new HallContacts("0243 868 1900", List.of(new Leader("Chủ tịch UBND xã", "Nguyễn Văn Bình",
                "0912 345 678")), "https://motcua.example/phan-anh?tu=bang", "data:image/svg+xml;base64,PHN2Zy8+");
    }

    @Override
    public void follow(Component view, Consumer<HallCall> onCall, Runnable refresh) {
        this.onCall = onCall;
    }
}
