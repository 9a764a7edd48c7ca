package vn.motcua.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.audit.Actor;
import vn.motcua.dossier.Dossier;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officer;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.Ticket;
import vn.motcua.rating.Rating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.rating.RatingScale;
import vn.motcua.simulation.Visitor.DossierFate;

/**
 * A simulated officer at one counter: calls the next visitor, recalls an absent one as often as the center requires
 * before marking them absent, serves for the visitor's time, sends some on to another service, files dossiers, and
 * leaves the pad to the visitor just served. Every move goes through the console's services; a move the services
 * refuse (someone at the real console acted first) is counted, and the officer calls again a minute later.
 */
final class OfficerAtCounter {

    private static final Logger log = LoggerFactory.getLogger(OfficerAtCounter.class);

    private final DayInPlay day;
    private final int counter;
    private Officer officer;
    private Ticket ticket;
    private Visitor visitor;

    OfficerAtCounter(DayInPlay day, int counter, Officer officer) {
        this.day = day;
        this.counter = counter;
        this.officer = officer;
    }

    /** Sits down at the counter (a counter session, as when the officer opens the console) at that moment. */
    void sitDownAt(Instant moment) {
        day.agenda.at(moment, () -> act(() -> {
            day.hall.openCounter().open(counter, officer.getId(), actor());
            next(day.seconds(30, 120), this::callNext);
        }));
    }

    /** Another officer takes the counter over at that moment, or once the visitor being served there is done. */
    void relievedBy(Officer relief, Instant moment) {
        day.agenda.at(moment, () -> {
            if (ticket != null) {
                relievedBy(relief, now().plusSeconds(60));
                return;
            }
            attempt(() -> {
                day.hall.openCounter().open(counter, relief.getId(), Actor.user(relief.getCode().toLowerCase()));
                officer = relief;
                return relief;
            });
        });
    }

    private void callNext() {
        if (!now().isBefore(day.lastCall)) {
            return;
        }
        act(() -> {
            Optional<Ticket> called = day.hall.callNext().callNext(counter);
            if (called.isEmpty()) {
                next(day.seconds(60, 120), this::callNext);
                return;
            }
            day.tally.called++;
            ticket = called.get();
            visitor = Optional.ofNullable(day.visitorOf(ticket.getId())).orElseGet(this::walkIn);
            boolean again = day.wasTransferred(ticket.getId());
            if (visitor.absent() && !again) {
                next(60, this::recall);
            } else {
                next(day.seconds(20, 90), this::startServing);
            }
        });
    }

    private void recall() {
        act(() -> {
            Ticket recalled = day.hall.serve().recall(counter);
            if (recalled.getRecalls() < day.hall.centers().profile().getRecallsBeforeNoShow()) {
                next(60, this::recall);
            } else {
                next(60, this::markAbsent);
            }
        });
    }

    private void markAbsent() {
        act(() -> {
            day.hall.serve().noShow(counter);
            day.tally.absent++;
            done(day.seconds(20, 60));
        });
    }

    private void startServing() {
        act(() -> {
            day.hall.serve().startServing(counter);
            next(visitor.service().toSeconds(), this::endService);
        });
    }

    private void endService() {
        act(() -> {
            if (visitor.transferTo() != null && !day.wasTransferred(ticket.getId())) {
                day.hall.route().transfer(counter, visitor.transferTo(), null, "Thuộc lĩnh vực khác");
                day.markTransferred(ticket.getId());
                day.tally.transferred++;
                done(day.seconds(20, 60));
                return;
            }
            String service = ticket.getService().getCode();
            Optional<Dossier> dossier = visitor.dossier() == null ? Optional.empty() : attempt(() -> day.hall
                    .dossiers().file(counter, officer, service, visitor.dossier(), visitor.id())).flatMap(d -> d);
            day.hall.serve().finish(counter);
            day.tally.served++;
            dossier.ifPresent(this::followUp);
            if (visitor.rating() != null) {
                // At once: the pad's window is a minute of center time, one real second at speed 60.
                rate(visitor.rating());
            }
            done(day.seconds(20, 90));
        });
    }

    private void done(long inSeconds) {
        ticket = null;
        visitor = null;
        next(inSeconds, this::callNext);
    }

    /** The visitor just served presses a face of the pad, and after a low one the reasons, as the pad asks. */
    private void rate(RatingLevel wanted) {
        Visitor rating = visitor;
        attempt(() -> {
            RatingScale scale = day.hall.rating().scale();
            RatingLevel level = scale.offers(wanted) ? wanted : scale.levels().stream()
                    .min(Comparator.comparingInt(offered -> Math.abs(offered.ordinal() - wanted.ordinal())))
                    .orElseThrow();
            Rating given = day.hall.rating().rate(counter, level);
            day.tally.rated++;
            if (level.asksForReasons() && rating != null && !rating.reasons().isEmpty()) {
                day.hall.rating().giveReasons(given.getId(), rating.reasons());
                day.tally.withReasons++;
            }
            return given;
        });
    }

    /** What becomes of the dossier: the officer who received it finishes it, hands it on, or asks for a paper. */
    private void followUp(Dossier dossier) {
        day.tally.dossiers++;
        Officer holder = officer;
        DossierFate fate = visitor.dossier().fate();
        if (fate == DossierFate.DONE_ON_THE_SPOT && day.hall.dossiers().sameDay(dossier)) {
            day.agenda.at(now().plusSeconds(day.seconds(600, 3600)), () -> attempt(() -> {
                day.hall.dossiers().finish(holder, dossier.getCode());
                return ++day.tally.finishedOnTheSpot;
            }));
        } else if (fate == DossierFate.DONE_ON_THE_SPOT || fate == DossierFate.HANDED_OFF) {
            day.agenda.at(now().plusSeconds(day.seconds(1800, 3 * 3600)), () -> attempt(() -> {
                boolean handed = day.hall.dossiers().handOn(holder, dossier);
                day.tally.handedOff += handed ? 1 : 0;
                return handed;
            }));
        } else if (fate == DossierFate.SUPPLEMENT) {
            day.agenda.at(now().plusSeconds(day.seconds(300, 1800)), () -> attempt(() -> {
                day.hall.dossiers().askForPaper(holder, dossier.getCode());
                return ++day.tally.supplements;
            }));
        }
    }

    /** Someone who took a ticket at a real kiosk during the demo: served in five minutes, no rating, no dossier. */
    private Visitor walkIn() {
        return new Visitor(0, now(), ticket.getService().getCode(), PriorityCategory.NONE, false, null,
                Duration.ofMinutes(5), null, Set.of(), null);
    }

    private void next(long inSeconds, Runnable action) {
        day.agenda.at(now().plusSeconds(inSeconds), action);
    }

    /** A move of the officer's round: refused, the officer lets the ticket be and calls again a minute later. */
    private void act(Runnable move) {
        if (attempt(() -> {
            move.run();
            return true;
        }).isEmpty()) {
            done(60);
        }
    }

    /** A move beside the round (a rating, a dossier's next step): refused, it is only counted. */
    private <T> Optional<T> attempt(Supplier<T> move) {
        try {
            return Optional.of(move.get());
        } catch (Refusal refused) {
            day.tally.refused++;
            log.info("Simulated day, counter {}: refused ({})", counter, refused.getMessage());
        } catch (RuntimeException failed) {
            // A demo must play on: a failure is logged with its cause, and counted like a refusal for the tests.
            day.tally.refused++;
            log.warn("Simulated day, counter {}: failed", counter, failed);
        }
        return Optional.empty();
    }

    private Instant now() {
        return day.hall.time().now();
    }

    private Actor actor() {
        return Actor.user(officer.getCode().toLowerCase());
    }
}
