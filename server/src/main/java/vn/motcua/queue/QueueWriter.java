package vn.motcua.queue;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the morning rush's changes to the queue (a kiosk's ticket, a counter's call next) one after another on one
 * thread, as many to a commit as are waiting. A durable commit writes the database file, and it is the commit, not
 * the change, that costs: fifty kiosks that each committed on their own queued behind one another on the service's
 * number and on the file, while here they share one write. Changes do not wait on each other's row locks either.
 * <p>
 * Each change runs as it would alone: the session is flushed and cleared after it, so the next change reads what it
 * wrote and nothing else. A change that fails (a refusal, a database error) undoes its whole batch, which is then
 * replayed one change to a commit, so that only the failing change fails and nobody is answered for a change that
 * did not commit. A caller already inside a transaction (a change made as part of a larger one) runs in it, in place.
 * <p>
 * PostgreSQL shares commits by itself and runs sessions side by side on its own processes: there (the
 * {@code postgresql} profile sets {@code motcua.queue.shared-commits=false}) each change commits on its caller's thread.
 */
@Component
class QueueWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QueueWriter.class);
    /** Bounds one commit's work, so the first change of a long line is not answered late. */
    private static final int MOST_PER_COMMIT = 64;

    private final TransactionTemplate transaction;
    private final EntityManager session;
    private final BlockingQueue<Change<?>> waiting = new LinkedBlockingQueue<>();
    private final Thread writer;

    QueueWriter(PlatformTransactionManager transactions, EntityManager session,
            @Value("${motcua.queue.shared-commits:true}") boolean sharedCommits) {
        this.transaction = new TransactionTemplate(transactions);
        this.session = session;
        this.writer = sharedCommits ? Thread.ofPlatform().name("queue-writer").daemon(true).start(this::writeForever)
                : null;
    }

    /** Runs the change in a committed transaction of its own or shared with others, and returns its result. */
    <T> T write(Supplier<T> change) {
        if (Thread.currentThread() == writer || TransactionSynchronizationManager.isActualTransactionActive()) {
            return change.get();
        }
        if (writer == null) {
            return transaction.execute(status -> change.get());
        }
        Change<T> queued = new Change<>(change, new CompletableFuture<>());
        waiting.add(queued);
        try {
            return queued.result().get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the queue change was being written", interrupted);
        }
    }

    private void writeForever() {
        List<Change<?>> batch = new ArrayList<>();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                batch.add(waiting.take());
                waiting.drainTo(batch, MOST_PER_COMMIT - 1);
                writeBatch(batch);
                batch.clear();
            }
        } catch (InterruptedException stopped) {
            batch.forEach(change -> change.result().completeExceptionally(stopped));
            Thread.currentThread().interrupt();
        }
    }

    private void writeBatch(List<Change<?>> batch) {
        if (batch.size() > 1) {
            try {
                List<Object> results = transaction.execute(status -> {
                    List<Object> made = new ArrayList<>(batch.size());
                    for (Change<?> change : batch) {
                        made.add(change.work().get());
                        session.flush();
                        session.clear();
                    }
                    return made;
                });
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).complete(results.get(i));
                }
                return;
            } catch (RuntimeException | Error oneFailed) {
                log.debug("A batch of {} queue changes failed; writing them one by one", batch.size(), oneFailed);
            }
        }
        batch.forEach(this::writeAlone);
    }

    private void writeAlone(Change<?> change) {
        try {
            change.complete(transaction.execute(status -> change.work().get()));
        } catch (RuntimeException | Error failed) {
            change.result().completeExceptionally(failed);
        }
    }

    @Override
    public void close() {
        if (writer == null) {
            return;
        }
        writer.interrupt();
        List<Change<?>> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(change -> change.result().completeExceptionally(new IllegalStateException("Shutting down")));
    }

    private record Change<T>(Supplier<T> work, CompletableFuture<T> result) {

        @SuppressWarnings("unchecked")
        void complete(Object value) {
            result.complete((T) value);
        }
    }
}
