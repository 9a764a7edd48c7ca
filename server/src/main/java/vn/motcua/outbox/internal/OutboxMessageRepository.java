package vn.motcua.outbox.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.outbox.MessageState;
import vn.motcua.outbox.OutboxMessage;

/** The outbox's rows. */
public interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findBySubjectKindAndSubjectRefOrderByCreatedAt(String subjectKind, String subjectRef);

    /** The waiting messages whose time has come, oldest first, a batch at a time. */
    List<OutboxMessage> findTop100ByStateAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(MessageState state,
            Instant now);
}
