package com.commitment.advisor.feedback;

import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.FeedbackGiven;
import com.commitment.advisor.model.FeedbackStatus;
import com.commitment.advisor.model.Recommendation;
import com.commitment.advisor.model.Suppressed;
import com.commitment.advisor.security.Access;
import com.commitment.advisor.system.RateLimitedWarning;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * No re-nagging: an answer for a deal leaves out each recommendation the rep marked DONE or DISMISSED while its
 * evidence is the same, and each one SNOOZED until a day not yet past; new evidence brings it back. With
 * {@code all} nothing is left out, but what would be is marked. Feedback that cannot be read (the database is
 * down) hides nothing: the answer comes all the same, and the miss is counted; for the next ten seconds no answer
 * waits for the database again.
 */
@Component
public class Suppression {

    private static final Logger log = LoggerFactory.getLogger(Suppression.class);
    private static final Duration REST_AFTER_FAILURE = Duration.ofSeconds(10);

    private final FeedbackStore store;
    private final ShownRecommendations shown;
    private final Clock clock;
    private final Counter unread;
    private final Access access;
    private final RateLimitedWarning unreadWarning = new RateLimitedWarning(log,
            "could not read feedback for {} answers (advisor.feedback.unread; this warning at most every 10 s), "
                    + "so they hide nothing: {}", Duration.ofSeconds(10));
    private volatile long readAgainAt = System.nanoTime();

    Suppression(FeedbackStore store, ShownRecommendations shown, Clock clock, MeterRegistry meters, Access access) {
        this.store = store;
        this.access = access;
        this.shown = shown;
        this.clock = clock;
        this.unread = meters.counter("advisor.feedback.unread");
    }

    public Advice apply(Advice advice, boolean all) {
        shown.remember(advice);
        if (advice.recommendations().isEmpty()) {
            return advice;
        }
        Map<String, Feedback> feedback = feedbackOf(advice.dealId()).orElse(Map.of());
        if (feedback.isEmpty()) {
            return advice;
        }
        return hide(advice, feedback, LocalDate.now(clock), all);
    }

    /**
     * The answer less what the latest {@code feedback} per key hides on {@code today}; with {@code all}, kept and
     * marked. The one rule of no re-nagging, for answers now and for answers of the past replayed.
     */
    static Advice hide(Advice advice, Map<String, Feedback> feedback, LocalDate today, boolean all) {
        List<Recommendation> kept = new ArrayList<>();
        List<Suppressed> left = new ArrayList<>();
        for (Recommendation r : advice.recommendations()) {
            Feedback given = feedback.get(r.key());
            if (given == null) {
                kept.add(r);
                continue;
            }
            boolean hidden = holds(given, r, today);
            if (hidden) {
                left.add(new Suppressed(r.key(), r.code(), given.status()));
            }
            if (!hidden || all) {
                kept.add(r.withFeedback(new FeedbackGiven(given.status(), given.reason(), given.until(), hidden)));
            }
        }
        return advice.withRecommendations(kept, left);
    }

    private Optional<Map<String, Feedback>> feedbackOf(String dealId) {
        if (System.nanoTime() - readAgainAt < 0) {
            return unread("the database failed less than " + REST_AFTER_FAILURE.toSeconds() + " s ago");
        }
        try {
            return Optional.of(store.latestPerKey(dealId, FeedbackStore.visibleTo(access)));
        } catch (RuntimeException e) {
            readAgainAt = System.nanoTime() + REST_AFTER_FAILURE.toNanos();
            return unread(e.toString());
        }
    }

    private Optional<Map<String, Feedback>> unread(String why) {
        unread.increment();
        unreadWarning.add(1, why);
        return Optional.empty();
    }

    /** Done or dismissed: for the evidence the rep saw. Snoozed: through its day, whatever the evidence. */
    private static boolean holds(Feedback given, Recommendation r, LocalDate today) {
        if (given.status() == FeedbackStatus.SNOOZED) {
            return given.until() != null && !today.isAfter(given.until());
        }
        return given.fingerprint().equals(r.fingerprint());
    }
}
