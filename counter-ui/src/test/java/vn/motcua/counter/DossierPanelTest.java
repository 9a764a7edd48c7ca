package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.counter.ConsolePort.CounterInfo;
import vn.motcua.counter.ConsolePort.LinkedDossier;
import vn.motcua.counter.ConsolePort.OfficerInfo;
import vn.motcua.counter.CounterAction.Finish;
import vn.motcua.counter.FakeConsolePort.Act;

/** The console's dossier field on a fake port: codes typed or scanned with Enter, the list, refusals in words. */
class DossierPanelTest extends FakePortsTest {

    private static final Instant DUE = Instant.parse("2026-12-04T09:00:00Z");

    private final FakeConsolePort port = FakeScreens.use(ConsolePort.class, new FakeConsolePort());

    @BeforeEach
    void anOfficerServingAtCounter3() {
        port.counters.add(new CounterInfo(3, "Quầy 3 – Đất đai", 7L, "Trần Văn Đức"));
        port.officers.add(new OfficerInfo(7, "Trần Văn Đức", "Phòng Tài nguyên"));
        port.current = Optional.of(new CalledTicket("C001", "Đất đai", false, 3, "Trần Văn Đức",
                Instant.parse("2026-11-23T00:30:00Z"), true, 0));
        port.visit = Optional.of("C001");
        port.known.put("H56.23-241202-0001", new LinkedDossier("H56.23-241202-0001", "1.001193", "PROCESSING", DUE,
                DossierPurpose.SUBMISSION));
        port.known.put("H56.23-241202-0002", new LinkedDossier("H56.23-241202-0002", "2.000889", "DONE", DUE,
                DossierPurpose.SUBMISSION));
    }

    @Test
    void codesScannedOneAfterAnotherAreLinkedAndListed() {
        navigate("counter/3", CounterConsoleView.class);
        assertThat(find(H2.class).withClassName("console-dossier-title").single().getText()).isEqualTo("Hồ sơ của số C001");

        scan("H56.23-241202-0001");
        purpose().setValue(DossierPurpose.COLLECTION);
        scan("  H56.23-241202-0002 ");

        assertThat(port.linkRequests).containsExactly("3 H56.23-241202-0001 SUBMISSION",
                "3 H56.23-241202-0002 COLLECTION");
        assertThat(find(Span.class).withClassName("console-dossier-number").all()).extracting(Span::getText)
                .containsExactly("H56.23-241202-0001", "H56.23-241202-0002");
        assertThat(find(Span.class).withClassName("console-dossier-status").all()).extracting(Span::getText)
                .containsExactly("Đang giải quyết", "Đã có kết quả");
        assertThat(find(Span.class).withClassName("console-dossier-procedure").all()).extracting(Span::getText)
                .containsExactly("Thủ tục 1.001193", "Thủ tục 2.000889");
        assertThat(find(Span.class).withClassName("console-dossier-due").all()).extracting(Span::getText)
                .containsOnly("Hẹn trả 04/12/2026");
        assertThat(find(Span.class).withClassName("console-dossier-why").all()).extracting(Span::getText)
                .containsExactly("Nộp hồ sơ", "Nhận kết quả");
        assertThat(codeField().getValue()).as("ready for the next scan").isEmpty();
    }

    @Test
    void aRefusedCodeIsSaidInWordsKeptToCorrectAndClearedByTheNextSuccess() {
        navigate("counter/3", CounterConsoleView.class);

        scan("KHONG-CO");

        assertThat(find(Span.class).withClassName("console-refusal-line").single()).satisfies(line -> {
            assertThat(line.getText()).isEqualTo("Mã hồ sơ");
            assertThat(line.isVisible()).isTrue();
        });
        assertThat(codeField().getValue()).isEqualTo("KHONG-CO");
        assertThat(find(Span.class).withClassName("console-dossier-number").exists()).isFalse();

        scan("H56.23-241202-0001");
        assertThat(find(Span.class).withClassName("console-refusal-line").exists()).as("no refusal shown").isFalse();
        assertThat(spanText("console-dossier-number")).isEqualTo("H56.23-241202-0001");
    }

    @Test
    void theNextVisitorStartsWithAnEmptyFieldNotTheLastVisitorsCode() {
        navigate("counter/3", CounterConsoleView.class);
        purpose().setValue(DossierPurpose.COLLECTION);
        scan("KHONG-CO");
        assertThat(codeField().getValue()).isEqualTo("KHONG-CO");

        port.visit = Optional.of("C002");
        fireShortcut(Key.F2);

        assertThat(find(H2.class).withClassName("console-dossier-title").single().getText()).isEqualTo("Hồ sơ của số C002");
        assertThat(codeField().getValue()).as("a selected code would run on into the next scan").isEmpty();
        assertThat(purpose().getValue()).isEqualTo(DossierPurpose.SUBMISSION);
        assertThat(find(Span.class).withClassName("console-refusal-line").exists()).isFalse();
    }

    @Test
    void enterOnAnEmptyFieldAsksNothingAndFunctionKeysStillWork() {
        navigate("counter/3", CounterConsoleView.class);

        scan("   ");
        fireShortcut(Key.F4);

        assertThat(port.linkRequests).isEmpty();
        assertThat(port.acts).containsExactly(new Act(3, new Finish()));
    }

    @Test
    void withoutAVisitTheFieldWaitsForTheNextCall() {
        port.current = Optional.empty();
        port.visit = Optional.empty();
        navigate("counter/3", CounterConsoleView.class);

        assertThat(find(H2.class).withClassName("console-dossier-title").single().getText()).isEqualTo("Hồ sơ – gọi số để gắn hồ sơ cho lượt phục vụ");
        assertThat(codeField().isEnabled()).isFalse();
        assertThat(purpose().isEnabled()).isFalse();
    }

    /** What a USB scanner does: types the code into the field and presses Enter, the code travelling with the key. */
    private void scan(String typed) {
        TextField field = codeField();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.key === 'Enter'", true);
        data.put("element.value", typed);
        field.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(field.getElement(), "keydown", data));
    }

    private TextField codeField() {
        return find(TextField.class).withClassName("console-dossier-code").single();
    }

    @SuppressWarnings("unchecked")
    private Select<DossierPurpose> purpose() {
        return find(Select.class).withClassName("console-dossier-purpose").single();
    }
}
