package com.commitment.advisor.web;

import com.commitment.advisor.advice.Advisor;
import com.commitment.advisor.decision.DecisionLog;
import com.commitment.advisor.decision.Source;
import com.commitment.advisor.feedback.Suppression;
import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.model.Recommendation;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Advice as the service gives it, asked over HTTP or by an event: timed, less what the rep's feedback on the deal
 * still hides ({@code all} keeps it, marked), counted per code, named in the service log and queued for the
 * decision log. Feedback is read as the caller of the current thread sees it.
 */
@Service
public class AdviceService {

    private static final Logger log = LoggerFactory.getLogger(AdviceService.class);

    private final Advisor advisor;
    private final MeterRegistry meters;
    private final DecisionLog decisions;
    private final Suppression suppression;

    AdviceService(Advisor advisor, MeterRegistry meters, DecisionLog decisions, Suppression suppression) {
        this.advisor = advisor;
        this.meters = meters;
        this.decisions = decisions;
        this.suppression = suppression;
    }

    /**
     * @param received the request as it came (for the log), or null
     * @param askedBy  the user who asked, for the log
     */
    public Advice advise(AdviceRequest request, String language, boolean all, Source source, byte[] received,
            String askedBy) {
        Advice advice = suppression.apply(
                meters.timer("advisor.advise").record(() -> advisor.advise(request, language)), all);
        advice.recommendations().forEach(r -> meters.counter("advisor.recommendations", "code", r.code()).increment());
        log.info("decision {} deal {} ruleset {} codes {}", advice.decisionId(), advice.dealId(), advice.ruleset(),
                advice.recommendations().stream().map(Recommendation::code).toList());
        decisions.record(advice, language, source, received, askedBy);
        return advice;
    }
}
