package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.ServerTest;
import vn.motcua.dossier.SupplementRequest.MissingItem;
import vn.motcua.i18n.Refusal;
import vn.motcua.outbox.MessageChannel;
import vn.motcua.outbox.MessageState;
import vn.motcua.outbox.Outbox;
import vn.motcua.outbox.OutboxMessage;

/**
 * The applicant is told by SMS, in the transaction of what happened: a supplement is needed (what to bring, in
 * short), the result is ready or the refusal can be collected; nothing for a withdrawal, nothing behind a refusal.
 */
@ServerTest
class DossierMessagesTest {

    @Autowired
    HandlingSteps steps;
    @Autowired
    Supplements supplements;
    @Autowired
    RecordResult recordResult;
    @Autowired
    HandOffDossier handOff;
    @Autowired
    ReceiveDossier receive;
    @Autowired
    Outbox outbox;
    String code;

    @BeforeEach
    void aDossierWithCb03() {
        steps.morning();
        code = steps.received(HandlingSteps.THREE_DAYS).getCode();
        handOff.handOff(steps.officer("CB02"), code, "CB03", null, null);
    }

    @Test
    void aSupplementRequestTellsWhatToBring() {
        supplements.ask(steps.officer("CB03"), code, List.of(new MissingItem("Bản sao giấy chứng sinh", "Thiếu"),
                new MissingItem("Tờ khai có chữ ký", "Chưa ký")), null);

        assertThat(messages()).singleElement().satisfies(message -> {
            assertThat(message.getChannel()).isEqualTo(MessageChannel.SMS);
            assertThat(message.getRecipient()).as("the phone on file").contains("0912 345 678");
            assertThat(message.getText()).contains(code, "cần bổ sung", "Bản sao giấy chứng sinh; Tờ khai có chữ ký")
                    .doesNotContain("Thiếu");
            assertThat(message.getState()).isEqualTo(MessageState.WAITING);
        });
    }

    @Test
    void aLongListIsCutToKeepTheSmsShort() {
        supplements.ask(steps.officer("CB03"), code, List.of(new MissingItem("Giấy tờ ".repeat(40), "Thiếu")), null);

        assertThat(messages()).singleElement().satisfies(message ->
                assertThat(message.getText()).contains("…").hasSizeLessThan(300));
    }

    @Test
    void anApprovedResultIsReadyToCollect() {
        recordResult.record(steps.officer("CB03"), code, DossierResult.APPROVED, null);

        assertThat(messages()).singleElement().satisfies(message ->
                assertThat(message.getText()).contains(code, "đã có kết quả", "để nhận"));
    }

    @Test
    void aRefusalIsAlsoToBeCollected() {
        recordResult.record(steps.officer("CB03"), code, DossierResult.REFUSED, "Không thuộc thẩm quyền");

        assertThat(messages()).singleElement().satisfies(message ->
                assertThat(message.getText()).contains(code, "văn bản trả lời", "để nhận"));
    }

    @Test
    void aWithdrawalAndARefusedStepTellNothing() {
        assertThatThrownBy(() -> recordResult.record(steps.officer("CB05"), code, DossierResult.APPROVED, null))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> supplements.ask(steps.officer("CB03"), code, List.of(), null))
                .isInstanceOf(Refusal.class);
        recordResult.record(steps.officer("CB03"), code, DossierResult.WITHDRAWN, "Công dân rút hồ sơ");

        assertThat(messages()).isEmpty();
    }

    @Test
    void aDossierWithoutAPhoneKeepsTheMessageOnRecordOnly() {
        String noPhone = receive.receive(steps.seat(3, "CB02"), new Reception(HandlingSteps.THREE_DAYS,
                "Lê Văn Cường", null, "001099012345", true, null, Channel.IN_PERSON, null, List.of(0))).getCode();

        recordResult.record(steps.head("CB02"), noPhone, DossierResult.APPROVED, null);

        assertThat(outbox.about(Apologies.SUBJECT, noPhone)).singleElement().satisfies(message -> {
            assertThat(message.getChannel()).isEqualTo(MessageChannel.RECORD);
            assertThat(message.getRecipient()).isEmpty();
        });
    }

    private List<OutboxMessage> messages() {
        return outbox.about(Apologies.SUBJECT, code);
    }
}
