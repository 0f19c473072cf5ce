package com.commitment.advisor.backtest;

import com.commitment.advisor.advice.AdviceJson;
import com.commitment.advisor.advice.Advisor;
import com.commitment.advisor.advice.InvalidRequestException;
import com.commitment.advisor.advice.RunawayRulesException;
import com.commitment.advisor.decision.Decision;
import com.commitment.advisor.decision.LoggedRecommendation;
import com.commitment.advisor.decision.Source;
import com.commitment.advisor.feedback.FeedbackAsItStood;
import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.AdviceRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives one logged answer again, as the rep was shown it: the request as logged (masked values stay masked), the
 * day it was for (its {@code asOf}, else the day it was given, never today), the feedback as it stood then.
 */
final class Replay {

    static final String PREVIEW = "previews: what-ifs on facts not saved, not advice given";
    static final String STORED_DEAL = "answers on stored deals: the log keeps the visit asked about, not the deal as "
            + "it stood then";
    static final String NO_REQUEST = "logged without their request";
    static final String UNREADABLE = "requests the advisor cannot read as logged (a masked value where a number or "
            + "a date belongs, say)";
    static final String RUNAWAY = "requests on which the candidate rules keep firing (a rule that triggers itself)";

    private static final JsonMapper JSON = AdviceJson.mapper();

    private final LoggedRules logged;
    private final Advisor candidate;
    private final FeedbackAsItStood feedback;
    private final ZoneId zone;

    Replay(LoggedRules logged, Advisor candidate, FeedbackAsItStood feedback, ZoneId zone) {
        this.logged = logged;
        this.candidate = candidate;
        this.feedback = feedback;
        this.zone = zone;
    }

    /**
     * One answer replayed.
     *
     * @param notReplayed why it could not be, one of the texts above; null when it was
     * @param asLogged    replayed under the rules it was logged with (else under the current rules)
     * @param reproduced  the replay gave what the log holds: the same recommendations, ranked alike, the same hidden
     */
    record Result(Decision decision, String notReplayed, boolean asLogged, boolean reproduced, List<Change> changes) {

        static Result notReplayed(Decision decision, String why) {
            return new Result(decision, why, false, false, List.of());
        }
    }

    Result of(Decision decision) {
        if (decision.source() == Source.PREVIEW) {
            return Result.notReplayed(decision, PREVIEW);
        }
        if (decision.source() == Source.DEAL) {
            return Result.notReplayed(decision, STORED_DEAL);
        }
        if (decision.request() == null) {
            return Result.notReplayed(decision, NO_REQUEST);
        }
        LocalDate day = LocalDate.ofInstant(decision.time(), zone);
        LoggedRules.Chosen rules = logged.of(decision.ruleset());
        try {
            AdviceRequest request = JSON.treeToValue(decision.request(), AdviceRequest.class);
            Advice again = shown(decision, rules.advisor().advise(request, decision.language(), day), day);
            Advice proposed = shown(decision, candidate.advise(request, decision.language(), day), day);
            boolean reproduced = LoggedRecommendation.of(again.recommendations()).equals(decision.recommendations())
                    && again.suppressed().equals(decision.suppressed());
            return new Result(decision, null, rules.asLogged(), reproduced, AnswerChanges.between(again, proposed));
        } catch (JacksonException | InvalidRequestException e) {
            return Result.notReplayed(decision, UNREADABLE);
        } catch (RunawayRulesException e) {
            return Result.notReplayed(decision, RUNAWAY);
        }
    }

    /** What the rep was shown: the batch command applies no feedback, the service the feedback of that time. */
    private Advice shown(Decision decision, Advice advice, LocalDate day) {
        if (decision.source() == Source.BATCH) {
            return advice;
        }
        return feedback.apply(advice, decision.askedBy(), decision.time(), day, askedForAll(decision));
    }

    // an answer asked with ?all=true lists what feedback hid too: a key both shown and suppressed
    private static boolean askedForAll(Decision decision) {
        return decision.suppressed().stream().anyMatch(hidden -> decision.recommendations().stream()
                .anyMatch(shown -> shown.key().equals(hidden.key())));
    }
}
