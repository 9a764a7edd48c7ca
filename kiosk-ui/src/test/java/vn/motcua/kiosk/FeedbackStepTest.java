package vn.motcua.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.FakeKiosk.SentFeedback;

class FeedbackStepTest extends KioskUiTest {

    @Test
    void aVisitorSendsFeedbackAndReadsItsCodeDeadlineAndWhereTheAnswerWillBe() {
        navigate(KioskView.class);
        test(find(Button.class).withClassName("kiosk-feedback-open").single()).click();
        assertThat(find(Button.class).withClassName("kiosk-feedback-topic").all()).hasSize(6);

        test(topic("delay")).click();
        test(find(TextArea.class).single()).setValue("  Chờ hai tiếng mà chưa đến lượt.  ");
        test(find(TextField.class).withClassName("kiosk-feedback-contact").single()).setValue("0912 000 111");
        test(find(Button.class).withClassName("kiosk-feedback-send").single()).click();

        assertThat(kiosk.feedback).containsExactly(
                new SentFeedback(FeedbackTopic.DELAY, "Chờ hai tiếng mà chưa đến lượt.", "0912 000 111"));
        assertThat(spanText("kiosk-feedback-code")).isEqualTo("PA-0001");
        assertThat(spanText("kiosk-feedback-due")).isEqualTo("Hạn trả lời: 14/03/2025");
        assertThat(spanText("kiosk-qr-hint")).contains("https://motcua.example/phan-anh/PA-0001");
        assertThat(find(Image.class).withClassName("kiosk-qr").single().getSrc())
                .isEqualTo(QrCodeImage.svgDataUrl("https://motcua.example/phan-anh/PA-0001"));
    }

    @Test
    void moneyAskedIsAcknowledgedAsGoingToTheChairpersonInConfidence() {
        navigate(KioskView.class);
        test(find(Button.class).withClassName("kiosk-feedback-open").single()).click();
        assertThat(find(Span.class).withClassName("kiosk-feedback-confidential").exists()).isFalse();

        test(topic("asked_for_money")).click();
        assertThat(find(Span.class).withClassName("kiosk-feedback-confidential").single().isVisible()).isTrue();
        test(find(TextArea.class).single()).setValue("Cán bộ đòi 200 nghìn để làm nhanh.");
        test(find(Button.class).withClassName("kiosk-feedback-send").single()).click();

        assertThat(kiosk.feedback).extracting(SentFeedback::topic, SentFeedback::contact)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FeedbackTopic.ASKED_FOR_MONEY, null));
        assertThat(spanText("kiosk-feedback-thanks")).contains("chuyển kín đến Chủ tịch", "giữ bí mật");
    }

    @Test
    void nothingIsSentWithoutATopicAndTextAndARefusalIsShownInWords() {
        navigate(KioskView.class);
        test(find(Button.class).withClassName("kiosk-feedback-open").single()).click();
        test(find(Button.class).withClassName("kiosk-feedback-send").single()).click();
        assertThat(spanText("kiosk-feedback-problem")).isEqualTo("Xin ông/bà chọn một nội dung phản ánh ở trên.");
        test(topic("other")).click();
        test(find(Button.class).withClassName("kiosk-feedback-send").single()).click();
        assertThat(spanText("kiosk-feedback-problem")).isEqualTo("Xin ông/bà viết vài lời về điều muốn phản ánh.");

        kiosk.feedbackRefusal = "kiosk.feedback.failed";
        test(find(TextArea.class).single()).setValue("Nhà vệ sinh hỏng.");
        test(find(Button.class).withClassName("kiosk-feedback-send").single()).click();

        assertThat(kiosk.feedback).isEmpty();
        assertThat(spanText("kiosk-feedback-problem")).startsWith("Chưa gửi được phản ánh.");
        assertThat(find(TextArea.class).single().getValue()).isEqualTo("Nhà vệ sinh hỏng.");
    }

    @Test
    void theReceivedScreenGoesBackToTheStartWhenNobodyTouchesIt() {
        kiosk.idleTimeout = Duration.ofMillis(200);
        navigate(KioskView.class);
        test(find(Button.class).withClassName("kiosk-feedback-open").single()).click();
        test(topic("facilities")).click();
        test(find(TextArea.class).single()).setValue("Thiếu ghế chờ.");
        test(find(Button.class).withClassName("kiosk-feedback-send").single()).click();
        assertThat(spanText("kiosk-feedback-code")).isEqualTo("PA-0001");

        awaitPushed(() -> assertThat(viewText()).contains("Mời ông/bà chọn dịch vụ"));
    }

    private Button topic(String name) {
        return find(Button.class).withClassName("topic-" + name).single();
    }
}
