package com.commitment.advisor.feedback;

import com.commitment.advisor.decision.DecisionStore;
import com.commitment.advisor.model.FeedbackReason;
import com.commitment.advisor.model.FeedbackStatus;
import com.commitment.advisor.profile.InputCheck;
import com.commitment.advisor.profile.NotFoundException;
import com.commitment.advisor.profile.Page;
import com.commitment.advisor.profile.Paging;
import com.commitment.advisor.security.Access;
import com.commitment.advisor.security.Caller;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feedback on recommendations: a rep marks one DONE, DISMISSED (with a reason) or SNOOZED (until a day) on a deal,
 * and later advice on that deal leaves it out while the feedback holds. Sales-ops read it across deals, above all
 * what reps called WRONG, to fix rules and word lists.
 */
@RestController
class FeedbackController {

    private final FeedbackStore store;
    private final ShownRecommendations shown;
    private final Clock clock;
    private final Access access;

    FeedbackController(FeedbackStore store, ShownRecommendations shown, Clock clock, Access access) {
        this.store = store;
        this.shown = shown;
        this.clock = clock;
        this.access = access;
    }

    /** 404 for a key this deal was never advised: feedback answers a recommendation the rep saw. */
    @PostMapping(path = "/api/v1/deals/{dealId}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Feedback give(@PathVariable String dealId, @RequestBody FeedbackRequest body) {
        FeedbackRequest request = InputCheck.valid(body);
        InputCheck.require(request.status() != FeedbackStatus.DISMISSED || request.reason() != null, "/reason",
                "a dismissal needs a reason: NOT_RELEVANT, WRONG, ALREADY_DONE, DISAGREE or OTHER");
        InputCheck.require(request.status() != FeedbackStatus.SNOOZED || request.until() != null, "/until",
                "a snooze needs the day it lasts through (yyyy-mm-dd)");
        visibleDeal(dealId);
        ShownRecommendations.Shown answered = shown.find(dealId, request.key(),
                DecisionStore.visibleTo(access)).orElseThrow(() ->
                new NotFoundException("A recommendation with key " + request.key() + " for deal " + dealId));
        Feedback feedback = new Feedback(UUID.randomUUID().toString(), dealId, answered.key(), answered.fingerprint(),
                answered.code(), answered.rule(), answered.decisionId(), request.status(),
                request.status() == FeedbackStatus.DISMISSED ? request.reason() : null, request.comment(),
                request.status() == FeedbackStatus.SNOOZED ? request.until() : null, clock.instant(),
                Caller.currentName());
        store.insert(feedback);
        return feedback;
    }

    @GetMapping(path = "/api/v1/deals/{dealId}/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
    Page<Feedback> ofDeal(@PathVariable String dealId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        visibleDeal(dealId);
        return store.ofDeal(dealId, FeedbackStore.visibleTo(access), Paging.of(page, size));
    }

    /** {@code ?status=DISMISSED&reason=WRONG}: what reps say the rules got wrong, with the rule and the answer. */
    @GetMapping(path = "/api/v1/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
    Page<Feedback> all(@RequestParam(required = false) FeedbackStatus status,
            @RequestParam(required = false) FeedbackReason reason, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return store.all(status, reason, FeedbackStore.visibleTo(access), Paging.of(page, size));
    }

    private void visibleDeal(String dealId) {
        if (access.hidden(dealId)) {
            throw new NotFoundException("Deal " + dealId);
        }
    }
}
