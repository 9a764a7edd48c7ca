package vn.motcua.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/**
 * One piece of feedback (phản ánh, kiến nghị) or denunciation (tố cáo), with its legal answer deadline, the written
 * answer and, for feedback only, the published question and answer a person cleared of personal data.
 */
@Entity
public class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Integer centerId;
    @Column(updatable = false)
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private FeedbackKind kind;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private FeedbackCategory category;
    @Column(updatable = false)
    private String text;
    @Column(updatable = false)
    private String contact;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private FeedbackChannel channel;
    @Column(updatable = false)
    private Long ticketId;
    @Column(updatable = false)
    private Long dossierId;
    @Column(updatable = false)
    private Long officerId;
    private Long unitId;
    @Column(updatable = false)
    private String recordedBy;
    @Column(updatable = false)
    private Instant receivedAt;
    @Column(updatable = false)
    private Instant answerDueAt;
    private Instant warnedAt;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;
    private String publishedQuestion;
    private String publishedAnswer;
    private String publishedBy;
    private Instant publishedAt;

    protected Feedback() {
    }

    /** What came in, and what is known about it: the ticket, dossier, officer and unit concerned, when known. */
    public record Intake(FeedbackCategory category, String text, String contact, FeedbackChannel channel, Long ticketId,
            Long dossierId, Long officerId, Long unitId, String recordedBy) {
    }

    Feedback(int centerId, String code, Intake intake, Instant receivedAt, Instant answerDueAt) {
        this.centerId = centerId;
        this.code = code;
        this.kind = intake.category().kind();
        this.category = intake.category();
        this.text = intake.text();
        this.contact = intake.contact();
        this.channel = intake.channel();
        this.ticketId = intake.ticketId();
        this.dossierId = intake.dossierId();
        this.officerId = intake.officerId();
        // A denunciation is never the unit's to handle, even when the officer it names is known.
        this.unitId = kind == FeedbackKind.DENUNCIATION ? null : intake.unitId();
        this.recordedBy = intake.recordedBy();
        this.receivedAt = receivedAt;
        this.answerDueAt = answerDueAt;
    }

    void answer(String text, String by, Instant at) {
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    /** To the unit concerned, as a manager decided: the deadline stays as the law set it on arrival. */
    void assign(Long unitId) {
        this.unitId = unitId;
    }

    void publish(String question, String answerText, String by, Instant at) {
        this.publishedQuestion = question;
        this.publishedAnswer = answerText;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    /** Whether the answer was (or, unanswered, still can be) given by the deadline. */
    public boolean onTime(Instant now) {
        return !(answeredAt == null ? now : answeredAt).isAfter(answerDueAt);
    }

    public Long getId() {
        return id;
    }

    public Integer getCenterId() {
        return centerId;
    }

    public String getCode() {
        return code;
    }

    public FeedbackKind getKind() {
        return kind;
    }

    public FeedbackCategory getCategory() {
        return category;
    }

    public String getText() {
        return text;
    }

    public Optional<String> getContact() {
        return Optional.ofNullable(contact);
    }

    public FeedbackChannel getChannel() {
        return channel;
    }

    public Optional<Long> getTicketId() {
        return Optional.ofNullable(ticketId);
    }

    public Optional<Long> getDossierId() {
        return Optional.ofNullable(dossierId);
    }

    public Optional<Long> getOfficerId() {
        return Optional.ofNullable(officerId);
    }

    public Optional<Long> getUnitId() {
        return Optional.ofNullable(unitId);
    }

    public Optional<String> getRecordedBy() {
        return Optional.ofNullable(recordedBy);
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getAnswerDueAt() {
        return answerDueAt;
    }

    public Optional<Instant> getWarnedAt() {
        return Optional.ofNullable(warnedAt);
    }

    public Optional<String> getAnswer() {
        return Optional.ofNullable(answer);
    }

    public Optional<String> getAnsweredBy() {
        return Optional.ofNullable(answeredBy);
    }

    public Optional<Instant> getAnsweredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public Optional<String> getPublishedQuestion() {
        return Optional.ofNullable(publishedQuestion);
    }

    public Optional<String> getPublishedAnswer() {
        return Optional.ofNullable(publishedAnswer);
    }

    public Optional<String> getPublishedBy() {
        return Optional.ofNullable(publishedBy);
    }

    public Optional<Instant> getPublishedAt() {
        return Optional.ofNullable(publishedAt);
    }
}
