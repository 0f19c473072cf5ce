package com.commitment.advisor.feedback;

import com.commitment.advisor.model.Advice;
import com.commitment.advisor.security.Caller;
import com.commitment.advisor.security.UserRole;
import com.commitment.advisor.security.UserStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No re-nagging for an answer of the past: the feedback the asking user saw on the deal when the answer was given,
 * hiding what {@link Suppression} hid then. For backtests, so that a replayed answer is what the rep was shown.
 */
public final class FeedbackAsItStood {

    private final FeedbackStore store;
    private final UserStore users;
    private final Set<String> dealsWithFeedback;
    private final Map<String, Caller> callers = new ConcurrentHashMap<>();

    public FeedbackAsItStood(DataSource database) {
        JdbcClient db = JdbcClient.create(database);
        this.store = new FeedbackStore(db);
        this.users = new UserStore(db);
        this.dealsWithFeedback = store.dealsWithFeedback();
    }

    /**
     * The answer as {@code askedBy} was shown it at {@code time}, on {@code today}; {@code all} as they asked
     * ({@code ?all=true} keeps what feedback hides, marked).
     */
    public Advice apply(Advice advice, String askedBy, Instant time, LocalDate today, boolean all) {
        if (!dealsWithFeedback.contains(advice.dealId())) {
            return advice;
        }
        Caller caller = askedBy == null ? null : callers.computeIfAbsent(askedBy, this::caller);
        Map<String, Feedback> given = store.latestPerKeyAt(advice.dealId(), FeedbackStore.visibleTo(caller), time);
        return Suppression.hide(advice, given, today, all);
    }

    // a user the database does not know signed in with a token: read as a rep, who sees their own feedback
    private Caller caller(String name) {
        return new Caller(name, users.find(name).map(user -> user.role()).orElse(UserRole.REP));
    }
}
